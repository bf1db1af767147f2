-- An article's metadata (the document's `metadata` object) and why its entities were not tagged (`entitiesSkipped`),
-- as columns, so articles can be selected by language, provider, format or publication time without reading the
-- document. All nullable: documents written before these fields existed have none of them.
ALTER TABLE articles
    ADD COLUMN format           text,
    ADD COLUMN url              text,
    ADD COLUMN byline           text,
    ADD COLUMN published_at     timestamptz,
    ADD COLUMN language         text,
    ADD COLUMN provider         text,
    ADD COLUMN external_id      text,
    ADD COLUMN subjects         text[],
    ADD COLUMN entities_skipped text;

CREATE INDEX articles_published_at ON articles (published_at);
CREATE INDEX articles_language ON articles (language);
CREATE INDEX articles_external_id ON articles (provider, external_id);
