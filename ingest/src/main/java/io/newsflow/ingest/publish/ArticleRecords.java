package io.newsflow.ingest.publish;

import io.newsflow.contract.Paragraph;
import io.newsflow.contract.ParagraphKind;
import io.newsflow.ingest.parse.ArticleIdentity;
import io.newsflow.ingest.parse.ArticleLanguage;
import io.newsflow.ingest.parse.Block;
import io.newsflow.ingest.parse.ParsedArticle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a parsed article out as its {@code news-paragraphs} records: index 0 is the HEADLINE, then one HEADING or
 * PARAGRAPH record per block in file order; every record carries the article's id, content hash, headline, source file
 * name, ingest time and the total {@code count}, so downstream knows when it has the whole article. The HEADLINE
 * record alone carries the article's metadata, its language decided here ({@link ArticleLanguage}) so that every
 * published article has it, whichever reader read it.
 *
 * <p>{@code section} is the text of the most recent heading: null for the headline and for blocks before the first
 * heading, and a HEADING record's own text for the heading itself (it opens that section).
 */
public final class ArticleRecords {

    private ArticleRecords() {}

    public static List<Paragraph> of(
            final ParsedArticle parsed,
            final ArticleIdentity identity,
            final String sourceFile,
            final Instant ingestedAt) {
        final ParsedArticle article = ArticleLanguage.detect(parsed);
        final int count = article.blocks().size() + 1;
        final List<Paragraph> records = new ArrayList<>(count);
        records.add(new Paragraph(
                identity.articleId(),
                sourceFile,
                identity.contentHash(),
                ingestedAt,
                article.headline(),
                ParagraphKind.HEADLINE,
                0,
                count,
                null,
                article.headline(),
                article.metadata()));
        String section = null;
        for (final Block block : article.blocks()) {
            final ParagraphKind kind;
            if (block.kind() == Block.Kind.HEADING) {
                section = block.text();
                kind = ParagraphKind.HEADING;
            } else {
                kind = ParagraphKind.PARAGRAPH;
            }
            records.add(new Paragraph(
                    identity.articleId(),
                    sourceFile,
                    identity.contentHash(),
                    ingestedAt,
                    article.headline(),
                    kind,
                    records.size(),
                    count,
                    section,
                    block.text(),
                    null)); // metadata travels on the headline record only
        }
        return List.copyOf(records);
    }
}
