package io.newsflow.tagger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the test articles in {@code src/test/resources/tagging/}: the first line is the headline, lines starting with
 * {@code "# "} are headings, every other non-blank line is a body paragraph.
 */
final class TestArticles {

    private TestArticles() {}

    static ArticleText load(final String name) {
        return ArticleText.parse(read("/tagging/" + name));
    }

    /** Every entity of an article with a headline and these body paragraphs, in order. */
    static List<Entity> tagParagraphs(final EntityTagger tagger, final String... paragraphs) {
        return tagger.tag(new ArticleText("Headline", List.of(), List.of(paragraphs))).stream()
                .flatMap(List::stream)
                .toList();
    }

    /** Document level: "TYPE canonical" for every entity of the article. */
    static Set<String> canonicalNames(final List<List<Entity>> tagged) {
        final Set<String> names = new LinkedHashSet<>();
        for (final List<Entity> paragraph : tagged) {
            for (final Entity e : paragraph) {
                names.add(e.type() + " " + e.canonical());
            }
        }
        return names;
    }

    /** Mention level: "text/TYPE" for every mention of the article. */
    static List<String> mentions(final List<List<Entity>> tagged) {
        final List<String> mentions = new ArrayList<>();
        for (final List<Entity> paragraph : tagged) {
            for (final Entity e : paragraph) {
                mentions.add(e.text() + "/" + e.type());
            }
        }
        return mentions;
    }

    /** Every distinct mention text of the given types. */
    static Set<String> texts(final List<List<Entity>> tagged, final EntityType... types) {
        final Set<String> texts = new LinkedHashSet<>();
        for (final List<Entity> paragraph : tagged) {
            for (final Entity e : paragraph) {
                for (final EntityType t : types) {
                    if (e.type() == t) {
                        texts.add(e.text());
                    }
                }
            }
        }
        return texts;
    }

    private static String read(final String resource) {
        try (InputStream in = TestArticles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("test article missing: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (final IOException e) {
            throw new UncheckedIOException("cannot read test article " + resource, e);
        }
    }
}
