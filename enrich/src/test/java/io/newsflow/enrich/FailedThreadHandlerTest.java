package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;

class FailedThreadHandlerTest {

    private final FailedThreadHandler handler = new FailedThreadHandler();

    @Test
    void shouldReplaceThreadAFewTimesThenShutDown() {
        for (int i = 0; i < FailedThreadHandler.MAX_REPLACEMENTS; i++) {
            assertThat(handler.handle(new IllegalStateException("broker away " + i)))
                    .isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
        }
        assertThat(handler.handle(new IllegalStateException("again")))
                .isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
    }

    @Test
    void shouldShutDownOnError() {
        assertThat(handler.handle(new OutOfMemoryError("heap")))
                .isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
    }
}
