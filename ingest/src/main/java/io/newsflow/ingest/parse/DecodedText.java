package io.newsflow.ingest.parse;

import java.nio.charset.Charset;
import java.util.Objects;

/** A file's text after decoding: line endings are {@code \n}, no byte order mark; {@code charset} is what was used. */
public record DecodedText(String text, Charset charset) {

    public DecodedText {
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(charset, "charset must not be null");
    }
}
