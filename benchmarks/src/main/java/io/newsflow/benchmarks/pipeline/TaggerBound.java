package io.newsflow.benchmarks.pipeline;

import io.newsflow.tagger.ArticleText;
import io.newsflow.tagger.EntityTagger;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/**
 * The tagger bound: the corpus's articles tagged in-process on every core, no Kafka. This is the most the pipeline could
 * do if everything around the tagger cost nothing.
 */
final class TaggerBound {

    record Result(Duration elapsed, long articles, long tokens, int threads) {

        double tokensPerSecond() {
            return tokens / seconds();
        }

        double seconds() {
            return Math.max(elapsed.toNanos(), 1) / 1e9;
        }
    }

    private TaggerBound() {}

    static Result measure(final EntityTagger tagger, final BenchCorpus corpus) {
        final int threads = Runtime.getRuntime().availableProcessors();
        final ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            // one untimed pass: JIT compilation and lazy loading are not what the bound is about
            tagAll(pool, tagger, corpus.texts());
            final long start = System.nanoTime();
            tagAll(pool, tagger, corpus.texts());
            return new Result(
                    Duration.ofNanos(System.nanoTime() - start), corpus.texts().size(), corpus.tokens(), threads);
        } finally {
            pool.shutdown();
        }
    }

    private static void tagAll(final ForkJoinPool pool, final EntityTagger tagger, final List<ArticleText> texts) {
        try {
            final long mentions = pool.submit(() -> texts.parallelStream()
                            .mapToLong(text -> tagger.tag(text).stream()
                                    .mapToLong(List::size)
                                    .sum())
                            .sum())
                    .get();
            if (mentions == 0) {
                throw new IllegalStateException("The tagger found no entity in the whole corpus");
            }
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while tagging", e);
        } catch (final ExecutionException e) {
            throw new IllegalStateException("Tagging the corpus failed", e.getCause());
        }
    }
}
