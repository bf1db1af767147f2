package io.newsflow.launcher;

import io.newsflow.tagger.EntityTagger;
import io.newsflow.tagger.StackedEntityTagger;

/** The entity tagger the launcher runs: the built-in one, loaded once per process. */
public final class Taggers {

    private Taggers() {}

    public static EntityTagger builtIn() {
        return Holder.BUILT_IN;
    }

    /** Loaded on first use only: commands that do not enrich never pay for the gazetteers. */
    private static final class Holder {
        private static final EntityTagger BUILT_IN = StackedEntityTagger.loadDefault();
    }
}
