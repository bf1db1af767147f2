package io.newsflow.tagger;

/** A typed run of tokens [from, to) whose type and canonical form are already settled (amounts, dates, numbers). */
record TokenSpan(int from, int to, EntityType type, String canonical, Money money, double confidence) {}
