package org.newskg.curate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.model.Assertion;
import org.newskg.model.Corpus;
import org.newskg.model.Document;
import org.newskg.model.DocumentFacts;
import org.newskg.model.Entity;
import org.newskg.model.EntityType;
import org.newskg.model.Evidence;
import org.newskg.model.Fact;
import org.newskg.model.LocalEntity;
import org.newskg.model.Mention;
import org.newskg.model.Relation;
import org.newskg.rdf.CurationGraph;
import org.newskg.resolve.Resolver;

/** {@link Curator} on hand-built articles (invented names): each action, in order, and one that applies to nothing. */
class CuratorTest {
    private static LocalEntity entity(int id, EntityType type, String name) {
        return new LocalEntity(id, type, name, new LinkedHashSet<>(List.of(name)), org.newskg.model.EntityKey.parse(""),
                List.of(new Mention(0, 0, name.length(), name)));
    }

    private static DocumentFacts article(String id, List<LocalEntity> entities, Assertion... facts) {
        return new DocumentFacts(new Document(id, List.of(id + ".txt"), "Headline " + id, "Text of " + id + ".", Optional.empty()),
                entities, List.of(facts));
    }

    private static Assertion fact(String doc, int subject, Relation r, int object) {
        return Assertion.between(subject, r, object, new Evidence(doc, 0, "A sentence.", 0, 11, "test", 0.9));
    }

    // Two articles name one person two ways ("Anna Berg", "A. Berg"); each says she met Jonas Breuer.
    private static final Corpus CORPUS = Resolver.resolve(List.of(
            article("a", List.of(entity(0, EntityType.PERSON, "Anna Berg"), entity(1, EntityType.PERSON, "Jonas Breuer"),
                    entity(2, EntityType.COUNTRY, "Velmora")), fact("a", 0, Relation.MET_WITH, 1), fact("a", 1, Relation.LEADER_OF, 2)),
            article("b", List.of(entity(0, EntityType.PERSON, "A. Berg"), entity(1, EntityType.PERSON, "Jonas Breuer")),
                    fact("b", 0, Relation.MET_WITH, 1))));

    private static Curation curation(int n, Curation.Action a, String subject, Relation r, String object, String value) {
        return new Curation(n, a, ref(subject), Optional.ofNullable(r), Optional.ofNullable(object).map(CuratorTest::ref),
                Optional.ofNullable(value), "tester", Instant.EPOCH, "");
    }

    private static Curation.Ref ref(String label) {
        return new Curation.Ref(CORPUS.entities().stream().filter(e -> e.prefLabel().equals(label)).findFirst().map(Entity::slug).orElse(""),
                label);
    }

    private static Entity named(Corpus c, String label) {
        return c.entities().stream().filter(e -> e.prefLabel().equals(label)).findFirst().orElseThrow(() -> new AssertionError(label));
    }

    private static long facts(Corpus c, String subject, Relation r) {
        Entity s = named(c, subject);
        return c.facts().stream().filter(f -> f.subject().equals(s.slug()) && f.relation() == r).count();
    }

    @Test
    void mergeJoinsNamesMentionsAndFacts() {
        assertEquals(2, facts(CORPUS, "Anna Berg", Relation.MET_WITH) + facts(CORPUS, "A. Berg", Relation.MET_WITH), "two people, one meeting each");
        Curator.Applied a = Curator.apply(CORPUS, List.of(curation(1, Curation.Action.MERGE, "Anna Berg", null, "A. Berg", null)));
        Entity anna = named(a.corpus(), "Anna Berg");
        assertTrue(anna.altLabels().contains("A. Berg"));
        assertEquals(java.util.Set.of("a", "b"), anna.mentions().keySet());
        assertTrue(a.corpus().entities().stream().noneMatch(e -> e.prefLabel().equals("A. Berg")));
        List<Fact> met = a.corpus().facts().stream().filter(f -> f.subject().equals(anna.slug()) && f.relation() == Relation.MET_WITH).toList();
        assertEquals(1, met.size(), "one fact, stated by both articles");
        assertEquals(2, met.get(0).evidence().size());
        assertEquals(List.of("#1 merge 'A. Berg' into 'Anna Berg' (1 fact moved)"), a.outcome().applied());
    }

    @Test
    void rejectRenameRetypeAndLinkApplyInOrder() {
        Curator.Applied a = Curator.apply(CORPUS, List.of(
                curation(1, Curation.Action.REJECT, "Jonas Breuer", Relation.LEADER_OF, "Velmora", null),
                curation(2, Curation.Action.RENAME, "Velmora", null, null, "Republic of Velmora"),
                curation(3, Curation.Action.RETYPE, "Jonas Breuer", null, null, "Organization"),
                curation(4, Curation.Action.LINK, "Anna Berg", null, null, "Q4115189 Anna Berg")));
        assertEquals(0, facts(a.corpus(), "Jonas Breuer", Relation.LEADER_OF), "rejected");
        assertEquals("Republic of Velmora", a.corpus().entities().stream().filter(e -> e.slug().equals(ref("Velmora").slug())).findFirst()
                .orElseThrow().prefLabel());
        Entity jonas = named(a.corpus(), "Jonas Breuer");
        assertEquals(EntityType.ORGANIZATION, jonas.type());
        assertTrue(a.corpus().facts().stream().noneMatch(f -> jonas.slug().equals(f.object()) && f.relation() == Relation.MET_WITH),
                "an organization meets no one: those facts go");
        assertEquals("Q4115189", a.corpus().identities().get(named(a.corpus(), "Anna Berg").slug()).qid());
        assertEquals(4, a.outcome().applied().size());
        assertTrue(a.outcome().applied().get(2).contains("2 facts that a Organization cannot have dropped"), a.outcome().applied().toString());
    }

    @Test
    void anAssertedFactIsDerivedFromItsCurationAndAWrongOneAppliesToNothing() {
        Curator.Applied a = Curator.apply(CORPUS, List.of(
                curation(1, Curation.Action.ASSERT, "Anna Berg", Relation.LEADER_OF, "Velmora", null),
                curation(2, Curation.Action.ASSERT, "Velmora", Relation.MET_WITH, "Anna Berg", null),
                curation(3, Curation.Action.ASSERT, "Jonas Breuer", Relation.LEADER_OF, "Velmora", null)));
        assertEquals(List.of(new org.newskg.model.Derived(ref("Anna Berg").slug(), Relation.LEADER_OF, ref("Velmora").slug(),
                "curation #1 by tester", 1)), a.corpus().derived());
        assertEquals(List.of("#2 assert 'Velmora' metWith 'Anna Berg': a Country cannot be metWith a Person",
                "#3 assert 'Jonas Breuer' leaderOf 'Velmora': the articles state it already"), a.outcome().idle());
    }

    @Test
    void aCurationWhoseEntityIsGoneAppliesToNothingAndIsSaidSo() {
        Curation gone = new Curation(7, Curation.Action.MERGE, new Curation.Ref("lena-marsh", "Lena Marsh"), Optional.empty(),
                Optional.of(ref("A. Berg")), Optional.empty(), "tester", Instant.EPOCH, "");
        Curator.Applied a = Curator.apply(CORPUS, List.of(gone));
        assertEquals(CORPUS, a.corpus());
        assertEquals(List.of("#7 merge 'A. Berg' into 'Lena Marsh': 'Lena Marsh' is not in the graph"), a.outcome().idle());
    }

    @Test
    void anEntityIsFoundByItsLabelWhenItsSlugChanged() {
        Curation byLabel = new Curation(1, Curation.Action.RENAME, new Curation.Ref("old-slug", "Jonas Breuer"), Optional.empty(),
                Optional.empty(), Optional.of("J. Breuer"), "tester", Instant.EPOCH, "");
        assertEquals(1, Curator.apply(CORPUS, List.of(byLabel)).outcome().applied().size());
    }

    @Test
    void curationsRoundTripThroughRdf() {
        List<Curation> all = List.of(
                curation(1, Curation.Action.MERGE, "Anna Berg", null, "A. Berg", null),
                curation(2, Curation.Action.REJECT, "Jonas Breuer", Relation.LEADER_OF, "Velmora", null),
                new Curation(3, Curation.Action.REJECT, ref("Anna Berg"), Optional.of(Relation.HOLDS_TITLE), Optional.of(new Curation.Ref("", "Minister")),
                        Optional.empty(), "tester", Instant.parse("2026-12-06T10:00:00Z"), "a title she never held"),
                curation(4, Curation.Action.LINK, "Anna Berg", null, null, "Q4115189 Anna Berg"),
                curation(5, Curation.Action.SPLIT, "Anna Berg", null, null, "Berg"));
        assertEquals(all, CurationGraph.read(CurationGraph.model(all)));
    }

    // One entity that is two people: article "b" calls a "Berg" who is not the Anna Berg of "a" and "c".
    private static final Entity BERG = new Entity("anna-berg", EntityType.PERSON, "Anna Berg", java.util.Set.of("Berg"), java.util.Map.of(
            "a", List.of(new Mention(0, 0, 9, "Anna Berg"), new Mention(1, 0, 4, "Berg")),
            "b", List.of(new Mention(0, 0, 4, "Berg"), new Mention(2, 0, 4, "Berg")),
            "c", List.of(new Mention(0, 0, 9, "Anna Berg"))));
    private static final Entity BREUER = new Entity("jonas-breuer", EntityType.PERSON, "Jonas Breuer", java.util.Set.of(),
            java.util.Map.of("a", List.of(new Mention(0, 14, 26, "Jonas Breuer")), "b", List.of(new Mention(0, 14, 26, "Jonas Breuer"))));
    private static final Entity VELMORA = new Entity("velmora", EntityType.COUNTRY, "Velmora", java.util.Set.of(),
            java.util.Map.of("b", List.of(new Mention(2, 20, 27, "Velmora"))));
    private static final Corpus TWO_BERGS = new Corpus(List.of(), List.of(BERG, BREUER, VELMORA), List.of(
            new Fact("anna-berg", Relation.MET_WITH, "jonas-breuer", null, List.of(evidence("a", 0), evidence("b", 0))),
            new Fact("anna-berg", Relation.LEADER_OF, "velmora", null, List.of(evidence("b", 2))),
            new Fact("jonas-breuer", Relation.MET_WITH, "anna-berg", null, List.of(evidence("c", 0)))));

    private static Evidence evidence(String doc, int sentence) {
        return new Evidence(doc, sentence, "A sentence.", 0, 11, "test", 0.9);
    }

    private static Curation split(String slug, String label, String name) {
        return new Curation(5, Curation.Action.SPLIT, new Curation.Ref(slug, label), Optional.empty(), Optional.empty(), Optional.of(name),
                "tester", Instant.EPOCH, "");
    }

    @Test
    void splitMovesTheArticlesThatUseOnlyTheNameWithTheirEvidence() {
        Curator.Applied a = Curator.apply(TWO_BERGS, List.of(split("anna-berg", "Anna Berg", "berg")));
        assertEquals(List.of("#5 split 'berg' from 'Anna Berg' (1 article and 2 facts moved to ent:berg)"), a.outcome().applied());
        Entity anna = named(a.corpus(), "Anna Berg");
        Entity berg = named(a.corpus(), "Berg");
        assertEquals("berg", berg.slug());
        assertEquals(java.util.Set.of("a", "c"), anna.mentions().keySet());
        assertEquals(java.util.Set.of("b"), berg.mentions().keySet());
        assertTrue(anna.altLabels().contains("Berg"), "article a still calls Anna Berg 'Berg'");
        assertEquals(List.of(
                        new Fact("anna-berg", Relation.MET_WITH, "jonas-breuer", null, List.of(evidence("a", 0))),
                        new Fact("berg", Relation.MET_WITH, "jonas-breuer", null, List.of(evidence("b", 0))),
                        new Fact("berg", Relation.LEADER_OF, "velmora", null, List.of(evidence("b", 2))),
                        new Fact("jonas-breuer", Relation.MET_WITH, "anna-berg", null, List.of(evidence("c", 0)))),
                a.corpus().facts());
    }

    @Test
    void splittingTheLabelGivesTheRestItsMostUsedOtherName() {
        Entity marsh = new Entity("lena-marsh", EntityType.PERSON, "Lena Marsh", java.util.Set.of("L. Marsh", "Marsh"), java.util.Map.of(
                "x", List.of(new Mention(0, 0, 10, "Lena Marsh")),
                "y", List.of(new Mention(0, 0, 8, "L. Marsh"), new Mention(1, 0, 5, "Marsh"), new Mention(2, 0, 8, "L. Marsh"))));
        Curator.Applied a = Curator.apply(new Corpus(List.of(), List.of(marsh), List.of()), List.of(split("lena-marsh", "Lena Marsh", "Lena Marsh")));
        assertEquals(List.of("#5 split 'Lena Marsh' from 'Lena Marsh' (1 article and 0 facts moved to ent:lena-marsh-person)"),
                a.outcome().applied());
        Entity rest = a.corpus().entities().get(0);
        assertEquals("lena-marsh", rest.slug(), "the entity keeps its IRI");
        assertEquals("L. Marsh", rest.prefLabel());
        assertEquals(java.util.Set.of("Marsh"), rest.altLabels());
        assertEquals(java.util.Set.of("y"), rest.mentions().keySet());
        assertEquals(java.util.Set.of("x"), a.corpus().entities().get(1).mentions().keySet());
        assertEquals("Lena Marsh", a.corpus().entities().get(1).prefLabel());
    }

    @Test
    void aSplitThatWouldMoveNothingOrEverythingAppliesToNothing() {
        Entity onlyBerg = new Entity("berg", EntityType.PERSON, "Berg", java.util.Set.of(), java.util.Map.of("b", List.of(new Mention(0, 0, 4, "Berg"))));
        Corpus one = new Corpus(List.of(), List.of(onlyBerg), List.of());
        Corpus noSolo = new Corpus(List.of(), List.of(new Entity("anna-berg", EntityType.PERSON, "Anna Berg", java.util.Set.of("Berg"),
                java.util.Map.of("a", BERG.mentions().get("a")))), List.of());
        assertEquals(List.of("#5 split 'Jonas' from 'Anna Berg': 'Anna Berg' is never called 'Jonas'"),
                Curator.apply(TWO_BERGS, List.of(split("anna-berg", "Anna Berg", "Jonas"))).outcome().idle());
        assertEquals(List.of("#5 split 'Berg' from 'Anna Berg': every article that calls 'Anna Berg' 'Berg' also calls it otherwise"),
                Curator.apply(noSolo, List.of(split("anna-berg", "Anna Berg", "Berg"))).outcome().idle());
        assertEquals(List.of("#5 split 'Berg' from 'Berg': every article calls 'Berg' only 'Berg': nothing would be left of it"),
                Curator.apply(one, List.of(split("berg", "Berg", "Berg"))).outcome().idle());
    }
}
