package io.newsflow.enrich.assembly;

import io.newsflow.contract.Entity;
import io.newsflow.contract.EntityType;
import io.newsflow.contract.Money;

/** The tagger library's mentions as the contract's {@link Entity}: the one place the two vocabularies meet. */
public final class TaggedEntities {

    private TaggedEntities() {}

    public static Entity toContract(final io.newsflow.tagger.Entity tagged) {
        final io.newsflow.tagger.Money money = tagged.money();
        return new Entity(
                tagged.text(),
                EntityType.valueOf(tagged.type().name()),
                tagged.start(),
                tagged.end(),
                tagged.canonical(),
                tagged.confidence(),
                money == null ? null : new Money(money.amount(), money.currency()));
    }
}
