package io.newsflow.enrich.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contract.Entity;
import io.newsflow.contract.EntityType;
import io.newsflow.contract.Money;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TaggedEntitiesTest {

    @Test
    void shouldKnowEveryTypeTheTaggerReports() {
        // the tagger module has no Kafka and so no contract: its vocabulary is mapped by name, and must stay the same
        assertThat(Arrays.stream(io.newsflow.tagger.EntityType.values()).map(Enum::name))
                .containsExactlyElementsOf(
                        Arrays.stream(EntityType.values()).map(Enum::name).toList());
    }

    @Test
    void shouldCarryEveryFieldOfAMentionIntoTheContract() {
        final io.newsflow.tagger.Entity tagged = new io.newsflow.tagger.Entity(
                "€20 billion",
                io.newsflow.tagger.EntityType.MONEY,
                12,
                23,
                "€20 billion",
                0.9,
                new io.newsflow.tagger.Money(2.0e10, "EUR"));

        assertThat(TaggedEntities.toContract(tagged))
                .isEqualTo(new Entity(
                        "€20 billion", EntityType.MONEY, 12, 23, "€20 billion", 0.9, new Money(2.0e10, "EUR")));
    }
}
