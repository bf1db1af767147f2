package io.newsflow.tagger;

import static io.newsflow.tagger.TestArticles.canonicalNames;
import static io.newsflow.tagger.TestArticles.mentions;
import static io.newsflow.tagger.TestArticles.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RuleBasedEntityTaggerTest {

    private static final EntityTagger TAGGER = RuleBasedEntityTagger.loadDefault();

    private static final String BUSINESS = "business-acquisition.txt";
    private static final String SPORTS = "sports-cup-semifinal.txt";
    private static final String HEALTH = "health-walking-study.txt";
    private static final String COUNCIL = "local-council-budget.txt";

    private static List<List<Entity>> tag(final String article) {
        return TAGGER.tag(TestArticles.load(article));
    }

    private static Entity only(final List<List<Entity>> tagged, final String text) {
        return tagged.stream()
                .flatMap(List::stream)
                .filter(e -> e.text().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no entity '" + text + "' in " + mentions(tagged)));
    }

    @Test
    void shouldFindPeopleCompaniesAndPlacesOfAnAcquisitionStory() {
        assertThat(canonicalNames(tag(BUSINESS)))
                .contains(
                        "PERSON Priya Raman",
                        "PERSON Tomasz Wierzbicki",
                        "ORGANIZATION Northwind Software Inc.",
                        "ORGANIZATION Halden Labs",
                        "ORGANIZATION University of Cambridge",
                        "ORGANIZATION Morgan Stanley",
                        "ORGANIZATION Competition and Markets Authority",
                        "ORGANIZATION European Union",
                        "LOCATION United States",
                        "LOCATION United Kingdom",
                        "LOCATION New York",
                        "LOCATION London",
                        "LOCATION Cambridge",
                        "LOCATION Bristol",
                        "LOCATION Melbourne");
    }

    @Test
    void shouldFindPlayersClubsAndVenuesOfAMatchReport() {
        assertThat(canonicalNames(tag(SPORTS)))
                .contains(
                        "PERSON Kwame Asante",
                        "PERSON Luis Ortega",
                        "PERSON Sam Whitfield",
                        "PERSON Helen Marsh",
                        "ORGANIZATION Riverside United",
                        "ORGANIZATION Castleford Rovers",
                        "ORGANIZATION Northgate Athletic",
                        "ORGANIZATION Football Association",
                        "ORGANIZATION Valencia",
                        "LOCATION Wembley Stadium",
                        "LOCATION London",
                        "MISC National Cup",
                        "MISC Spanish");
    }

    @Test
    void shouldFindResearchersAndInstitutionsOfAHealthStory() {
        assertThat(canonicalNames(tag(HEALTH)))
                .contains(
                        "PERSON Ingrid Holm",
                        "PERSON Mark Ellison",
                        "ORGANIZATION Aarhus University",
                        "ORGANIZATION King's College London",
                        "ORGANIZATION World Health Organization",
                        "ORGANIZATION Novo Nordisk Foundation",
                        "ORGANIZATION Danish Heart Association",
                        "ORGANIZATION National Institutes of Health",
                        "LOCATION Denmark",
                        "LOCATION Sweden",
                        "LOCATION Bethesda",
                        "LOCATION Maryland");
    }

    @Test
    void shouldFindTheMayorCouncillorsAndCouncilOfALocalStory() {
        assertThat(canonicalNames(tag(COUNCIL)))
                .contains(
                        "PERSON Angela Ruiz",
                        "PERSON Derek Osei",
                        "PERSON Janet Price",
                        "ORGANIZATION Brookfield City Council",
                        "ORGANIZATION Brookfield Police Department",
                        "LOCATION Elm Street");
    }

    @Test
    void shouldResolveSurnameToFullNameWithinArticle() {
        assertThat(only(tag(BUSINESS), "Raman").canonical()).isEqualTo("Priya Raman");
        assertThat(only(tag(SPORTS), "Marsh").canonical()).isEqualTo("Helen Marsh");
        assertThat(only(tag(SPORTS), "Ortega").canonical()).isEqualTo("Luis Ortega");
        assertThat(only(tag(HEALTH), "Holm").canonical()).isEqualTo("Ingrid Holm");
        final Entity price = only(tag(COUNCIL), "Price");
        assertThat(price.type()).isEqualTo(EntityType.PERSON);
        assertThat(price.canonical()).isEqualTo("Janet Price");
    }

    @Test
    void shouldResolveShortOrganisationNamesToTheFullName() {
        assertThat(only(tag(BUSINESS), "Northwind").canonical()).isEqualTo("Northwind Software Inc.");
        assertThat(only(tag(BUSINESS), "Halden").canonical()).isEqualTo("Halden Labs");
        assertThat(only(tag(SPORTS), "Castleford").canonical()).isEqualTo("Castleford Rovers");
        assertThat(only(tag(SPORTS), "Riverside").canonical()).isEqualTo("Riverside United");
    }

    @Test
    void shouldKeepThePossessiveOutOfTheEntity() {
        final ArticleText article = TestArticles.load(COUNCIL);
        final List<List<Entity>> tagged = TAGGER.tag(article);
        final Entity osei = only(tagged, "Osei");
        assertThat(osei.canonical()).isEqualTo("Derek Osei");
        final String paragraph = article.paragraphs().get(3);
        assertThat(paragraph.substring(osei.start(), osei.end() + 2)).isEqualTo("Osei's");
    }

    @Test
    void shouldMakeEveryMentionOfANamePersonOnceATitleNamesIt() {
        final List<List<Entity>> tagged = TAGGER.tag(new ArticleText(
                null,
                List.of(),
                List.of(
                        "Kessler spoke first at the summit.",
                        "Later, Chancellor Anna Kessler said the talks had gone well. Kessler left on Friday.")));
        assertThat(tagged.get(0))
                .extracting(Entity::text, Entity::type, Entity::canonical)
                .containsExactly(tuple("Kessler", EntityType.PERSON, "Anna Kessler"));
        assertThat(texts(tagged, EntityType.PERSON)).containsExactly("Kessler", "Anna Kessler");
    }

    @Test
    void shouldUseTheHeadlineAsEvidenceWithoutTaggingIt() {
        final List<List<Entity>> tagged = TAGGER.tag(new ArticleText(
                "Senator Okafor Pledges Vote on Clean Water Bill",
                List.of(),
                List.of("Okafor told reporters the vote would come before the recess.")));
        assertThat(tagged.get(0))
                .extracting(Entity::text, Entity::type)
                .containsExactly(tuple("Okafor", EntityType.PERSON));
    }

    @ParameterizedTest
    @ValueSource(strings = {BUSINESS, SPORTS, HEALTH, COUNCIL})
    void shouldNotTagHeadingWordsAsEntities(final String article) {
        final ArticleText text = TestArticles.load(article);
        final List<String> asBody = new ArrayList<>(text.paragraphs());
        asBody.addAll(text.headings()); // a splitter that missed the headings must not make them entities
        final List<List<Entity>> tagged = TAGGER.tag(new ArticleText(text.headline(), List.of(), asBody));
        for (int h = text.paragraphs().size(); h < asBody.size(); h++) {
            assertThat(tagged.get(h)).as("heading '%s'", asBody.get(h)).isEmpty();
        }
    }

    @Test
    void shouldTagOnlyKnownNamesInsideATitleCasedLine() {
        final List<List<Entity>> tagged = TAGGER.tag(new ArticleText(
                null,
                List.of(),
                List.of(
                        "Rutte Makes Surprise Odesa Visit, Pledges Support",
                        "NATO Secretary General Mark Rutte arrived in Odesa on Tuesday.")));
        assertThat(tagged.get(0))
                .extracting(Entity::text, Entity::canonical)
                .containsExactly(tuple("Rutte", "Mark Rutte"), tuple("Odesa", "Odesa"));
    }

    @Test
    void shouldNotTagCapitalisedWordsThatOpenSentences() {
        assertThat(texts(tag(BUSINESS), EntityType.values()))
                .doesNotContain("Looking", "Shares", "Analysts", "A spokeswoman", "Britain's");
        assertThat(texts(tag(HEALTH), EntityType.values())).doesNotContain("Experts", "Adults", "Separately", "The");
        assertThat(texts(tag(COUNCIL), EntityType.values())).doesNotContain("Under", "Several", "At", "Mayor");
        assertThat(texts(tag(SPORTS), EntityType.values())).doesNotContain("Tickets", "Around", "Defender", "We");
        assertThat(TAGGER.tag(
                        "Additionally, the talks failed. Regarding aid, experts disagreed. Security experts disagreed. "
                                + "Military analysts agree. These plans matter. Looking ahead, officials said little."))
                .isEmpty();
    }

    @Test
    void shouldNeverTagPronounsOrBareTitles() {
        assertThat(TAGGER.tag("He said the President would meet the Prime Minister. She told the Secretary General "
                        + "that his plan was late. They agreed. The NATO chief left. Chief Executive officers his."))
                .extracting(Entity::text, Entity::type)
                .containsExactly(tuple("NATO", EntityType.ORGANIZATION));
    }

    @Test
    void shouldSplitATitleBetweenItsOrganisationAndThePerson() {
        assertThat(TAGGER.tag("NATO Secretary General Mark Rutte met U.S. President Donald Trump and Acme Corp "
                        + "chief executive Jane Doe in Brussels."))
                .extracting(Entity::text, Entity::type, Entity::canonical)
                .containsExactly(
                        tuple("NATO", EntityType.ORGANIZATION, "NATO"),
                        tuple("Mark Rutte", EntityType.PERSON, "Mark Rutte"),
                        tuple("U.S.", EntityType.LOCATION, "United States"),
                        tuple("Donald Trump", EntityType.PERSON, "Donald Trump"),
                        tuple("Acme Corp", EntityType.ORGANIZATION, "Acme Corp"),
                        tuple("Jane Doe", EntityType.PERSON, "Jane Doe"),
                        tuple("Brussels", EntityType.LOCATION, "Brussels"));
    }

    @Test
    void shouldTakeThePersonAfterTheLastOfSeveralTitles() {
        assertThat(TAGGER.tag("Chief Cabinet Secretary Yoshimasa Hayashi spoke. Mr. Hayashi left."))
                .extracting(Entity::text, Entity::type, Entity::canonical)
                .containsExactly(
                        tuple("Yoshimasa Hayashi", EntityType.PERSON, "Yoshimasa Hayashi"),
                        tuple("Hayashi", EntityType.PERSON, "Yoshimasa Hayashi"));
    }

    @Test
    void shouldGiveACompanyWithItsLegalFormTheKnownCanonicalName() {
        assertThat(TAGGER.tag("The case against Google LLC opened."))
                .extracting(Entity::text, Entity::type, Entity::canonical)
                .containsExactly(tuple("Google LLC", EntityType.ORGANIZATION, "Google"));
    }

    @Test
    void shouldKeepTheOfficeCountryOutOfThePersonsName() {
        assertThat(TAGGER.tag("He met President of France Emmanuel Macron and Secretary of State Marco Rubio."))
                .extracting(Entity::text, Entity::type)
                .containsExactly(
                        tuple("France", EntityType.LOCATION),
                        tuple("Emmanuel Macron", EntityType.PERSON),
                        tuple("Marco Rubio", EntityType.PERSON));
    }

    @Test
    void shouldMapAliasesToOneCanonicalName() {
        assertThat(TAGGER.tag("Officials in the U.S., the United States and America agreed; the UK, Britain and "
                        + "the United Kingdom objected, as did the EU and NATO."))
                .extracting(Entity::text, Entity::canonical)
                .containsExactly(
                        tuple("U.S.", "United States"), tuple("United States", "United States"),
                        tuple("America", "United States"), tuple("UK", "United Kingdom"),
                        tuple("Britain", "United Kingdom"), tuple("United Kingdom", "United Kingdom"),
                        tuple("EU", "European Union"), tuple("NATO", "NATO"));
    }

    @Test
    void shouldNameACountryByItsFullNameWhateverFormTheTextUses() {
        assertThat(TAGGER.tag("Ministers of the United Arab Emirates met in Doha; the UAE will pay first."))
                .filteredOn(entity -> entity.type() == EntityType.LOCATION)
                .extracting(Entity::text, Entity::canonical)
                .containsExactly(
                        tuple("United Arab Emirates", "United Arab Emirates"),
                        tuple("Doha", "Doha"),
                        tuple("UAE", "United Arab Emirates"));
    }

    @Test
    void shouldTagDaysMonthsAndHolidaysAsDates() {
        assertThat(TAGGER.tag("Talks began on Tuesday in April and ended on Palm Sunday."))
                .extracting(Entity::text, Entity::type)
                .containsExactly(
                        tuple("Tuesday", EntityType.DATE),
                        tuple("April", EntityType.DATE),
                        tuple("Palm Sunday", EntityType.DATE));
    }

    @Test
    void shouldTagNationalitiesAndEventsAsMisc() {
        assertThat(TAGGER.tag("Ukrainian and Russian officials met European envoys before the World Cup."))
                .extracting(Entity::text, Entity::type)
                .containsExactly(
                        tuple("Ukrainian", EntityType.MISC),
                        tuple("Russian", EntityType.MISC),
                        tuple("European", EntityType.MISC),
                        tuple("World Cup", EntityType.MISC));
    }

    @Test
    void shouldNotTagTheSourceOfACitationMarker() {
        assertThat(TAGGER.tag(
                        "President Zelenskyy thanked NATO allies in Kyiv The Guardian2. He left Kyiv Independent1."))
                .extracting(Entity::text)
                .containsExactly("Zelenskyy", "NATO", "Kyiv");
    }

    @Test
    void shouldTagPlacesFromLocationCues() {
        assertThat(TAGGER.tag("The drone hit the port city of Zarvanytsia and a depot near Kolomyia."))
                .extracting(Entity::text, Entity::type)
                .containsExactly(tuple("Zarvanytsia", EntityType.LOCATION), tuple("Kolomyia", EntityType.LOCATION));
    }

    @Test
    void shouldTagPeopleFromAgeAppositiveAndQuoteAttribution() {
        assertThat(TAGGER
                        .tag("Police said Okonkwo, 34, was released. Officials met Lindqvist, a spokeswoman for "
                                + "the ministry. “We are ready,” said Haddad.")
                        .stream()
                        .filter(e -> e.type() != EntityType.NUMBER))
                .extracting(Entity::text, Entity::type)
                .containsExactly(
                        tuple("Okonkwo", EntityType.PERSON),
                        tuple("Lindqvist", EntityType.PERSON),
                        tuple("Haddad", EntityType.PERSON));
    }

    @Test
    void shouldResolveAnAcronymDefinedInBracketsToTheFullName() {
        assertThat(TAGGER.tag("The Coastal Research Institute (CRI) warned of floods. CRI staff left."))
                .extracting(Entity::text, Entity::type, Entity::canonical)
                .containsExactly(
                        tuple("Coastal Research Institute", EntityType.ORGANIZATION, "Coastal Research Institute"),
                        tuple("CRI", EntityType.ORGANIZATION, "Coastal Research Institute"),
                        tuple("CRI", EntityType.ORGANIZATION, "Coastal Research Institute"));
    }

    @Test
    void shouldReadAnAllCapsDatelineAsAPlace() {
        assertThat(TAGGER.tag("KYIV, Ukraine — Air raid sirens sounded overnight."))
                .extracting(Entity::text, Entity::type, Entity::canonical)
                .containsExactly(
                        tuple("KYIV", EntityType.LOCATION, "Kyiv"), tuple("Ukraine", EntityType.LOCATION, "Ukraine"));
    }

    @ParameterizedTest
    @ValueSource(strings = {BUSINESS, SPORTS, HEALTH, COUNCIL})
    void shouldReturnSortedNonOverlappingMentionsWhoseOffsetsCutTheirText(final String name) {
        final ArticleText article = TestArticles.load(name);
        final List<List<Entity>> tagged = TAGGER.tag(article);
        assertThat(tagged).hasSameSizeAs(article.paragraphs());
        for (int p = 0; p < tagged.size(); p++) {
            final String paragraph = article.paragraphs().get(p);
            int previousEnd = 0;
            for (final Entity e : tagged.get(p)) {
                assertThat(paragraph.substring(e.start(), e.end())).isEqualTo(e.text());
                assertThat(e.start())
                        .as("%s starts after the previous mention", e)
                        .isGreaterThanOrEqualTo(previousEnd);
                previousEnd = e.end();
            }
        }
    }

    @Test
    void shouldGiveTheSameAnswerFromManyThreads() {
        final ArticleText article = TestArticles.load(BUSINESS);
        final List<List<Entity>> expected = TAGGER.tag(article);
        final List<List<List<Entity>>> results = IntStream.range(0, 64)
                .parallel()
                .mapToObj(i -> TAGGER.tag(article))
                .toList();
        assertThat(results).allSatisfy(r -> assertThat(r).isEqualTo(expected));
    }

    @Test
    void shouldTagAnEmptyParagraphAsNothing() {
        assertThat(TAGGER.tag(new ArticleText(null, null, List.of("", "   ")))).containsExactly(List.of(), List.of());
    }
}
