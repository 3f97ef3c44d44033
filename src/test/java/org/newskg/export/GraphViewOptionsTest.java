package org.newskg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newskg.export.GraphViewOptions.View;

/** Parsing the command line's view options, and the messages when they are wrong. */
class GraphViewOptionsTest {
    private static String error(String view, String types, String relations, String minSupport) {
        return assertThrows(IllegalArgumentException.class, () -> GraphViewOptions.parse(view, types, relations, minSupport, false)).getMessage();
    }

    @Test
    void namesAreMatchedWithoutRegardToCaseAndSpaces() {
        GraphViewOptions o = GraphViewOptions.parse("FULL", "person, country", "METWITH,signed", " 2 ", true);
        assertEquals(View.FULL, o.view());
        assertEquals(Set.of("Person", "Country"), o.types());
        assertEquals(Set.of("metWith", "signed"), o.relations());
        assertEquals(2, o.minSupport());
        assertTrue(o.dropIsolated());
    }

    @Test
    void nothingGivenIsTheDefault() {
        assertEquals(GraphViewOptions.DEFAULT, GraphViewOptions.parse(null, null, null, null, true));
        assertEquals(GraphViewOptions.WHOLE, GraphViewOptions.parse("entity", "", "", "1", false));
        assertTrue(GraphViewOptions.DEFAULT.dropIsolated(), "isolated nodes are left out by default");
    }

    @Test
    void everyFactIsKeptWhateverBecomesOfIsolatedNodes() {
        assertTrue(GraphViewOptions.DEFAULT.keepsEveryFact());
        assertTrue(GraphViewOptions.WHOLE.keepsEveryFact());
        assertFalse(GraphViewOptions.parse("full", null, null, null, false).keepsEveryFact());
        assertFalse(GraphViewOptions.parse(null, null, null, "2", false).keepsEveryFact());
        assertEquals(GraphViewOptions.WHOLE, GraphViewOptions.DEFAULT.withDropIsolated(false));
    }

    @Test
    void anUnknownTypeListsTheValidOnes() {
        String m = error(null, "Person,Politician", null, null);
        assertTrue(m.contains("unknown type 'Politician'") && m.contains("Person, Organization, Country, City, Place, Agreement"), m);
    }

    @Test
    void anUnknownRelationListsTheValidOnes() {
        String m = error(null, null, "signed,befriended", null);
        assertTrue(m.contains("unknown relation 'befriended'") && m.contains("metWith") && m.contains("mentionedIn"), m);
    }

    @Test
    void fullViewNamesInTheEntityViewSayToAddViewFull() {
        assertTrue(error(null, "Article", null, null).contains("add --view full"));
        assertTrue(error("entity", null, "mentionedIn", null).contains("add --view full"));
        assertTrue(error(null, null, "holdsTitle", null).contains("add --view full"));
    }

    @Test
    void badViewAndSupportSayWhatIsExpected() {
        assertTrue(error("entities", null, null, null).contains("unknown view 'entities'; use entity or full"));
        assertTrue(error(null, null, null, "two").contains("whole number"));
        assertTrue(error(null, null, null, "0").contains("1 or more"));
    }
}
