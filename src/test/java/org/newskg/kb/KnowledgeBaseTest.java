package org.newskg.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The knowledge base as shipped: it loads, and its lookups and terms behave. */
class KnowledgeBaseTest {
    private static final KnowledgeBase KB = KnowledgeBase.get();

    @Test
    void countriesHaveTheirWikidataItemsAndTitles() {
        KnowledgeBase.Country fr = KB.country("FR").orElseThrow();
        assertEquals("Q142", fr.qid());
        assertEquals("France", fr.wikipedia());
        assertTrue(fr.demonyms().contains("French"), fr.demonyms().toString());
        assertTrue(KB.country("ZZ").isEmpty());
    }

    @Test
    void namesAreFoundHoweverTheyAreWritten() {
        assertFalse(KB.cities("PARIS").isEmpty());
        assertEquals(KB.cities("Paris"), KB.cities("paris"));
        assertTrue(KB.cities("Paris").stream().anyMatch(c -> c.iso2().equals("FR") && c.capital()), KB.cities("Paris").toString());
        assertTrue(KB.organizations("United Nations").stream().anyMatch(o -> o.qid().equals("Q1065")));
    }

    @Test
    void theUkGovernmentsBodiesAreGovernmentBodiesOfTheUkByTheirExactName() {
        assertEquals("GB", KB.governmentBody("Rural Payments Agency").orElseThrow().iso2());
        assertTrue(KB.governmentBody("rural payments agency").isEmpty());    // as the body writes it
        assertTrue(KB.governmentBody("United Nations").isEmpty());    // intergovernmental, not a government's
        assertEquals("Maritime and Coastguard Agency", KB.governmentBodyByAbbreviation("MCA").orElseThrow().name());
        assertTrue(KB.governmentBodyByAbbreviation("CSC").isEmpty());    // two bodies' abbreviation
    }

    @Test
    void aBodysAliasIsAnAcronymOrSeveralWordsNeverAnOrdinaryWord() {
        assertEquals(List.of("GOP", "U.N.", "Grand Old Party"),
                KnowledgeBase.organizationAliases(List.of("GOP", "Party", "Lab", "English", "U.N.", "D", "Grand Old Party")));
        assertTrue(KB.organizations("Party").isEmpty(), KB.organizations("Party").toString());
        assertTrue(KB.organizations("English").isEmpty(), KB.organizations("English").toString());
        assertTrue(KB.organizations("GOP").stream().anyMatch(o -> o.qid().equals("Q29468")), KB.organizations("GOP").toString());
    }

    @Test
    void citiesPartiesAndHoldersCarryWikidataItemsAndTitlesWhereTheSourcesHaveThem() {
        assertTrue(KB.cities("Nairobi").stream().anyMatch(c -> c.iso2().equals("KE") && c.qid().equals("Q3870")),
                KB.cities("Nairobi").toString());
        assertTrue(KB.organizations("Euskal Herria Bildu").stream().anyMatch(o -> o.wikipedia().equals("EH Bildu")));
        assertTrue(KB.holdings("Klaus Iohannis").stream().allMatch(h -> h.wikipedia().equals("Klaus Iohannis")));
    }

    @Test
    void firstLevelDivisionsHaveTheirCountryAndWikidataItemAndNoneIsNamedAsACountry() {
        assertTrue(KB.regions("Bavaria").stream().anyMatch(r -> r.iso2().equals("DE") && r.qid().equals("Q980")), KB.regions("Bavaria").toString());
        assertTrue(KB.regions("scotland").stream().anyMatch(r -> r.iso2().equals("GB")), KB.regions("Scotland").toString());
        // the U.S. state is left out: "Georgia" names the country first
        assertTrue(KB.regions("Georgia").isEmpty(), KB.regions("Georgia").toString());
    }

    @Test
    void anOfficeIsFoundByItsTitleWithoutItsCountry() {
        assertTrue(KB.countriesOfOffice("Secretary of State").contains("US"), KB.countriesOfOffice("Secretary of State").toString());
        assertTrue(KB.countriesOfOffice("secretary of state").size() <= 3);
        assertTrue(KB.countriesOfOffice("Prime Minister").size() > 20, KB.countriesOfOffice("Prime Minister").toString());
        assertEquals(Set.of(), KB.countriesOfOffice("Minister of Velmoran Affairs"));
    }

    @Test
    void holdersSince2000HaveTheirTermsToTheDay() {
        assertTrue(KB.holdings("Tony Blair").stream().anyMatch(h -> h.qid().equals("Q9545") && h.iso2().equals("GB")
                && h.office().equals("head of government") && h.covers(LocalDate.of(2003, 3, 20))
                && !h.covers(LocalDate.of(2007, 6, 28))), KB.holdings("Tony Blair").toString());
    }

    @Test
    void aTermCoversTheDaysOfItsYearsOrDates() {
        KnowledgeBase.Holding byYear = new KnowledgeBase.Holding("Q1", null, "Ana Example", "head of state", "President", "FD",
                "2019", "2021");
        assertTrue(byYear.covers(LocalDate.of(2019, 1, 1)));
        assertTrue(byYear.covers(LocalDate.of(2021, 12, 31)));
        assertFalse(byYear.covers(LocalDate.of(2022, 1, 1)));
        KnowledgeBase.Holding open = new KnowledgeBase.Holding("Q1", null, "Ana Example", "head of state", "President", "FD",
                "2020-05-03", null);
        assertFalse(open.covers(LocalDate.of(2020, 5, 2)));
        assertTrue(open.covers(LocalDate.of(2030, 1, 1)), "no end: in office as of the source");
        KnowledgeBase.Holding byMonth = new KnowledgeBase.Holding("Q1", null, "Ana Example", "head of state", "President", "FD",
                "2016-08", "2020-02");
        assertFalse(byMonth.covers(LocalDate.of(2016, 7, 31)));
        assertTrue(byMonth.covers(LocalDate.of(2016, 8, 1)));
        assertTrue(byMonth.covers(LocalDate.of(2020, 2, 29)));
        assertFalse(byMonth.covers(LocalDate.of(2020, 3, 1)));
    }
}
