package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newskg.model.EntityKey;
import org.newskg.model.EntityType;
import org.newskg.model.LocalEntity;
import org.newskg.model.Mention;
import org.newskg.nlp.ParsedSentence;
import org.newskg.nlp.ParsedText;

/**
 * Agreements in invented sentences parsed by the real CoreNLP pipeline (see {@link Parsed}), after the
 * entity layer as {@link EntityExtractor} makes it: {@link AgreementFinder} reads dependency graphs,
 * which hand-made sentences lack.
 */
class AgreementFinderIT {
    private static final Gazetteer GAZETTEER = Gazetteer.load();
    private static final EntityExtractor ENTITIES = new EntityExtractor(GAZETTEER);
    private static final AgreementFinder AGREEMENTS = new AgreementFinder(GAZETTEER);

    private static EntityLayer layer(ParsedText t) {
        return AGREEMENTS.apply(t, ENTITIES.apply(t, Extraction.empty())).layer();
    }

    private static List<LocalEntity> agreements(EntityLayer l) {
        return l.entities().stream().filter(e -> e.type() == EntityType.AGREEMENT).toList();
    }

    /** The one agreement of the layer. */
    private static LocalEntity onlyAgreement(EntityLayer l) {
        List<LocalEntity> a = agreements(l);
        assertEquals(1, a.size(), () -> "agreements: " + a);
        return a.get(0);
    }

    private static List<String> mentionTexts(LocalEntity e) {
        return e.mentions().stream().map(Mention::text).toList();
    }

    @Test
    void parsedSentencesHaveTheDependencyGraphsTheFinderReads() {
        ParsedText t = Parsed.text("Brazil and Japan signed a fisheries agreement on Tuesday. The deal runs for ten years.");
        assertEquals(2, t.sentences().size());
        for (ParsedSentence s : t.sentences()) {
            assertNotNull(s.deps(), s.text());
            assertEquals(s.tokens().size(), s.deps().size(), s.text());
        }
    }

    @Test
    void aNamedAgreementIsItsOwnEntityAndTheArticlesAgreement() {
        EntityLayer l = layer(Parsed.text("The two governments signed the Arlen Accord on Monday."));
        LocalEntity accord = onlyAgreement(l);
        assertEquals("Arlen Accord", accord.name());
        assertEquals(Set.of("Arlen Accord"), accord.names());
        assertEquals(null, accord.key());    // matched across articles by its name
        assertEquals(List.of("Arlen Accord"), mentionTexts(accord));
        assertEquals(Optional.of(accord), l.agreement());    // the only agreement the article speaks of
        assertEquals(Optional.of(accord), l.at(0, 7));    // its head, "Accord"
    }

    @Test
    void theCapitalizedShortFormOfANamedAgreementIsThatAgreement() {
        EntityLayer l = layer(Parsed.text("France and Japan signed a Memorandum of Understanding on Friday. The Memorandum takes effect in June."));
        LocalEntity mou = onlyAgreement(l);
        assertEquals("Memorandum of Understanding", mou.name());
        assertEquals(Set.of("Memorandum of Understanding"), mou.names());
        assertEquals(List.of("Memorandum of Understanding", "Memorandum"), mentionTexts(mou));
        assertEquals(Optional.of(mou), l.agreement());
        assertEquals(Optional.of(mou), l.at(1, 2));
    }

    @Test
    void aHeadlineThatNamesANamedAgreementInFullNamesThatAgreement() {
        EntityLayer l = layer(Parsed.text("France and Japan Sign Memorandum of Cooperation\n\n"
                + "France and Japan signed a Memorandum of Cooperation on Friday. The Memorandum takes effect in June."));
        LocalEntity moc = onlyAgreement(l);
        assertEquals("Memorandum of Cooperation", moc.name());
        assertEquals(3, moc.mentions().size(), () -> mentionTexts(moc).toString());
    }

    @Test
    void unnamedMentionsAreTheOneArticleAgreementLabelledWithItsTopic() {
        ParsedText t = Parsed.text("Brazil and Japan signed a fisheries agreement on Tuesday. The deal runs for ten years.");
        EntityLayer l = layer(t);
        LocalEntity deal = onlyAgreement(l);
        assertEquals("fisheries agreement", deal.name());
        assertEquals(Set.of("fisheries agreement", "deal"), deal.names());
        assertEquals(EntityKey.articleAgreement(t.document().id()), deal.key());
        assertEquals(List.of("fisheries agreement", "deal"), mentionTexts(deal));
        assertEquals(Optional.of(deal), l.agreement());
        assertEquals(Optional.of(deal), l.at(0, 7));    // "agreement"
        assertEquals(Optional.of(deal), l.at(1, 2));    // "deal"
        // the countries stay what they were
        assertEquals(List.of("COUNTRY Brazil", "COUNTRY Japan", "AGREEMENT fisheries agreement"),
                l.entities().stream().map(e -> e.type() + " " + e.name()).toList());
    }

    @Test
    void evaluativeWordsAreLeftOutOfTheLabelAndTheMention() {
        EntityLayer l = layer(Parsed.text("Brazil and Japan agreed to a historic trade deal on Monday. The pact cuts tariffs on cars."));
        LocalEntity deal = onlyAgreement(l);
        assertEquals("trade deal", deal.name());
        assertEquals(Set.of("trade deal", "pact"), deal.names());
        assertEquals(List.of("trade deal", "pact"), mentionTexts(deal));
    }

    @Test
    void aTopicAfterOnNamesTheAgreementAndPraiseBeforeItIsDropped() {
        EntityLayer l = layer(Parsed.text("Officials signed a landmark agreement on fisheries in Lisbon. The deal runs for ten years."));
        LocalEntity deal = onlyAgreement(l);
        assertEquals("fisheries agreement", deal.name());
        assertEquals(Set.of("fisheries agreement", "agreement", "deal"), deal.names());
        assertEquals(List.of("agreement", "deal"), mentionTexts(deal));
    }

    @Test
    void severalTopicsEachWithTheirOwnModifiers() {
        EntityLayer l = layer(Parsed.text("The ministers discussed an agreement concerning rare earth minerals and critical metals."));
        assertEquals("rare earth minerals and critical metals agreement", onlyAgreement(l).name());
    }

    @Test
    void dealAsAVerbAndAnAgreementNounUsedAsAModifierMakeNoAgreement() {
        EntityLayer l = layer(Parsed.text("The ministers promised to deal with the problem quickly. Treaty negotiations will resume in June."));
        assertEquals(List.of(), agreements(l));
        assertEquals(Optional.empty(), l.agreement());
    }

    @Test
    void aPluralHeadSpeaksOfOtherAgreementsNotOfTheArticles() {
        EntityLayer l = layer(Parsed.text("Previous agreements failed."));
        assertEquals(List.of(), agreements(l));
    }

    @Test
    void aHeadThatOnlyNamesAnAgreementMakesNoneWhenUnnamed() {
        // "convention" heads names ("the X Convention"); "the convention" alone is more often a meeting.
        EntityLayer l = layer(Parsed.text("The convention on trade was discussed."));
        assertEquals(List.of(), agreements(l));
    }

    /*
     * Was a bug (fixed): AgreementFinder.bestLabel (AgreementFinder.java:148) does not do what its
     * comment and the class comment say ("a framework agreement on fisheries" is labelled "fisheries
     * agreement": one with its topic first). It takes the label with the most words, and on a tie the
     * first, so here the name is "framework agreement"; "fisheries agreement" is only among its names.
     */
    @Test
    void aTopicLabelWinsOverAModifierLabelOfTheSameLength() {
        EntityLayer l = layer(Parsed.text("Officials signed a framework agreement on fisheries. The agreement takes effect in June."));
        LocalEntity deal = onlyAgreement(l);
        assertEquals("fisheries agreement", deal.name());
        assertTrue(deal.names().contains("framework agreement"), deal.names().toString());
    }

    /*
     * Was a bug (fixed): CoreNLP puts "France and Japan" in one coreference chain with "The deal",
     * "the pact" and "its". EntityExtractor.addCoreference (EntityExtractor.java:500-507) counts the
     * coordinated mention as a vote for its first entity, France, alone, so the chain becomes France's:
     * the tokens "deal" and "pact" are mapped to France, and AgreementFinder, which skips tokens that
     * already have an entity, never sees them. The agreement keeps only "fisheries agreement", and
     * relation rules see France wherever the text says "the deal" or "the pact". A mention that spans two entities should not vote for one
     * of them (nor should a nominal mention whose head is an agreement noun join a country).
     */
    @Test
    void theDealAndThePactAfterACoordinatedSubjectAreTheArticlesAgreement() {
        EntityLayer l = layer(Parsed.text("France and Japan signed a landmark fisheries agreement on Tuesday. The deal will last ten years. "
                + "Officials said the pact was the first of its kind."));
        LocalEntity deal = onlyAgreement(l);
        assertEquals(Set.of("fisheries agreement", "deal", "pact"), deal.names());
        assertEquals(Optional.of(deal), l.at(1, 2));    // "deal"
        assertEquals(Optional.of(deal), l.at(2, 4));    // "pact"
    }

    /*
     * Was a bug (fixed): the parser attaches "for Brazil" to "agreement" (nmod:for), and
     * AgreementFinder.hit (AgreementFinder.java:228, TOPIC_RELATIONS at :32) takes any such noun
     * as a topic, so the agreement gets the label "brazil agreement". A party is no topic: the
     * modifiers' check (describes) already leaves out entities and countries ("US-Freedonia deal");
     * topics are not checked.
     */
    @Test
    void aPartyAfterForIsNoTopic() {
        EntityLayer l = layer(Parsed.text("Ana Example signed the fisheries agreement for Brazil."));
        assertEquals(Set.of("fisheries agreement"), onlyAgreement(l).names());
    }
}
