package io.newsflow.broker;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.AbortTransactionSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.message.WriteTxnMarkersRequestData;
import org.apache.kafka.common.message.WriteTxnMarkersRequestData.WritableTxnMarker;
import org.apache.kafka.common.message.WriteTxnMarkersRequestData.WritableTxnMarkerTopic;
import org.apache.kafka.common.protocol.ApiKeys;
import org.apache.kafka.common.protocol.Errors;
import org.apache.kafka.common.requests.AbstractResponse;
import org.apache.kafka.common.requests.RequestHeader;
import org.apache.kafka.common.requests.WriteTxnMarkersRequest;
import org.apache.kafka.common.requests.WriteTxnMarkersResponse;

/**
 * Writes a commit marker for one producer's open transaction on one partition: the other half of what
 * {@code Admin#abortTransaction} (KIP-664) does, which the Admin API does not offer. It sends the partition's leader
 * the same {@code WriteTxnMarkers} request the transaction coordinator and that abort send, over a plain connection:
 * for the local brokers only (PLAINTEXT listener, no authentication).
 */
final class CommitMarker {

    private static final String CLIENT_ID = "newsflow-hanging-transactions";

    private CommitMarker() {}

    /**
     * Commits {@code spec}'s transaction on its partition, sending to {@code leader}, the partition's leader; throws
     * naming the broker's error if it refuses.
     */
    static void write(final InetSocketAddress leader, final AbortTransactionSpec spec, final Duration timeout)
            throws IOException {
        final WritableTxnMarker marker = new WritableTxnMarker()
                .setProducerId(spec.producerId())
                .setProducerEpoch(spec.producerEpoch())
                .setCoordinatorEpoch(spec.coordinatorEpoch())
                .setTransactionResult(true);
        final TopicPartition partition = spec.topicPartition();
        marker.topics()
                .add(new WritableTxnMarkerTopic()
                        .setName(partition.topic())
                        .setPartitionIndexes(List.of(partition.partition())));
        final WriteTxnMarkersRequestData data = new WriteTxnMarkersRequestData();
        data.markers().add(marker);
        // the local broker runs the same Kafka version as this client code, so its newest request version fits
        final short version = ApiKeys.WRITE_TXN_MARKERS.latestVersion();
        final RequestHeader header = new RequestHeader(ApiKeys.WRITE_TXN_MARKERS, version, CLIENT_ID, 1);
        final ByteBuffer request =
                new WriteTxnMarkersRequest.Builder(data).build(version).serializeWithHeader(header);

        final WriteTxnMarkersResponse response;
        try (Socket socket = new Socket()) {
            socket.connect(leader, (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            final DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            final byte[] bytes = new byte[request.remaining()];
            request.get(bytes);
            out.writeInt(bytes.length);
            out.write(bytes);
            out.flush();
            final DataInputStream in = new DataInputStream(socket.getInputStream());
            final byte[] answer = new byte[in.readInt()];
            in.readFully(answer);
            response = (WriteTxnMarkersResponse) AbstractResponse.parseResponse(ByteBuffer.wrap(answer), header);
        }
        final Errors error = response.errorsByProducerId()
                .getOrDefault(spec.producerId(), Map.of())
                .getOrDefault(partition, Errors.UNKNOWN_SERVER_ERROR);
        if (error != Errors.NONE) {
            throw new IOException(
                    "The broker refused the commit marker for producer " + spec.producerId() + " on " + partition + ": "
                            + error.name(),
                    error.exception());
        }
    }
}
