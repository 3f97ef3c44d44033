package org.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.junit.jupiter.api.Test;
import org.newskg.TestPipeline;
import org.newskg.build.KgBuild;
import org.newskg.store.KgStore;
import org.newskg.store.StoreSpec;

/**
 * Time and context on an invented article (src/test/resources/time): "PARIS - Former President Ana
 * Example endorsed President Ivo Sample": the dateline gives both titles their country, "former"
 * makes the first a past holder, and current-leaders names the second only.
 */
class CurrentLeadersIT {
    private static List<List<String>> rows(KgStore store, String query, String... vars) {
        SavedQuery q = new SavedQueries(Path.of("queries")).find(query).orElseThrow();
        ResultSetRewindable rs = QueryRunner.select(store, QueryRunner.parse(q.sparql(), q.name()));
        List<List<String>> out = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution r = rs.next();
            List<String> row = new ArrayList<>();
            for (String v : vars) {
                row.add(r.contains(v) ? r.get(v).isLiteral() ? r.getLiteral(v).getLexicalForm() : r.get(v).toString() : "");
            }
            out.add(row);
        }
        return out;
    }

    @Test
    void aFormerPresidentEndorsingThePresidentLeavesOneCurrentLeader() {
        try (KgStore store = KgStore.open(StoreSpec.memory())) {
            KgBuild.create().articles(List.of(Path.of("src/test/resources/time/articles"))).annotator(TestPipeline::annotator).runInto(store);
            assertEquals(List.of(List.of("France", "Ivo Sample")), rows(store, "current-leaders", "of", "leader"));
            assertEquals(List.of(List.of("Ana Example", "France", "former"), List.of("Ivo Sample", "France", "")),
                    rows(store, "leaders", "leader", "of", "tenure"));
        }
    }
}
