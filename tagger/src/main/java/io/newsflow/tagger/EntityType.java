package io.newsflow.tagger;

/** The kinds of named entity the tagger reports. MISC covers nationalities, events and products. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION,
    MISC,
    MONEY,
    PERCENT,
    DATE,
    NUMBER
}
