package io.newsflow.launcher.cluster;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;

/**
 * Which members of a consumer group (a Streams application's group included) hold which partitions of one topic, as the
 * group coordinator has them: the evidence that instances share the work and that a survivor took over a dead one's
 * partitions. Standby tasks are not partitions a member holds; only active assignments show.
 */
record GroupAssignment(String group, int coordinator, Map<String, Set<Integer>> partitionsByMember) {

    /** The group's current assignment of {@code topic}, or empty while the coordinator cannot answer (it moves). */
    static Optional<GroupAssignment> of(final Admin admin, final String group, final String topic) {
        final ConsumerGroupDescription description;
        try {
            description = admin.describeConsumerGroups(List.of(group))
                    .describedGroups()
                    .get(group)
                    .get(5, TimeUnit.SECONDS);
        } catch (final ExecutionException | TimeoutException e) {
            return Optional.empty();
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while describing group " + group, e);
        }
        final Map<String, Set<Integer>> byMember = description.members().stream()
                .collect(Collectors.toMap(
                        MemberDescription::consumerId,
                        member -> member.assignment().topicPartitions().stream()
                                .filter(tp -> tp.topic().equals(topic))
                                .map(TopicPartition::partition)
                                .collect(Collectors.toCollection(TreeSet::new))));
        return Optional.of(new GroupAssignment(group, description.coordinator().id(), byMember));
    }

    /** True when exactly {@code members} members hold between them all {@code partitions}, each at least one. */
    boolean isSharedBy(final int members, final int partitions) {
        final Set<Integer> held =
                partitionsByMember.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        return partitionsByMember.size() == members
                && held.size() == partitions
                && partitionsByMember.values().stream().noneMatch(Set::isEmpty);
    }
}
