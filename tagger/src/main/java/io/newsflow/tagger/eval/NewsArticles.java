package io.newsflow.tagger.eval;

import io.newsflow.tagger.ArticleText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A directory of plain-text news articles with their gold entity lists, for document-level scoring: every
 * {@code NAME.txt} is one article (first line the headline, a line starting {@code ## } a section heading, every other
 * non-blank line a paragraph; headline and headings are context, as in the pipeline, and only paragraphs are tagged),
 * and {@code entities.tsv} lists the names each article's paragraphs mention (see {@link DocumentScores#readGold}).
 * Every article must have a gold list and every list an article, so a typo cannot silently drop one from the score.
 */
public record NewsArticles(Map<String, ArticleText> articles, Map<String, Set<String>> gold) {

    public NewsArticles {
        if (!articles.keySet().equals(gold.keySet())) {
            throw new IllegalArgumentException(
                    "articles " + articles.keySet() + " and gold lists " + gold.keySet() + " differ");
        }
        articles = new LinkedHashMap<>(articles);
        gold = new LinkedHashMap<>(gold);
    }

    /** Reads {@code directory}'s {@code *.txt} articles (by name) and its {@code entities.tsv}. */
    public static NewsArticles read(final Path directory) throws IOException {
        final Map<String, ArticleText> articles = new TreeMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.txt")) {
            for (final Path f : files) {
                final String name = f.getFileName().toString();
                articles.put(
                        name.substring(0, name.length() - 4),
                        ArticleText.parse(Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        final Map<String, Set<String>> gold;
        try (var reader = Files.newBufferedReader(directory.resolve("entities.tsv"), StandardCharsets.UTF_8)) {
            gold = DocumentScores.readGold(
                    reader, directory.resolve("entities.tsv").toString());
        }
        return new NewsArticles(articles, new TreeMap<>(gold));
    }
}
