package io.newsflow.enrich.quote;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contract.Quote;
import io.newsflow.enrich.assembly.TaggedEntities;
import io.newsflow.tagger.EntityType;
import io.newsflow.tagger.testing.NameTagger;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteExtractorTest {

    private final NameTagger tagger = NameTagger.forSample()
            .name("Jane Doe", EntityType.PERSON, "Jane Doe")
            .name("John Smith", EntityType.PERSON, "John Smith");

    private List<Quote> extract(final String text) {
        return QuoteExtractor.extract(
                text, tagger.tag(text).stream().map(TaggedEntities::toContract).toList());
    }

    @Test
    void shouldAttributeQuoteToPersonNamedAfterIt() {
        assertThat(extract("\"My heart goes out to the people of Ukraine. Those who lost loved ones,\" Rutte stated."))
                .containsExactly(new Quote(
                        "My heart goes out to the people of Ukraine. Those who lost loved ones", "Mark Rutte"));
    }

    @Test
    void shouldAttributeQuoteFollowedByVerbAndClause() {
        assertThat(extract("President Zelenskyy emphasized the need. \"The main focus of our talks was strengthening"
                        + " Ukraine's air defence,\" Zelenskyy noted during the press conference, underscoring it."))
                .containsExactly(new Quote(
                        "The main focus of our talks was strengthening Ukraine's air defence", "Volodymyr Zelenskyy"));
    }

    @Test
    void shouldAttributeQuoteToSubjectBeforeColon() {
        assertThat(extract("During the joint press conference, Rutte was unequivocal in his condemnation of Russia:"
                        + " \"This is simply outrageous. It's part of a terrible pattern\"."))
                .containsExactly(new Quote("This is simply outrageous. It's part of a terrible pattern", "Mark Rutte"));
    }

    @Test
    void shouldAttributeSaidBeforeAndAfter() {
        assertThat(extract("\"We will rebuild every school in the region\" said Jane Doe."))
                .containsExactly(new Quote("We will rebuild every school in the region", "Jane Doe"));
        assertThat(extract("Jane Doe said: \"We will rebuild every school in the region.\""))
                .containsExactly(new Quote("We will rebuild every school in the region.", "Jane Doe"));
        assertThat(extract("\"Nobody expected the vote to pass,\" according to John Smith."))
                .containsExactly(new Quote("Nobody expected the vote to pass", "John Smith"));
    }

    @Test
    void shouldAttributeCurlyQuotes() {
        assertThat(extract("“The security guarantees must come first,” Zelenskyy explained."))
                .containsExactly(new Quote("The security guarantees must come first", "Volodymyr Zelenskyy"));
    }

    @Test
    void shouldGiveContinuedQuoteTheSameSpeaker() {
        assertThat(extract("\"This is not about ending the war, unfortunately,\" Zelenskyy explained. \"It's about what"
                        + " comes after — the security guarantees for Ukraine following a ceasefire\"."))
                .containsExactly(
                        new Quote("This is not about ending the war, unfortunately", "Volodymyr Zelenskyy"),
                        new Quote(
                                "It's about what comes after — the security guarantees for Ukraine following a"
                                        + " ceasefire",
                                "Volodymyr Zelenskyy"));
    }

    @Test
    void shouldResolvePronounToPersonNamedBefore() {
        assertThat(extract("Jane Doe visited the port. \"The damage is worse than we feared,\" she said."))
                .containsExactly(new Quote("The damage is worse than we feared", "Jane Doe"));
    }

    @Test
    void shouldLeaveUnattributedQuoteWithoutSpeaker() {
        assertThat(
                        extract(
                                "The NATO Secretary General expressed support for Trump's ceasefire initiatives while"
                                        + " acknowledging the challenges: \"These discussions are not easy, but we all support peace\"."))
                .containsExactly(new Quote("These discussions are not easy, but we all support peace", null));
    }

    @Test
    void shouldSkipScareQuotes() {
        assertThat(extract("Rutte declared the alliance's \"unwavering\" support after a \"massive\" attack."))
                .isEmpty();
        assertThat(extract("Experts highlight a \"coalition of the willing\" among European partners."))
                .isEmpty();
        assertThat(extract("Ukraine must remain \"strong and sovereign\".")).isEmpty();
    }

    @Test
    void shouldFindNothingWithoutQuotes() {
        assertThat(extract("Rutte said nothing new today.")).isEmpty();
        assertThat(extract("An unbalanced \"quote that never closes, said Rutte."))
                .isEmpty();
    }
}
