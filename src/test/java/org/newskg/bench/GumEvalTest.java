package org.newskg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newskg.model.EntityType;

/** The GUM scorer's comparisons (bench/gum/run), without CoreNLP. */
class GumEvalTest {
    @Test
    void titlesCompareAsWikipediaDoes() {
        assertEquals("United States", GumEval.normTitle("United_States"));
        assertEquals("IPhone", GumEval.normTitle("iPhone"));    // the first letter's case does not count
        assertEquals(GumEval.normTitle("Trinity College, Cambridge"), GumEval.normTitle(" Trinity_College,_Cambridge"));
        assertFalse(GumEval.normTitle("Netherlands").equals(GumEval.normTitle("Spanish Netherlands")));
    }

    @Test
    void goldTypesMapToNewsKgClasses() {
        assertTrue(GumEval.typeAgrees("place", EntityType.CITY));
        assertTrue(GumEval.typeAgrees("place", EntityType.COUNTRY));
        assertTrue(GumEval.typeAgrees("organization", EntityType.ORGANIZATION));
        assertFalse(GumEval.typeAgrees("organization", EntityType.COUNTRY));
        assertFalse(GumEval.typeAgrees("event", EntityType.AGREEMENT));
    }
}
