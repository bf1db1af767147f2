package io.newsflow.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;

/**
 * Validates JSON against the contract's published schemas ({@code src/main/resources/schemas}). Shared with the other
 * modules' tests through the test-jar, so what the real pipeline writes is checked against what users are promised.
 */
public final class SchemaValidation {

    private static final String BASE = "https://newsflow.io/schemas/";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(BASE, "classpath:schemas/")));
    private static final SchemaValidatorsConfig CONFIG =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private SchemaValidation() {}

    /** The violations of {@code json} against {@code schemas/<schemaFile>}; empty when it conforms. */
    public static List<String> violations(final String schemaFile, final JsonNode json) {
        final JsonSchema schema = FACTORY.getSchema(SchemaLocation.of(BASE + schemaFile), CONFIG);
        return schema.validate(json).stream()
                .map(ValidationMessage::getMessage)
                .sorted()
                .toList();
    }

    /** Serialises {@code value} with the wire format and validates it. */
    public static List<String> violations(final String schemaFile, final Object value) {
        return violations(schemaFile, Json.MAPPER.valueToTree(value));
    }
}
