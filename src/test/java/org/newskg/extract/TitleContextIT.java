package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.model.Assertion;
import org.newskg.model.DocumentFacts;
import org.newskg.model.Relation;

/**
 * Titles whose country the article does not write beside them, read end to end with the real pipeline:
 * a country adjective that owns the title, the knowledge base's office holder on the article's day,
 * and an office the knowledge base knows in few countries. Invented people, except for the office
 * holder the knowledge base must know.
 */
class TitleContextIT {
    private static final ExtractionPipeline PIPELINE = ExtractionPipeline.load();

    /** "person relation country (extractor)" for the article's leaderOf and memberOf facts. */
    private static List<String> offices(String text, LocalDate published) {
        DocumentFacts f = PIPELINE.extract(Parsed.text(text, published));
        return f.assertions().stream().filter(a -> a.relation() == Relation.LEADER_OF || a.relation() == Relation.MEMBER_OF)
                .map(a -> name(f, a.subject()) + " " + a.relation().localName() + " " + name(f, a.object()) + " ("
                        + a.evidence().extractor() + ")")
                .distinct().sorted().toList();
    }

    private static String name(DocumentFacts f, int id) {
        return f.entities().get(id).name();
    }

    @Test
    void aCountryAdjectiveThatOwnsATitleMakesTheCountryAnEntity() {
        assertEquals(List.of("Jonas Breuer memberOf France (title-name)"),
                offices("Talks in Velmora\n\nFrench Foreign Minister Jonas Breuer arrived in Velmora on Monday.\n",
                        LocalDate.of(2022, 4, 6)));
    }

    @Test
    void anAdjectiveThatOwnsNoTitleAddsNoCountry() {
        DocumentFacts f = PIPELINE.extract(Parsed.text("Wine in Velmora\n\nFrench wine sold well in Velmora on Monday.\n",
                LocalDate.of(2022, 4, 6)));
        assertTrue(f.entities().stream().noneMatch(e -> e.name().equals("France")), f.entities().toString());
    }

    @Test
    void anOfficeOfFewCountriesTakesTheOneTheArticleNames() {
        String text = "Dialogue in Velmora\n\nDeputy Secretary of State Maria Ostrander met Jonas Breuer in Velmora. "
                + "The United States will host the next round.\n";
        assertTrue(offices(text, LocalDate.of(2022, 4, 6)).contains("Maria Ostrander memberOf United States (title-kb-office)"),
                offices(text, LocalDate.of(2022, 4, 6)).toString());
    }

    @Test
    void anOfficeOfFewCountriesIsFoundBeforeItsPortfolio() {
        String text = "Dialogue in Velmora\n\nAssistant Secretary of State for European Affairs Maria Ostrander met Jonas Breuer "
                + "in Velmora. The United States will host the next round.\n";
        assertTrue(offices(text, LocalDate.of(2022, 4, 6)).contains("Maria Ostrander memberOf United States (title-kb-office)"),
                offices(text, LocalDate.of(2022, 4, 6)).toString());
    }

    @Test
    void anOfficeOfFewCountriesSaysNothingWhenTheArticleNamesNoneOfThem() {
        String text = "Dialogue in Velmora\n\nDeputy Secretary of State Maria Ostrander met Jonas Breuer in Velmora.\n";
        assertEquals(List.of(), offices(text, LocalDate.of(2022, 4, 6)));
    }

    @Test
    void anOfficeManyCountriesHaveSaysNothing() {
        String text = "Visit to Velmora\n\nVice President Maria Ostrander met Jonas Breuer in Velmora. "
                + "The United States will host the next round.\n";
        assertEquals(List.of(), offices(text, LocalDate.of(2022, 4, 6)));
    }

    @Test
    void aSurnameWithATitleIsTheKnowledgeBasesOneHolderOfThatSurnameOnTheArticlesDay() {
        String text = "Speech in Velmora\n\nPresident Iohannis spoke in Velmora on Monday.\n";
        assertEquals(List.of("Iohannis leaderOf Romania (title-kb)"), offices(text, LocalDate.of(2022, 4, 6)));
        assertEquals(List.of(), offices(text, LocalDate.of(2010, 4, 6)));
    }

    @Test
    void theKnowledgeBasesHolderOnTheArticlesDayGetsTheCountryTheArticleDoesNotName() {
        String text = "Speech in Velmora\n\nPresident Klaus Werner Iohannis spoke in Velmora on Monday.\n";
        assertEquals(List.of("Klaus Werner Iohannis leaderOf Romania (title-kb)"), offices(text, LocalDate.of(2022, 4, 6)));
        // before his term the knowledge base knows no such holder
        assertEquals(List.of(), offices(text, LocalDate.of(2010, 4, 6)));
    }

    @Test
    void anOfficialsTitleWithoutACountryIsTheGovernmentsWhoseOfficesTheArticleNamesSo() {
        String text = "Dialogue in Velmora\n\nDeputy Secretary of State Maria Ostrander and Special Envoy Tomas Qirel met "
                + "Jonas Breuer in Velmora. The United States will host the next round.\n";
        assertEquals(List.of("Maria Ostrander memberOf United States (title-kb-office)", "Tomas Qirel memberOf United States (title-home)"),
                offices(text, LocalDate.of(2022, 4, 6)));
    }

    @Test
    void anOfficialsTitleWithoutACountryStaysSoWhenNoOfficeSaysWhoseArticleItIs() {
        // no office of few countries: the article could be anyone's
        assertEquals(List.of(), offices("Dialogue in Velmora\n\nSpecial Envoy Tomas Qirel met Jonas Breuer in Velmora. "
                + "The United States will host the next round.\n", LocalDate.of(2022, 4, 6)));
        // a holder the knowledge base knows by name is as often foreign
        assertEquals(List.of("Iohannis leaderOf Romania (title-kb)"), offices("Speech in Velmora\n\nPresident Iohannis and "
                + "Special Envoy Tomas Qirel spoke in Velmora on Monday.\n", LocalDate.of(2022, 4, 6)));
        // a leader's title is never given the article's country this way
        assertEquals(List.of("Maria Ostrander memberOf United States (title-kb-office)"), offices("Dialogue in Velmora\n\n"
                + "Deputy Secretary of State Maria Ostrander and President Tomas Qirel met in Velmora. "
                + "The United States will host the next round.\n", LocalDate.of(2022, 4, 6)));
    }

    @Test
    void aTitlesBodyThatNerTookIntoTheTitleIsTheArticlesBodyOfThatName() {
        String text = "Ship emails\n\nThe Coast Guard wants new ships.\n: Secretary of the Coast Guard Lena Marsh: \"No, save it.\"\n";
        assertEquals(List.of("Lena Marsh leaderOf Coast Guard (title-name)"), offices(text, LocalDate.of(2004, 4, 6)));
        // one word after "of" is a portfolio as often as a body: "Minister of Energy" leads no "Energy"
        assertEquals(List.of(), offices("Energy talks\n\nThe Energy group met on Monday.\n: Minister of Energy Lena Marsh: "
                + "\"No, save it.\"\n", LocalDate.of(2004, 4, 6)));
    }

    @Test
    void theCountryAHeadlineIsAboutGivesItsOfficialsTheirCountryWhenNoTitleSaysWhoseTheArticleIs() {
        assertEquals(List.of("Lena Marsh memberOf Norway (title-home)"),
                offices("Norway wins a larger fishing quota\n\nThe quota holds for five years.\n"
                        + "Fisheries Secretary Lena Marsh said the quota was fair.\n", LocalDate.of(2018, 11, 1)));
        // Near miss: a headline with no country as its subject says nothing of whose the article is.
        assertEquals(List.of(),
                offices("Fishing quotas grow for the northern fleets\n\nNorway welcomed the change.\n"
                        + "Fisheries Secretary Lena Marsh said the quota was fair.\n", LocalDate.of(2018, 11, 1)));
    }

    @Test
    void aMinistersTitleTakesTheCountryTheKnowledgeBaseKnowsThemAsAnOfficialOfOnTheArticlesDay() {
        // the knowledge base's officials (ministers, ambassadors, judges) with their terms, not only leaders
        String text = "Trade talks in Velmora\n\nTrade Minister Dag Terje Andersen met Jonas Breuer in Velmora on Monday.\n";
        assertEquals(List.of("Dag Terje Andersen memberOf Norway (title-kb)"), offices(text, LocalDate.of(2007, 5, 2)));
        // years after his terms ended, another country could have a minister of that name
        assertEquals(List.of(), offices(text, LocalDate.of(2016, 5, 2)));
    }

    /** "subject partnerOf object" for the article's asserted partnerships, each pair in name order. */
    private static List<String> partners(String text) {
        DocumentFacts f = PIPELINE.extract(Parsed.text(text, LocalDate.of(2022, 4, 6)));
        return f.assertions().stream().filter(a -> a.relation() == Relation.PARTNER_OF
                        && a.evidence().factuality().status() == org.newskg.model.Factuality.Status.ASSERTED)
                .map(a -> java.util.stream.Stream.of(name(f, a.subject()), name(f, a.object())).sorted().toList())
                .map(p -> p.get(0) + " partnerOf " + p.get(1)).distinct().sorted().toList();
    }

    @Test
    void weInAReleaseIsItsOwnCountryInItsWordsAndInItsOwnOfficialsQuotes() {
        String text = "Norway to open a fisheries office in Peru\n\nHealth Minister Lena Marsh said: \u201CWe are partnering "
                + "with Peru, which builds on our collaboration with Chile.\u201D Our cooperation with Ecuador continues.\n";
        assertEquals(List.of("Chile partnerOf Norway", "Ecuador partnerOf Norway", "Norway partnerOf Peru"), partners(text));
        // Near misses: a foreign official's "we" is not the release's country, and with no own country "we" is nobody
        String foreign = "Norway to open a fisheries office in Peru\n\nForeign Minister Ivo Sample of Brazil said: "
                + "\u201CWe value our partnership with Uruguay.\u201D\n";
        assertEquals(List.of(), partners(foreign));
        assertEquals(List.of(), partners("Fisheries offices\n\nWe are partnering with Peru.\n"));
    }
}
