package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * NewsKG's workaround for apache/jena#3751 ({@link Jena3751}), on the query from the upstream fix's
 * own test: a block of two patterns after a path that finds nothing. With TDB2's executor (Jena
 * 6.0.0) it fails; with the workaround, installed by {@link KgStore} in memory and on disk, it answers.
 */
class Jena3751Test {
    /** The query of Jena's test for the fix (Test_SPARQL_TDB, commit c83e440e22), on an empty store. */
    static final String UPSTREAM = "PREFIX : <http://example/> SELECT * { ?x :property+ ?y . ?z :q1 123 . ?z :q2 456 . }";
    /** The same shape with data: one row from the OPTIONAL's left side, nothing from its right. */
    static final String WITH_DATA = "PREFIX : <http://example/> SELECT ?s ?y { ?s :p :o OPTIONAL { ?s :none+ ?x . ?x :q ?y . ?x :r ?z } }";

    private static List<String> rows(Dataset ds, String query) {
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.create(query, ds)) {
                return ResultSetFormatter.toList(qe.execSelect()).stream().map(Object::toString).toList();
            }
        });
    }

    private static void addData(KgStore store) {
        store.write(ds -> ds.getNamedModel("urn:x:g").add(ds.getDefaultModel().createResource("http://example/s"),
                ds.getDefaultModel().createProperty("http://example/p"), ds.getDefaultModel().createResource("http://example/o")));
    }

    @Test
    void jena600StillHasTheBugElseDeleteTheWorkaround() {
        try (KgStore store = KgStore.open(StoreSpec.memory())) {
            QC.setFactory(store.dataset().getContext(), OpExecutorTDB2.OpExecFactoryTDB);    // TDB2's own executor
            RuntimeException e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> rows(store.dataset(), UPSTREAM),
                    "Jena no longer fails on apache/jena#3751: delete org.newskg.store.Jena3751, its call in KgStore, "
                            + "this test, and the README's known issue");
            assertTrue(String.valueOf(e.getMessage()).contains("Peek iterator is already empty"), e.toString());
        }
    }

    @Test
    void inMemoryTheWorkaroundAnswers() {
        try (KgStore store = KgStore.open(StoreSpec.memory())) {
            assertEquals(List.of(), rows(store.dataset(), UPSTREAM));
            addData(store);
            assertEquals(List.of("( ?s = <http://example/s> )"), rows(store.dataset(), WITH_DATA));
        }
    }

    @Test
    void onDiskTheWorkaroundAnswersAcrossReopening(@TempDir Path dir) {
        StoreSpec spec = StoreSpec.tdb2(dir.resolve("store"));
        try (KgStore store = KgStore.open(spec)) {
            addData(store);
            assertEquals(List.of("( ?s = <http://example/s> )"), rows(store.dataset(), WITH_DATA));
        }
        try (KgStore again = KgStore.open(spec)) {
            assertEquals(List.of("( ?s = <http://example/s> )"), rows(again.dataset(), WITH_DATA));
            assertEquals(List.of(), rows(again.dataset(), UPSTREAM));
        }
    }
}
