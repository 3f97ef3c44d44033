package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link KgStore#update}: only what differs is written, in batches; what is not given is dropped. No CoreNLP. */
class KgStoreUpdateTest {
    @TempDir
    Path dir;

    private static Model graph(String name, int triples) {
        Model m = ModelFactory.createDefaultModel();
        for (int i = 0; i < triples; i++) {
            m.createResource("urn:ex:" + name + "/" + i)
                    .addProperty(m.createProperty("urn:ex:p"), "v" + i)
                    // TDB2 keeps decimals by value: "0.60" comes back as "0.6", and must still count as unchanged.
                    .addLiteral(m.createProperty("urn:ex:confidence"), m.createTypedLiteral("0.60", XSDDatatype.XSDdecimal));
        }
        return m;
    }

    private static Map<String, Model> graphs(String... names) {
        Map<String, Model> g = new LinkedHashMap<>();
        for (String n : names) {
            g.put("urn:ex:g/" + n, graph(n, 3));
        }
        return g;
    }

    @Test
    void writesOnlyWhatDiffersAndDropsWhatIsNotGiven() {
        try (KgStore store = KgStore.open(StoreSpec.tdb2(dir.resolve("store")))) {
            GraphUpdate first = store.update(graphs("a", "b", "c", "d", "e"), 2);
            assertEquals(new GraphUpdate(5, 0, 0, 3), first);

            GraphUpdate again = store.update(graphs("a", "b", "c", "d", "e"), 2);
            assertEquals(new GraphUpdate(0, 5, 0, 0), again, "an unchanged graph is not written again");

            Map<String, Model> changed = graphs("a", "b", "c", "f");
            changed.put("urn:ex:g/b", graph("b", 4));
            GraphUpdate third = store.update(changed, 2);
            assertEquals(new GraphUpdate(2, 2, 2, 2), third, "b, d, e, f: two writes and two drops in batches of 2");
            assertEquals(List.of("urn:ex:g/a", "urn:ex:g/b", "urn:ex:g/c", "urn:ex:g/f"), store.graphNames());
            assertEquals(8L, (long) store.read(ds -> ds.getNamedModel("urn:ex:g/b").size()));

            GraphUpdate dropsOnly = store.update(graphs("a", "c", "f"), 2);
            assertEquals(new GraphUpdate(0, 3, 1, 1), dropsOnly);
        }
    }

    @Test
    void oneBatchIsOneTransaction() {
        try (KgStore store = KgStore.open(StoreSpec.memory())) {
            GraphUpdate u = store.update(graphs("a", "b", "c"), Integer.MAX_VALUE);
            assertEquals(1, u.transactions());
            assertTrue(store.graphNames().size() == 3);
        }
    }
}
