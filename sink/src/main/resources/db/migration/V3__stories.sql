-- Near-duplicate stories: an article whose body nearly repeats an earlier article's shares that article's story_id
-- and names it in near_duplicate_of, with the estimated similarity (Jaccard, 0-1) of the two bodies. Both are null
-- for the first article of a story (and for every article written before this version).
ALTER TABLE articles ADD COLUMN near_duplicate_of text;
ALTER TABLE articles ADD COLUMN similarity double precision;
CREATE INDEX articles_story_id ON articles (story_id);

-- One row per story: when it was first seen (ingested), the first article's headline, how many articles tell it,
-- and the files they came from (one per outlet's copy), oldest first.
CREATE VIEW stories AS
SELECT story_id,
       min(ingested_at)                                             AS first_seen,
       max(ingested_at)                                             AS last_seen,
       (array_agg(headline ORDER BY ingested_at, article_id))[1]   AS headline,
       count(*)                                                     AS articles,
       array_agg(source_file ORDER BY ingested_at, article_id)      AS outlets
FROM articles
GROUP BY story_id;
