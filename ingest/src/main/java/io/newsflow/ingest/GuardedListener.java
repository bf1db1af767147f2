package io.newsflow.ingest;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Passes events on to the launcher's listener; its failures are logged, so a printing bug never stops ingest. */
final class GuardedListener implements IngestListener {

    private static final Logger LOG = LoggerFactory.getLogger(GuardedListener.class);

    private final IngestListener delegate;

    GuardedListener(final IngestListener delegate) {
        this.delegate = delegate;
    }

    @Override
    public void onPublished(final String file, final String articleId, final int records, final Duration took) {
        guard("onPublished", () -> delegate.onPublished(file, articleId, records, took));
    }

    @Override
    public void onAlreadyIngested(final String file, final String articleId) {
        guard("onAlreadyIngested", () -> delegate.onAlreadyIngested(file, articleId));
    }

    @Override
    public void onQuarantined(final String file, final String reason, final String detail) {
        guard("onQuarantined", () -> delegate.onQuarantined(file, reason, detail));
    }

    @Override
    public void onFileDone(final String file, final int published, final int alreadyIngested, final int badItems) {
        guard("onFileDone", () -> delegate.onFileDone(file, published, alreadyIngested, badItems));
    }

    @Override
    public void onFailed(final Throwable error) {
        guard("onFailed", () -> delegate.onFailed(error));
    }

    private static void guard(final String callback, final Runnable call) {
        try {
            call.run();
        } catch (final RuntimeException e) {
            LOG.warn("IngestListener.{} threw; ingest goes on", callback, e);
        }
    }
}
