package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.model.DocumentFacts;

/**
 * Party membership from a party's word next to a person, read by the real pipeline. Invented people;
 * the parties are the knowledge base's, found in the article's country.
 */
class PartyAffiliationsIT {
    private static final ExtractionPipeline PIPELINE = ExtractionPipeline.load();

    /** The party-title facts of an article: "person memberOf party". */
    private static List<String> parties(String body) {
        DocumentFacts f = PIPELINE.extract(Parsed.text("Senate vote\n\n" + body + "\n", LocalDate.of(2008, 12, 12)));
        return f.assertions().stream().filter(a -> a.evidence().extractor().equals(PartyAffiliations.EXTRACTOR))
                .map(a -> f.entities().get(a.subject()).name() + " " + a.relation().localName() + " " + f.entities().get(a.object()).name())
                .distinct().sorted().toList();
    }

    @Test
    void aPartysWordBeforeATitleIsThePersonsParty() {
        assertEquals(List.of("Jonas Breuer memberOf Democratic Party", "Maria Ostrander memberOf Republican Party"),
                parties("The bill failed in the United States Senate. Republican Senator Maria Ostrander was unhappy. "
                        + "Democratic presidential candidate Jonas Breuer spoke in Ohio."));
    }

    @Test
    void aPartyMemberNamedInAnAppositionIsOneOfItsMembers() {
        assertEquals(List.of("Tomas Qirel memberOf Democratic Party"),
                parties("The bill failed in the United States Senate. Senator Tomas Qirel, a Democrat from Ohio, agreed."));
    }

    @Test
    void theArticlesOwnMentionOfThePartyIsTheOneItJoins() {
        DocumentFacts f = PIPELINE.extract(Parsed.text("Senate vote\n\nThe Republican Party won in the United States. "
                + "Republican Senator Maria Ostrander was pleased.\n", LocalDate.of(2008, 12, 12)));
        assertEquals(1, f.entities().stream().filter(e -> e.names().contains("Republican Party")).count(), f.entities().toString());
    }

    @Test
    void noPartyWithoutACountryWhosePartyTheWordNames() {
        // "Republican Party" is a party of several countries: without the article's country it names none
        assertEquals(List.of(), parties("Republican Senator Maria Ostrander was unhappy."));
        // a country's adjective is no party, and neither is a word that names none in the article's country
        assertEquals(List.of(), parties("The bill failed in the United States Senate. French Senator Maria Ostrander and "
                + "Orvanta Senator Jonas Breuer were unhappy."));
    }
}
