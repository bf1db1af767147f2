package io.newsflow.enrich.story;

import io.newsflow.contract.Article;
import io.newsflow.contract.ArticleParagraph;
import io.newsflow.contract.Timings;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/** What the story index tests share: an article of given words, and the band entries a bands store holds. */
final class StoryTestData {

    private StoryTestData() {}

    /** An article {@code id} whose body is one paragraph of {@code words}, assembled at {@code at}. */
    static Article article(final String id, final List<String> words, final Instant at) {
        return new Article(
                id,
                id,
                id + ".txt",
                "sha256:" + id,
                "Headline",
                List.of(),
                List.of(new ArticleParagraph(1, null, String.join(" ", words), List.of(), List.of(), List.of())),
                List.of(),
                List.of(),
                List.of(),
                0,
                new Timings(at, at),
                null,
                null,
                null,
                null);
    }

    /** The band entries of {@code bands}, in key order, without its marker entry. */
    static Map<Bytes, byte[]> bandEntries(final KeyValueStore<Bytes, byte[]> bands) {
        final Map<Bytes, byte[]> entries = new LinkedHashMap<>();
        try (KeyValueIterator<Bytes, byte[]> all = bands.all()) {
            all.forEachRemaining(entry -> {
                if (!entry.key.equals(StoryIndexKeys.BANDS_MARKER)) {
                    entries.put(entry.key, entry.value);
                }
            });
        }
        return entries;
    }
}
