package io.newsflow.broker;

import static org.apache.kafka.coordinator.transaction.TransactionState.COMPLETE_COMMIT;
import static org.apache.kafka.coordinator.transaction.TransactionState.EMPTY;
import static org.apache.kafka.coordinator.transaction.TransactionState.ONGOING;
import static org.apache.kafka.coordinator.transaction.TransactionState.PREPARE_ABORT;
import static org.apache.kafka.coordinator.transaction.TransactionState.PREPARE_COMMIT;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.broker.CoordinatorLog.Entry;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.coordinator.transaction.TransactionState;
import org.junit.jupiter.api.Test;

/** The decision rule over the coordinator's records; {@code HangingTransactionsIT} reads real ones. */
class CoordinatorLogTest {

    private static final TopicPartition ARTICLES = new TopicPartition("news-articles", 0);
    private static final TopicPartition CHANGELOG = new TopicPartition("buffers-changelog", 1);
    private static final long PRODUCER = 7;

    @Test
    void shouldTakeAPreparedCommitAtTheNextEpochAsTheDecisionOfATransactionsV2Transaction() {
        final CoordinatorLog log = new CoordinatorLog(List.of(
                entry(ONGOING, 1, ARTICLES, CHANGELOG),
                entry(PREPARE_COMMIT, 2, ARTICLES, CHANGELOG),
                // what Kafka 4.4 writes after skipping markers to partitions it takes for deleted
                entry(COMPLETE_COMMIT, 2)));

        assertThat(log.decidedCommit(ARTICLES, PRODUCER, (short) 1)).isTrue();
        assertThat(log.decidedCommit(CHANGELOG, PRODUCER, (short) 1)).isTrue();
    }

    @Test
    void shouldTakeAPreparedCommitAtTheSameEpochAsTheDecisionOfATransactionsV1Transaction() {
        final CoordinatorLog log =
                new CoordinatorLog(List.of(entry(ONGOING, 4, ARTICLES), entry(PREPARE_COMMIT, 4, ARTICLES)));

        assertThat(log.decidedCommit(ARTICLES, PRODUCER, (short) 4)).isTrue();
    }

    @Test
    void shouldNotCommitWhatTheCoordinatorAbortedOrNeverDecided() {
        final CoordinatorLog log = new CoordinatorLog(
                List.of(entry(ONGOING, 1, ARTICLES), entry(PREPARE_ABORT, 2, ARTICLES), entry(ONGOING, 5, CHANGELOG)));

        assertThat(log.decidedCommit(ARTICLES, PRODUCER, (short) 1))
                .as("aborted")
                .isFalse();
        assertThat(log.decidedCommit(CHANGELOG, PRODUCER, (short) 5))
                .as("still ongoing when the log ends")
                .isFalse();
        assertThat(new CoordinatorLog(List.of()).decidedCommit(ARTICLES, PRODUCER, (short) 1))
                .as("no record")
                .isFalse();
    }

    @Test
    void shouldNotCommitANewerTransactionOnAPartitionWhoseEarlierOneWasCommitted() {
        // v2: the next transaction starts at the epoch the commit was prepared with
        final CoordinatorLog log = new CoordinatorLog(List.of(
                entry(ONGOING, 1, ARTICLES),
                entry(PREPARE_COMMIT, 2, ARTICLES),
                entry(COMPLETE_COMMIT, 2),
                entry(ONGOING, 2, ARTICLES)));

        assertThat(log.decidedCommit(ARTICLES, PRODUCER, (short) 2)).isFalse();
    }

    @Test
    void shouldLookOnlyAtTheProducerPartitionAndEpochAsked() {
        final CoordinatorLog log = new CoordinatorLog(
                List.of(entry(ONGOING, 1, ARTICLES), entry(PREPARE_COMMIT, 2, ARTICLES), entry(EMPTY, 9)));

        assertThat(log.decidedCommit(CHANGELOG, PRODUCER, (short) 1))
                .as("other partition")
                .isFalse();
        assertThat(log.decidedCommit(ARTICLES, PRODUCER + 1, (short) 1))
                .as("other producer")
                .isFalse();
        assertThat(log.decidedCommit(ARTICLES, PRODUCER, (short) 0))
                .as("older epoch")
                .isFalse();
        assertThat(log.decidedCommit(ARTICLES, PRODUCER, (short) 3))
                .as("newer epoch")
                .isFalse();
    }

    private static Entry entry(final TransactionState state, final int epoch, final TopicPartition... partitions) {
        return new Entry(PRODUCER, (short) epoch, state, Set.of(partitions));
    }
}
