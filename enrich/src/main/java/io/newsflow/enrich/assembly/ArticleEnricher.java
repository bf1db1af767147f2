package io.newsflow.enrich.assembly;

import io.newsflow.contract.Article;
import io.newsflow.contract.ArticleMetadata;
import io.newsflow.contract.ArticleParagraph;
import io.newsflow.contract.Citation;
import io.newsflow.contract.EnrichedParagraph;
import io.newsflow.contract.Entity;
import io.newsflow.contract.EntitySummary;
import io.newsflow.contract.EntityType;
import io.newsflow.contract.Paragraph;
import io.newsflow.contract.ParagraphKind;
import io.newsflow.contract.Timings;
import io.newsflow.enrich.citation.CitationSplitter;
import io.newsflow.enrich.citation.CitedText;
import io.newsflow.enrich.quote.QuoteExtractor;
import io.newsflow.tagger.ArticleText;
import io.newsflow.tagger.EntityTagger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enriches one complete article, given the records de-duplication kept: splits the citation markers off the body
 * paragraphs (across the whole article), tags the clean text with one {@link EntityTagger} call, extracts the quotes,
 * and builds one {@link EnrichedParagraph} per kept record plus the {@link Article}.
 *
 * <p>Only articles in one of the {@code tagLanguages} (or of unknown language: records of producers that predate the
 * metadata) are tagged: the tagger is built for those languages, and on others it would invent names. An article in
 * another language keeps its structure, citations and quotes; its entities are empty and {@code entitiesSkipped} says
 * {@link Article#LANGUAGE_NOT_TAGGED}.
 *
 * <p>Entity offsets index the clean text. A mention whose offsets do not point at its text is a tagger bug; it is left
 * out with a warning rather than costing the whole article. Plain Java, no Kafka: thread-safe when the tagger is.
 */
public final class ArticleEnricher {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleEnricher.class);
    private static final Comparator<EntitySummary> BY_MENTIONS = Comparator.comparingInt(EntitySummary::mentions)
            .reversed()
            .thenComparing(EntitySummary::canonical)
            .thenComparing(EntitySummary::type);

    private final EntityTagger tagger;
    private final Set<String> tagLanguages;

    /** An enricher that tags English articles (and those of unknown language). */
    public ArticleEnricher(final EntityTagger tagger) {
        this(tagger, Set.of("en"));
    }

    public ArticleEnricher(final EntityTagger tagger, final Set<String> tagLanguages) {
        this.tagger = Objects.requireNonNull(tagger, "tagger must not be null");
        this.tagLanguages = Set.copyOf(tagLanguages);
    }

    /**
     * Enriches the {@code kept} records of one article (any order; the headline record among them), of which
     * {@code duplicatesDropped} others were dropped as repeats.
     */
    public EnrichedArticle enrich(final List<Paragraph> kept, final int duplicatesDropped, final Instant assembledAt) {
        if (kept.isEmpty()) {
            throw new IllegalArgumentException("An article needs at least its headline record");
        }
        final List<Paragraph> records =
                kept.stream().sorted(Comparator.comparingInt(Paragraph::index)).toList();
        final Paragraph first = records.get(0);
        final List<Paragraph> body = ofKind(records, ParagraphKind.PARAGRAPH);
        final List<String> sections = ofKind(records, ParagraphKind.HEADING).stream()
                .map(Paragraph::text)
                .toList();
        final List<CitedText> cited =
                CitationSplitter.split(body.stream().map(Paragraph::text).toList());
        final List<String> cleanTexts = cited.stream().map(CitedText::cleanText).toList();
        final String skipped = taggingSkipped(first.metadata());
        final List<List<io.newsflow.tagger.Entity>> tags = skipped != null
                ? Collections.nCopies(body.size(), List.of())
                : tagger.tag(new ArticleText(first.headline(), sections, cleanTexts));
        if (tags == null || tags.size() != body.size()) {
            throw new IllegalStateException("The tagger returned " + (tags == null ? null : tags.size())
                    + " entity lists for " + body.size() + " paragraphs of article " + first.articleId());
        }

        final Map<Integer, ArticleParagraph> enrichedBody = new LinkedHashMap<>();
        for (int i = 0; i < body.size(); i++) {
            final String cleanText = cleanTexts.get(i);
            final List<Entity> entities = pointingInto(cleanText, tags.get(i), body.get(i));
            enrichedBody.put(
                    body.get(i).index(),
                    new ArticleParagraph(
                            body.get(i).index(),
                            body.get(i).section(),
                            cleanText,
                            entities,
                            cited.get(i).citations(),
                            QuoteExtractor.extract(cleanText, entities)));
        }
        final List<EnrichedParagraph> paragraphs = records.stream()
                .map(record -> enriched(record, enrichedBody.get(record.index())))
                .toList();
        final List<ArticleParagraph> articleParagraphs = List.copyOf(enrichedBody.values());
        final Article article = new Article(
                first.articleId(),
                first.articleId(),
                first.sourceFile(),
                first.contentHash(),
                first.headline(),
                sections,
                articleParagraphs,
                summarise(articleParagraphs),
                sources(articleParagraphs),
                articleParagraphs.stream()
                        .flatMap(paragraph -> paragraph.quotes().stream())
                        .toList(),
                duplicatesDropped,
                new Timings(first.ingestedAt(), assembledAt),
                first.metadata(),
                skipped,
                // whether it is a near-duplicate of another article is the story index's to say (asNearDuplicate)
                null,
                null);
        return new EnrichedArticle(paragraphs, article);
    }

    /** Why the article is not tagged, or null when it is. */
    private String taggingSkipped(final ArticleMetadata metadata) {
        final String language = metadata == null ? null : metadata.language();
        return language == null || tagLanguages.contains(language) ? null : Article.LANGUAGE_NOT_TAGGED;
    }

    private static List<Paragraph> ofKind(final List<Paragraph> records, final ParagraphKind kind) {
        return records.stream().filter(record -> record.kind() == kind).toList();
    }

    /** The tagger's mentions as the contract's entities, those whose offsets point at their text. */
    private static List<Entity> pointingInto(
            final String cleanText, final List<io.newsflow.tagger.Entity> entities, final Paragraph at) {
        final List<Entity> valid = new ArrayList<>(entities.size());
        for (final io.newsflow.tagger.Entity entity : entities) {
            if (entity.end() <= cleanText.length()
                    && cleanText.substring(entity.start(), entity.end()).equals(entity.text())) {
                valid.add(TaggedEntities.toContract(entity));
            } else {
                LOG.warn(
                        "Tagger entity {} does not point into paragraph {}#{}; left out",
                        entity,
                        at.articleId(),
                        at.index());
            }
        }
        return List.copyOf(valid);
    }

    /** Headline and heading records carry their text unchanged and no annotations (the headline its metadata). */
    private static EnrichedParagraph enriched(final Paragraph record, final ArticleParagraph body) {
        final boolean isBody = body != null;
        return new EnrichedParagraph(
                record.articleId(),
                record.sourceFile(),
                record.contentHash(),
                record.ingestedAt(),
                record.headline(),
                record.kind(),
                record.index(),
                record.count(),
                record.section(),
                record.text(),
                isBody ? body.text() : record.text(),
                isBody ? body.entities() : List.of(),
                isBody ? body.citations() : List.of(),
                isBody ? body.quotes() : List.of(),
                record.metadata());
    }

    private static List<EntitySummary> summarise(final List<ArticleParagraph> paragraphs) {
        final Map<Mention, Integer> mentions = new LinkedHashMap<>();
        paragraphs.forEach(paragraph -> paragraph
                .entities()
                .forEach(entity -> mentions.merge(new Mention(entity.canonical(), entity.type()), 1, Integer::sum)));
        return mentions.entrySet().stream()
                .map(entry -> new EntitySummary(
                        entry.getKey().canonical(), entry.getKey().type(), entry.getValue()))
                .sorted(BY_MENTIONS)
                .toList();
    }

    private static List<Citation> sources(final List<ArticleParagraph> paragraphs) {
        final Map<Integer, Citation> byRef = new TreeMap<>();
        paragraphs.forEach(
                paragraph -> paragraph.citations().forEach(citation -> byRef.putIfAbsent(citation.ref(), citation)));
        return List.copyOf(byRef.values());
    }

    private record Mention(String canonical, EntityType type) {}
}
