-- Newsflow's PostgreSQL schema: one row per article and its parts, keyed by natural keys so that writing the same
-- article again yields the same rows. Written only by io.newsflow.sink.postgres.ArticleStore.

-- One row per article; `document` is the whole Article as published on news-articles (the outbox document).
CREATE TABLE articles (
    article_id         text        PRIMARY KEY,
    story_id           text        NOT NULL,
    source_file        text        NOT NULL,
    content_hash       text        NOT NULL,
    headline           text        NOT NULL,
    sections           text[]      NOT NULL,
    duplicates_dropped integer     NOT NULL,
    ingested_at        timestamptz NOT NULL,
    assembled_at       timestamptz NOT NULL,
    document           jsonb       NOT NULL
);
CREATE INDEX articles_ingested_at ON articles (ingested_at);

-- Body paragraphs (clean text: citation markers removed; mention offsets index into it).
CREATE TABLE paragraphs (
    article_id      text      NOT NULL REFERENCES articles ON DELETE CASCADE,
    paragraph_index integer   NOT NULL,
    section         text,
    text            text      NOT NULL,
    citation_refs   integer[] NOT NULL,
    tsv             tsvector  GENERATED ALWAYS AS (to_tsvector('english', text)) STORED,
    PRIMARY KEY (article_id, paragraph_index)
);
CREATE INDEX paragraphs_tsv ON paragraphs USING gin (tsv);

-- Entities across articles: the canonical name and type are the stable key.
CREATE TABLE entities (
    canonical text NOT NULL,
    type      text NOT NULL,
    PRIMARY KEY (canonical, type)
);

-- Each mention of an entity in a paragraph; `ordinal` is the mention's position within its paragraph.
CREATE TABLE mentions (
    article_id      text             NOT NULL,
    paragraph_index integer          NOT NULL,
    ordinal         integer          NOT NULL,
    canonical       text             NOT NULL,
    type            text             NOT NULL,
    start_offset    integer          NOT NULL,
    end_offset      integer          NOT NULL,
    surface_text    text             NOT NULL,
    confidence      double precision NOT NULL,
    money_amount    double precision,
    money_currency  text,
    PRIMARY KEY (article_id, paragraph_index, ordinal),
    FOREIGN KEY (article_id, paragraph_index) REFERENCES paragraphs ON DELETE CASCADE,
    FOREIGN KEY (canonical, type) REFERENCES entities
);
CREATE INDEX mentions_entity ON mentions (canonical, type);

-- The sources an article cites (citation markers split off sentence ends), by reference number.
CREATE TABLE sources (
    article_id text    NOT NULL REFERENCES articles ON DELETE CASCADE,
    ref        integer NOT NULL,
    source     text    NOT NULL,
    PRIMARY KEY (article_id, ref)
);
CREATE INDEX sources_source ON sources (source);

-- Quotations with their speaker (canonical name) where the text attributes them.
CREATE TABLE quotes (
    article_id      text    NOT NULL REFERENCES articles ON DELETE CASCADE,
    ordinal         integer NOT NULL,
    paragraph_index integer,
    text            text    NOT NULL,
    speaker         text,
    PRIMARY KEY (article_id, ordinal)
);

-- The sink's consumed positions, written in the same transaction as the rows they produced: the database, not Kafka,
-- says where each consumer group resumes.
CREATE TABLE sink_offsets (
    consumer_group text        NOT NULL,
    topic          text        NOT NULL,
    partition      integer     NOT NULL,
    next_offset    bigint      NOT NULL,
    updated_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer_group, topic, partition)
);

-- Days are UTC days of ingestion.
CREATE VIEW entity_mentions_per_day AS
SELECT (a.ingested_at AT TIME ZONE 'UTC')::date AS day,
       m.canonical,
       m.type,
       count(*)                     AS mentions,
       count(DISTINCT m.article_id) AS articles
FROM mentions m
JOIN articles a USING (article_id)
GROUP BY 1, 2, 3;

CREATE VIEW top_entities AS
SELECT m.canonical,
       m.type,
       count(*)                     AS mentions,
       count(DISTINCT m.article_id) AS articles
FROM mentions m
GROUP BY m.canonical, m.type
ORDER BY mentions DESC, articles DESC, m.canonical;

CREATE VIEW articles_per_source AS
SELECT s.source,
       count(DISTINCT s.article_id) AS articles
FROM sources s
GROUP BY s.source
ORDER BY articles DESC, s.source;

CREATE VIEW duplicates_dropped_per_day AS
SELECT (ingested_at AT TIME ZONE 'UTC')::date AS day,
       count(*)                AS articles,
       sum(duplicates_dropped) AS duplicates_dropped
FROM articles
GROUP BY 1
ORDER BY 1;
