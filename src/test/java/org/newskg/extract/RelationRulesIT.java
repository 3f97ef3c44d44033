package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.model.Assertion;
import org.newskg.model.Factuality;
import org.newskg.model.LocalEntity;
import org.newskg.nlp.ParsedText;

/**
 * Relations read by the dependency rules from invented sentences, end to end: the real CoreNLP
 * pipeline (see {@link Parsed}), then {@link EntityExtractor}, {@link AgreementFinder} and
 * {@link RelationRules} as the standard pipeline runs them. Only the rules' own assertions are
 * looked at (titles are {@link TitleExtractor}'s, dates {@link AgreementDates}').
 */
class RelationRulesIT {
    private static final Gazetteer GAZETTEER = Gazetteer.load();
    private static final List<Extractor> STEPS = List.of(new EntityExtractor(GAZETTEER), new AgreementFinder(GAZETTEER),
            RelationRules.load());

    /** The rules' facts as "subject relation object" (entity names), sorted. */
    private static List<String> facts(String text) {
        ParsedText t = Parsed.text(text);
        Extraction x = Extraction.empty();
        for (Extractor e : STEPS) {
            x = e.apply(t, x);
        }
        List<LocalEntity> es = x.layer().entities();
        for (Assertion a : x.assertions()) {
            assertEquals(t.document().id(), a.evidence().docId());
            assertTrue(a.evidence().extractor().startsWith("semgrex:rules/relations/"), a.evidence().extractor());
        }
        return x.assertions().stream().map(a -> es.get(a.subject()).name() + " " + a.relation().localName() + " "
                + es.get(a.object()).name()).sorted().toList();
    }

    @Test
    void meetingSomeoneGivesMetWith() {
        assertEquals(List.of("Ana Example metWith Ivo Sample"), facts("Ana Example met Ivo Sample in Paris."));
    }

    @Test
    void aPassiveSigningByTwoPeopleGivesSignedForEach() {
        assertEquals(List.of("Ana Example signed accord", "Ivo Sample signed accord"),
                facts("The accord was signed by Ana Example and Ivo Sample."));
    }

    @Test
    void aCountryThatSignsIsAPartyToTheAgreement() {
        assertEquals(List.of("France partyTo accord"), facts("The accord was signed by France."));
        assertEquals(List.of("Brazil partyTo fisheries agreement", "Japan partyTo fisheries agreement"),
                facts("Brazil and Japan signed a fisheries agreement on Tuesday. The deal runs for ten years."));
    }

    @Test
    void whereTheAgreementWasSignedGivesItsLocation() {
        assertEquals(List.of("France partyTo accord", "Japan partyTo accord", "accord location Paris"),
                facts("France and Japan signed the accord on 3 May 2021 in Paris."));
    }

    @Test
    void dependsOnRunsFromTheOneThatReliesToTheOneReliedOn() {
        // "sells to" is no dependence: no rule reads it, in either direction
        assertEquals(List.of("Brazil dependsOn Japan"), facts("Brazil relies on Japan for rice. Japan sells cars to Brazil."));
    }

    @Test
    void pronounsStandForThePersonTheyReferTo() {
        assertEquals(List.of("Ana Example visited Paris"),
                facts("Ana Example arrived in Paris on Monday. She met reporters at the airport and said she was hopeful."));
    }

    @Test
    void endsOfTheWrongTypeGiveNothing() {
        // metWith is between people, visited goes to a place
        assertEquals(List.of(), facts("France met Japan in Paris."));
        assertEquals(List.of(), facts("Minister Ana Example visited Ivo Sample."));
    }

    @Test
    void aMemberOfABodyIsItsMemberUnlessTheSentenceSaysNot() {
        assertEquals(List.of("Ana Example memberOf Velcor Council"), facts("Ana Example, a member of the Velcor Council, voted against it."));
        ParsedText t = Parsed.text("Ivo Sample is not a member of the Velcor Council.");
        Extraction x = Extraction.empty();
        for (Extractor e : STEPS) {
            x = e.apply(t, x);
        }
        assertEquals(List.of(Factuality.Status.NEGATED), x.assertions().stream().map(a -> a.evidence().factuality().status()).toList());
    }

    @Test
    void aPersonOfACountrysBodyIsTheCountrysAndOfAnIndustryNobodys() {
        assertEquals(List.of("Ivo Sample memberOf Peru"),
                facts("Peru and Chile met on Monday. Ivo Sample of the Peruvian foreign ministry said the talks went well."));
        // the rule's pattern matches here too; no entity stands for "the Peruvian wine industry"
        assertEquals(List.of(), facts("Peru and Chile met on Monday. Ivo Sample of the Peruvian wine industry said the harvest went well."));
    }

    @Test
    void verbsNoRuleNamesGiveNothing() {
        assertEquals(List.of(), facts("Ivo Sample read the accord. Ivo Sample praised the deal."));
    }
}
