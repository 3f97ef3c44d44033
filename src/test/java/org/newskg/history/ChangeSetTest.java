package org.newskg.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link ChangeSet} on hand-made states (invented names): every kind of change, and none where nothing changed. */
class ChangeSetTest {
    private static final String E = "https://w3id.org/newskg/id/entity/";
    private static final String A = "https://w3id.org/newskg/id/article/";
    private static final String MET = "https://w3id.org/newskg/ontology#metWith";
    private static final String LEADS = "https://w3id.org/newskg/ontology#leaderOf";
    private static final String DATE = "https://w3id.org/newskg/ontology#date";

    private static final Change.FactKey MEETING = new Change.FactKey(E + "lena-marsh", MET, E + "jonas-breuer");
    private static final Change.FactKey LEADER = new Change.FactKey(E + "lena-marsh", LEADS, E + "velmora");
    private static final Change.FactKey SIGNED_ON = new Change.FactKey(E + "harbour-accord", DATE,
            "\"2026-03-01\"^^<http://www.w3.org/2001/XMLSchema#date>");
    private static final Change.FactKey VISIT = new Change.FactKey(E + "anna-berg", MET, E + "jonas-breuer");

    private static CorpusState state(Map<String, CorpusState.Article> articles, Map<String, String> entities,
                                     Map<Change.FactKey, Integer> support, Map<String, String> disputes) {
        return new CorpusState(articles, entities, support, java.util.Set.of(), disputes, 3);
    }

    @Test
    void everyKindOfChangeIsFoundAndNamed() {
        CorpusState before = state(
                Map.of(A + "a1", new CorpusState.Article("Talks in Velmora", List.of("news/talks.txt")),
                        A + "a2", new CorpusState.Article("Old draft", List.of("news/draft.txt")),
                        A + "a3", new CorpusState.Article("Gone story", List.of("news/gone.txt"))),
                Map.of(E + "lena-marsh", "Lena Marsh", E + "jonas-breuer", "Jonas Breuer", E + "velmora", "Velmora",
                        E + "anna-berg", "Anna Berg", E + "harbour-accord", "Harbour Accord"),
                Map.of(MEETING, 1, LEADER, 3, VISIT, 1),
                Map.of("k-old", "Harbour Accord date: 1 March / 2 March"));
        CorpusState after = state(
                Map.of(A + "a1", new CorpusState.Article("Talks in Velmora", List.of("news/talks.txt")),
                        A + "a4", new CorpusState.Article("New draft", List.of("news/draft.txt")),
                        A + "a5", new CorpusState.Article("Fresh story", List.of("news/fresh.txt"))),
                Map.of(E + "lena-marsh", "Lena Marsh", E + "jonas-breuer", "Jonas Breuer", E + "velmora", "Velmora",
                        E + "harbour-accord", "Harbour Accord", E + "port-adel", "Port Adel"),
                Map.of(MEETING, 2, LEADER, 2, SIGNED_ON, 1),
                Map.of("k-new", "Lena Marsh metWith: Jonas Breuer / not Jonas Breuer"));
        List<Change> changes = ChangeSet.between(before, after);

        assertEquals(List.of(
                "ArticleAdded Fresh story", "ArticleChanged New draft", "ArticleRemoved Gone story",
                "NewEntity Port Adel", "EntityGone Anna Berg",
                "NewFact Harbour Accord date 2026-03-01", "FactCorroborated Lena Marsh metWith Jonas Breuer",
                "FactWeakened Lena Marsh leaderOf Velmora", "FactGone Anna Berg metWith Jonas Breuer",
                "NewContradiction Lena Marsh metWith: Jonas Breuer / not Jonas Breuer",
                "ContradictionGone Harbour Accord date: 1 March / 2 March"),
                changes.stream().map(c -> c.kind().localName() + " " + c.label()).toList());
        Change corroborated = changes.stream().filter(c -> c.kind() == Change.Kind.FACT_CORROBORATED).findFirst().orElseThrow();
        assertEquals(1, corroborated.before());
        assertEquals(2, corroborated.after());
        assertEquals(MEETING, corroborated.fact().orElseThrow());
        assertEquals(A + "a4", changes.get(1).about().orElseThrow(), "a changed article is the new one");
    }

    @Test
    void aRenamedOrRetypedEntityIsChangedAndKeepsItsPlainNameElsewhere() {
        CorpusState before = state(Map.of(), Map.of(E + "velmora", "Velmora (Country)", E + "lena-marsh", "Lena Marsh (Person)"),
                Map.of(LEADER, 1), Map.of());
        CorpusState after = state(Map.of(), Map.of(E + "velmora", "Republic of Velmora (Country)", E + "lena-marsh", "Lena Marsh (Person)",
                E + "port-adel", "Port Adel (City)"), Map.of(LEADER, 2), Map.of());
        assertEquals(List.of("NewEntity Port Adel", "EntityChanged Velmora (Country) -> Republic of Velmora (Country)",
                        "FactCorroborated Lena Marsh leaderOf Republic of Velmora"),
                ChangeSet.between(before, after).stream().map(c -> c.kind().localName() + " " + c.label()).toList());
    }

    @Test
    void theSameStateChangesNothing() {
        CorpusState s = state(Map.of(A + "a1", new CorpusState.Article("Talks", List.of("t.txt"))), Map.of(E + "velmora", "Velmora"),
                Map.of(LEADER, 1), Map.of("k", "a dispute"));
        assertTrue(ChangeSet.between(s, s).isEmpty());
        assertTrue(ChangeSet.between(CorpusState.empty(), CorpusState.empty()).isEmpty());
    }

    @Test
    void aFirstBuildAddsEverything() {
        CorpusState after = state(Map.of(A + "a1", new CorpusState.Article("Talks", List.of("t.txt"))),
                Map.of(E + "lena-marsh", "Lena Marsh", E + "velmora", "Velmora"), Map.of(LEADER, 1), Map.of());
        List<Change> changes = ChangeSet.between(CorpusState.empty(), after);
        assertEquals(List.of(Change.Kind.ARTICLE_ADDED, Change.Kind.NEW_ENTITY, Change.Kind.NEW_ENTITY, Change.Kind.NEW_FACT),
                changes.stream().map(Change::kind).toList());
        assertEquals("Lena Marsh leaderOf Velmora", changes.get(3).label());
    }

    @Test
    void aFactACurationAssertsIsNewAndGoesWhenTheCurationDoesUnlessAnArticleStatesIt() {
        Map<String, String> entities = Map.of(E + "lena-marsh", "Lena Marsh", E + "velmora", "Velmora", E + "jonas-breuer", "Jonas Breuer");
        CorpusState none = state(Map.of(), entities, Map.of(MEETING, 1), Map.of());
        CorpusState asserted = new CorpusState(Map.of(), entities, Map.of(MEETING, 1), java.util.Set.of(LEADER), Map.of(), 4);
        List<Change> added = ChangeSet.between(none, asserted);
        assertEquals(List.of("NewFact Lena Marsh leaderOf Velmora"), added.stream().map(c -> c.kind().localName() + " " + c.label()).toList());
        assertEquals(0, added.get(0).after(), "no article states it");
        assertEquals(List.of("FactGone Lena Marsh leaderOf Velmora"),
                ChangeSet.between(asserted, none).stream().map(c -> c.kind().localName() + " " + c.label()).toList());
        // An article comes to state it too: more support, not a new fact.
        CorpusState stated = new CorpusState(Map.of(), entities, Map.of(MEETING, 1, LEADER, 1), java.util.Set.of(LEADER), Map.of(), 5);
        assertEquals(List.of("FactCorroborated Lena Marsh leaderOf Velmora"),
                ChangeSet.between(asserted, stated).stream().map(c -> c.kind().localName() + " " + c.label()).toList());
        assertTrue(ChangeSet.between(asserted, asserted).isEmpty());
    }
}
