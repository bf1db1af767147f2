package io.newsflow.contract;

import org.apache.kafka.common.serialization.Serde;

/** A topic's name together with the serdes of its keys and values; {@code compacted} topics keep the last value per key. */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, boolean compacted) {

    public Topic {
        Fields.notBlank(name, "name");
        Fields.notNull(keySerde, "keySerde");
        Fields.notNull(valueSerde, "valueSerde");
    }
}
