package org.newskg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newskg.export.GraphViewOptions.View;
import org.newskg.store.KgStore;

/** The view options: types, relations, minimum support, isolated nodes; the same for every format. */
class GraphViewFilterTest {
    private static GraphView read(GraphViewOptions options) {
        try (KgStore store = ExportFixture.memoryStore()) {
            return GraphViewReader.read(store, options);
        }
    }

    private static GraphViewOptions options(View view, Set<String> types, Set<String> relations, int minSupport, boolean dropIsolated) {
        return new GraphViewOptions(view, types, relations, minSupport, dropIsolated);
    }

    @Test
    void typesKeepTheirNodesAndTheEdgesBetweenThem() {
        GraphView v = read(options(View.ENTITY, Set.of("Person", "Country"), Set.of(), 1, false));
        assertEquals(6, v.nodes().size(), v.nodes().toString());
        assertTrue(v.nodes().stream().allMatch(n -> n.type().equals("Person") || n.type().equals("Country")));
        // metWith, two leaderOf: the facts whose two ends are a person or a country.
        assertEquals(3, v.edges().size(), v.edges().toString());
    }

    @Test
    void relationsKeepOnlyTheirEdges() {
        GraphView v = read(options(View.ENTITY, Set.of(), Set.of("signed", "metWith"), 1, false));
        assertEquals(ExportFixture.ENTITIES, v.nodes().size());
        assertEquals(3, v.edges().size(), v.edges().toString());
    }

    @Test
    void minSupportCutsFactsButNotLinksToArticles() {
        GraphView entity = read(options(View.ENTITY, Set.of(), Set.of(), 2, false));
        assertEquals(2, entity.edges().size(), entity.edges().toString());
        GraphView full = read(options(View.FULL, Set.of(), Set.of(), 2, false));
        // leaderOf, signed, holdsTitle President; and all 17 mentionedIn links.
        assertEquals(3 + 17, full.edges().size(), full.edges().toString());
    }

    @Test
    void dropIsolatedLeavesOutNodesWithoutEdges() {
        GraphView all = read(options(View.ENTITY, Set.of(), Set.of(), 1, true));
        assertEquals(ExportFixture.ENTITIES - 1, all.nodes().size(), "Silver Lake is in no fact");
        GraphView strong = read(options(View.ENTITY, Set.of(), Set.of(), 3, true));
        assertEquals(2, strong.nodes().size(), strong.nodes().toString());
        assertEquals(1, strong.edges().size());
    }

    @Test
    void theDefaultsReadTheEntityViewWithoutIsolatedNodes() {
        GraphView v = read(GraphViewOptions.DEFAULT);
        assertEquals(ExportFixture.LINKED_ENTITIES, v.nodes().size());
        assertTrue(v.nodes().stream().noneMatch(n -> n.label().equals("Silver Lake")), "Silver Lake is in no fact");
        assertEquals(ExportFixture.ENTITY_FACTS, v.edges().size());
    }

    @Test
    void theWholeViewKeepsIsolatedNodes() {
        GraphView v = read(GraphViewOptions.WHOLE);
        assertEquals(ExportFixture.ENTITIES, v.nodes().size());
        assertEquals(ExportFixture.ENTITY_FACTS, v.edges().size());
    }
}
