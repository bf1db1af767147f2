package io.newsflow.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;

/**
 * The one Jackson configuration of the wire format: ISO-8601 times, nulls left out, unknown fields tolerated. Required
 * fields are enforced by the records' own compact constructors, so a wrong-shaped record fails on reading.
 */
public final class Json {

    /** Thread-safe once configured; shared by every serde and by the sinks. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            // registered after JavaTimeModule, so it wins for Instant; falls back to JavaTimeModule's reader
            .addModule(new SimpleModule("newsflow-instants").addDeserializer(Instant.class, new InstantReader()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // readers must keep working when a newer producer adds a field
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private Json() {}
}
