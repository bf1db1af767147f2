package io.newsflow.launcher.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.IngestListener;
import io.newsflow.sink.SinkListener;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListenersTest {

    @Test
    void shouldForwardEveryIngestListenerMethod() {
        assertForwardsAll(
                IngestListener.class,
                Listeners.ingest(IngestListener.NONE, IngestListener.NONE).getClass());
    }

    @Test
    void shouldForwardEverySinkListenerMethod() {
        assertForwardsAll(
                SinkListener.class,
                Listeners.sink(SinkListener.NONE, SinkListener.NONE).getClass());
    }

    /** A method the fan-out does not override would reach nobody: the progress printer and the metrics miss it. */
    private static void assertForwardsAll(final Class<?> listener, final Class<?> fanOut) {
        final List<String> declared = Arrays.stream(listener.getDeclaredMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()))
                .map(ListenersTest::signature)
                .toList();
        final List<String> overridden = Arrays.stream(fanOut.getDeclaredMethods())
                .map(ListenersTest::signature)
                .toList();
        assertThat(overridden).containsAll(declared);
    }

    private static String signature(final Method method) {
        return method.getName() + Arrays.toString(method.getParameterTypes());
    }
}
