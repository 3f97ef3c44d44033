package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

/** {@link GraphDigest}: the same triples in any order give one digest; any change of a term, another. */
class GraphDigestTest {
    private static Model graph(List<String[]> triples) {
        Model m = ModelFactory.createDefaultModel();
        for (String[] t : triples) {
            m.add(m.createResource(t[0]), m.createProperty(t[1]), t[2].startsWith("urn:") ? m.createResource(t[2]) : m.createLiteral(t[2], "en"));
        }
        return m;
    }

    private static List<String[]> triples() {
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            out.add(new String[] {"urn:ex:mention/" + i, "urn:ex:anchorOf", "Lena Marsh " + i});
            out.add(new String[] {"urn:ex:mention/" + i, "urn:ex:refersTo", "urn:ex:entity/" + (i % 7)});
        }
        return out;
    }

    @Test
    void theSameTriplesInAnyOrderGiveOneDigest() {
        List<String[]> t = triples();
        String d = GraphDigest.of(graph(t));
        List<String[]> reversed = new ArrayList<>(t);
        java.util.Collections.reverse(reversed);
        assertEquals(d, GraphDigest.of(graph(reversed)));
        assertEquals(48, d.length());
    }

    @Test
    void everyChangeGivesAnotherDigest() {
        List<String[]> t = triples();
        Set<String> seen = new HashSet<>();
        seen.add(GraphDigest.of(graph(t)));
        for (int i = 0; i < t.size(); i++) {
            for (int part = 0; part < 3; part++) {
                List<String[]> changed = new ArrayList<>(t);
                String[] c = changed.get(i).clone();
                // The last character of one term made the next one.
                c[part] = c[part].substring(0, c[part].length() - 1) + (char) (c[part].charAt(c[part].length() - 1) + 1);
                changed.set(i, c);
                String d = GraphDigest.of(graph(changed));
                assertTrue(seen.add(d), "triple " + i + ", term " + part + " changed gives a digest of its own");
            }
        }
        List<String[]> more = new ArrayList<>(t);
        more.add(new String[] {"urn:ex:a", "urn:ex:b", "urn:ex:c"});
        assertNotEquals(GraphDigest.of(graph(t)), GraphDigest.of(graph(more)));
        // Subject and object exchanged: the same terms, another triple.
        Model m = graph(List.<String[]>of(new String[] {"urn:ex:a", "urn:ex:p", "urn:ex:b"}));
        Model swapped = graph(List.<String[]>of(new String[] {"urn:ex:b", "urn:ex:p", "urn:ex:a"}));
        assertNotEquals(GraphDigest.of(m), GraphDigest.of(swapped));
        // A language tag is part of the term.
        Model tagged = ModelFactory.createDefaultModel();
        tagged.add(tagged.createResource("urn:ex:a"), tagged.createProperty("urn:ex:p"), "x", "de");
        Model plain = ModelFactory.createDefaultModel();
        plain.add(plain.createResource("urn:ex:a"), plain.createProperty("urn:ex:p"), "x", "en");
        assertNotEquals(GraphDigest.of(tagged), GraphDigest.of(plain));
    }

    @Test
    void aGraphWithBlankNodesHasNoDigest() {
        Model m = ModelFactory.createDefaultModel();
        m.add(m.createResource(), m.createProperty("urn:ex:p"), "x");
        assertNull(GraphDigest.of(m));
    }
}
