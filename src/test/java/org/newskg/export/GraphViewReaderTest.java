package org.newskg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newskg.export.GraphViewOptions.View;
import org.newskg.store.KgStore;

/** Reading the stored RDF into the graph view: what becomes a node, an edge, and each edge's support. */
class GraphViewReaderTest {
    private static GraphView read(View view) {
        try (KgStore store = ExportFixture.memoryStore()) {
            return store.read(ds -> GraphViewReader.read(ds.asDatasetGraph(), view));
        }
    }

    private static ViewEdge edge(GraphView v, String source, String relation, String target) {
        return v.edges().stream()
                .filter(e -> e.source().equals(source) && e.relation().equals(relation) && e.target().equals(target))
                .findFirst().orElseThrow(() -> new AssertionError("no edge " + source + " " + relation + " " + target + " in " + v.edges()));
    }

    @Test
    void theEntityViewHasOneNodePerEntityAndOneEdgePerFactBetweenEntities() {
        GraphView v = read(View.ENTITY);
        assertEquals(ExportFixture.ENTITIES, v.nodes().size(), v.nodes().toString());
        assertEquals(ExportFixture.ENTITY_FACTS, v.edges().size(), v.edges().toString());
        Map<String, ViewNode> byId = v.nodes().stream().collect(Collectors.toMap(ViewNode::id, Function.identity()));
        ViewNode velk = byId.get("entity:marta-velk");
        assertEquals("Marta Velk", velk.label());
        assertEquals("Person", velk.type());
        assertEquals("https://w3id.org/newskg/id/entity/marta-velk", velk.iri());
        assertEquals("Agreement", byId.get("entity:emsley-accord").type());
        assertTrue(v.edges().stream().allMatch(ViewEdge::isFact));
    }

    @Test
    void supportIsTheNumberOfArticleGraphsThatHoldTheFact() {
        GraphView v = read(View.ENTITY);
        assertEquals(3, edge(v, "entity:marta-velk", "leaderOf", "entity:veldoria").support());
        assertEquals(2, edge(v, "entity:veldoria", "signed", "entity:emsley-accord").support());
        assertEquals(1, edge(v, "entity:karth", "signed", "entity:emsley-accord").support());
    }

    @Test
    void symmetricRelationsAreMarked() {
        GraphView v = read(View.ENTITY);
        assertTrue(edge(v, "entity:marta-velk", "metWith", "entity:oren-dalby").symmetric());
        assertFalse(edge(v, "entity:marta-velk", "leaderOf", "entity:veldoria").symmetric());
    }

    @Test
    void idsAreXmlNameTokensAndStayDistinct() {
        GraphView v = read(View.FULL);
        for (ViewNode n : v.nodes()) {
            assertTrue(n.id().matches("[A-Za-z0-9.:_-]+"), n.id());
        }
        // ø is escaped, not dropped: another IRI could differ only there.
        assertTrue(v.nodes().stream().anyMatch(n -> n.id().equals("entity:s_f8_ren-holt")), v.nodes().toString());
    }

    @Test
    void theFullViewAddsArticlesValuesAndMentions() {
        GraphView v = read(View.FULL);
        assertEquals(ExportFixture.FULL_NODES, v.nodes().size(), v.nodes().toString());
        assertEquals(ExportFixture.FULL_EDGES, v.edges().size(), v.edges().toString());
        ViewNode a1 = v.nodes().stream().filter(n -> n.id().equals("article:a1")).findFirst().orElseThrow();
        assertEquals(GraphView.ARTICLE, a1.type());
        assertEquals("Velk and Dalby meet in Port Emsley", a1.label());
        ViewNode president = v.nodes().stream().filter(n -> n.label().equals("President")).findFirst().orElseThrow();
        assertEquals(GraphView.VALUE, president.type());
        assertEquals(2, edge(v, "entity:marta-velk", "holdsTitle", president.id()).support());
        assertEquals(17, v.edges().stream().filter(e -> e.relation().equals(GraphView.MENTIONED_IN)).count());
    }

    @Test
    void theSameStoreGivesTheSameView() {
        assertEquals(read(View.FULL), read(View.FULL));
    }
}
