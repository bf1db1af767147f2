package io.newsflow.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.tagger.eval.DocumentScores;
import io.newsflow.tagger.eval.NewsArticles;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shipped tagger must not fall below the document-level score it reached on the development half of our
 * wire-style articles ({@code tagging/news/dev/}, see the README there): which people, organisations and places each
 * article mentions, by canonical name. The test half beside it is never asserted on. The floor is the score measured
 * when it was last raised, rounded down; raise it when the tagger improves, never lower it to make a change pass.
 */
class NewsDocumentLevelTest {

    /**
     * Measured 2026-12-07 with the shipped (stacked) tagger on the twelve development articles: 0.725, then 0.879 with
     * person proof, wire context and joined "Ministry of … and …" names, 0.898 with club towns and unproven two-word
     * names in wire stories, 0.906 with more place nouns and plural sentence openers, 0.911 with "Salar …" and
     * "airdrops to A and B" (the first seven alone: 0.667 before open gazetteers and datelines, 0.796 after). With five
     * more articles (basketball final, cyclone in Malawi, Indonesian nickel, Kisumu festival, Soweto derby) the
     * seventeen scored 0.859, then 0.883 with news outlets ("told Zodiak radio"), teams named by a place and a plural
     * ("Perth Wildcats"), storms' short names and stadium grounds, 0.901 with storms as MISC and Luo and Kikuyu
     * names ("Anyang' Nyong'o", "Ngũgĩ wa Thiong'o"), 0.908 with "Kompas TV" as one name and "X shares fell"
     * outweighing a given name ("Vale Indonesia"), 0.919 with "a header from X" proving a player and "a unit in X"
     * no longer an organisation cue; 0.929 with the listed-company gazetteer and the model no longer re-typing a
     * rules' name into a person. With four more articles (a typhoon in Luzon, a Brazilian miner, a rugby league round,
     * Kenya's election commission; written for named storms, one-word companies that speak, companies opening with a
     * given name, teams without "the" and names joined by "and") the twenty-one scored 0.871 before the rules for
     * them and 0.923 after (the first seventeen 0.929 before and after), 0.933 with saints' names ("St Helens") and
     * scores before "to" ("lost 18-16 to X Dragons"). With three more (an Andean copper mine, a Gulf pipeline deal, a
     * Monterrey transfer; written for credit lines, the dateline's agency named in the body, units and ordinals, long
     * organisation names with "and", "for" and commas, facilities, Spanish geographic heads and clubs named by their
     * city) the twenty-four scored 0.912 before the rules for them (the three alone 0.743) and 0.947 after (the three
     * 1.000, the first twenty-one 0.938 before and 0.939 after). A team after "the" whose first word is also a given
     * name ("the Denver Nuggets") and a two-word scorer as a player raised them to 0.952.
     */
    private static final double MIN_F1 = 0.950;

    @Test
    void shouldKeepItsDocumentLevelScoreOnTheDevelopmentArticles() throws IOException, URISyntaxException {
        final NewsArticles dev = NewsArticles.read(Path.of(
                NewsDocumentLevelTest.class.getResource("/tagging/news/dev").toURI()));
        assertThat(dev.articles()).hasSize(24);
        final EntityTagger tagger = StackedEntityTagger.loadDefault();
        final DocumentScores scores = new DocumentScores();
        for (final Map.Entry<String, ArticleText> a : dev.articles().entrySet()) {
            scores.add(a.getKey(), dev.gold().get(a.getKey()), DocumentScores.names(tagger.tag(a.getValue())));
        }
        System.out.println(
                "news dev half, document level: " + scores.summary() + "\n  " + String.join("\n  ", scores.errors()));

        assertThat(scores.counts().f1()).isGreaterThanOrEqualTo(MIN_F1 - 0.0005);
    }
}
