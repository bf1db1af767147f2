package io.newsflow.tagger.eval;

/** An entity span over tokens [start, end) of one sentence, with its type ("PER", "ORG", "LOC", "MISC"). */
public record Chunk(int start, int end, String type) {

    public Chunk {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("need 0 <= start < end, was start=" + start + " end=" + end);
        }
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("type must not be blank");
        }
    }
}
