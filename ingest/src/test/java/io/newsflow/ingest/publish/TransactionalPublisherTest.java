package io.newsflow.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.newsflow.contract.FileStatus;
import io.newsflow.contract.LedgerEntry;
import io.newsflow.contract.Paragraph;
import io.newsflow.contract.Topics;
import io.newsflow.ingest.parse.ArticleIdentity;
import io.newsflow.ingest.parse.Block;
import io.newsflow.ingest.parse.ParsedArticle;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TransactionAbortableException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class TransactionalPublisherTest {

    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
    private static final ArticleIdentity ID = ArticleIdentity.of("Title\nBody.");
    private static final List<Paragraph> PARAGRAPHS =
            ArticleRecords.of(new ParsedArticle("Title", List.of(Block.paragraph("Body."))), ID, "a.txt", NOW);
    private static final LedgerEntry ENTRY =
            new LedgerEntry(ID.articleId(), ID.contentHash(), "a.txt", FileStatus.PUBLISHED, 2, NOW, null, null);

    private final Deque<MockProducer<String, byte[]>> created = new ArrayDeque<>();
    private final TransactionalPublisher publisher = new TransactionalPublisher(
            () -> {
                final MockProducer<String, byte[]> producer =
                        new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
                created.add(producer);
                return producer;
            },
            "test-tx");

    @Test
    void shouldCommitParagraphsAndLedgerEntryInOneTransaction() throws Exception {
        publisher.start();

        publisher.publish(PARAGRAPHS, ENTRY);

        final MockProducer<String, byte[]> producer = created.getLast();
        assertThat(producer.transactionCommitted()).isTrue();
        assertThat(producer.commitCount()).isEqualTo(1);
        assertThat(producer.history())
                .extracting(ProducerRecord::topic, ProducerRecord::key)
                .containsExactly(
                        tuple(Topics.PARAGRAPHS.name(), ID.articleId()),
                        tuple(Topics.PARAGRAPHS.name(), ID.articleId()),
                        tuple(Topics.INGEST_LEDGER.name(), ID.articleId()));
        final LedgerEntry written = Topics.INGEST_LEDGER
                .valueSerde()
                .deserializer()
                .deserialize(
                        Topics.INGEST_LEDGER.name(), producer.history().get(2).value());
        assertThat(written).isEqualTo(ENTRY);
    }

    @Test
    void shouldAbortAndReportRetryableFailure() {
        publisher.start();
        final MockProducer<String, byte[]> producer = created.getLast();
        producer.commitTransactionException = new TransactionAbortableException("broker hiccup");

        assertThatThrownBy(() -> publisher.publish(PARAGRAPHS, ENTRY))
                .isInstanceOfSatisfying(
                        PublishFailedException.class,
                        e -> assertThat(e.outcomeUnknown()).isFalse());
        assertThat(producer.transactionAborted()).isTrue();
        assertThat(producer.commitCount()).isZero();
    }

    @Test
    void shouldReplaceProducerWhenTransactionCannotBeAborted() {
        publisher.start();
        final MockProducer<String, byte[]> first = created.getLast();
        first.commitTransactionException = new TimeoutException("commit timed out");
        first.abortTransactionException = new KafkaException("cannot abort");

        assertThatThrownBy(() -> publisher.publish(PARAGRAPHS, ENTRY))
                .isInstanceOfSatisfying(
                        PublishFailedException.class,
                        e -> assertThat(e.outcomeUnknown()).isTrue());
        assertThat(first.closed()).isTrue();
        assertThat(created).hasSize(2);
        assertThat(created.getLast().transactionInitialized()).isTrue();
    }

    @Test
    void shouldFailFatallyWhenFenced() {
        publisher.start();
        created.getLast().fenceProducer();

        assertThatThrownBy(() -> publisher.publish(PARAGRAPHS, ENTRY))
                .isInstanceOf(FatalPublishException.class)
                .hasMessageContaining("transactional.id test-tx");
    }

    @Test
    void shouldRecordLedgerEntryAlone() throws Exception {
        publisher.start();
        final LedgerEntry already = new LedgerEntry(
                ID.articleId(), ID.contentHash(), "copy.txt", FileStatus.ALREADY_INGESTED, 0, NOW, null, null);

        publisher.publishAll(List.of(publisher.prepare(List.of(), already)));

        assertThat(created.getLast().history())
                .singleElement()
                .extracting(ProducerRecord::topic)
                .isEqualTo(Topics.INGEST_LEDGER.name());
    }
}
