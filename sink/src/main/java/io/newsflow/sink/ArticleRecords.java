package io.newsflow.sink;

import io.newsflow.contract.Article;
import io.newsflow.contract.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;

/** Reads a {@code news-articles} record the same way in every sink. */
public final class ArticleRecords {

    private ArticleRecords() {}

    /**
     * The article in {@code record}.
     *
     * @throws SerializationException when the value is not an article, a tombstone included: a dead letter
     */
    public static Article read(final ConsumerRecord<byte[], byte[]> record) {
        final Article article = Topics.ARTICLES.valueSerde().deserializer().deserialize(record.topic(), record.value());
        if (article == null) {
            throw new SerializationException("Empty value (tombstone) where an article was expected");
        }
        return article;
    }
}
