package org.newskg.query;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.junit.jupiter.api.Test;
import org.newskg.TestPipeline;

/** Every saved query parses, says what it answers, and answers something on the seeds. */
class SavedQueriesTest {
    private final SavedQueries saved = new SavedQueries(Path.of("queries"));

    private List<QuerySolution> rows(String name) {
        SavedQuery q = saved.find(name).orElseThrow();
        ResultSetRewindable rs = QueryRunner.select(TestPipeline.seeds(), QueryRunner.parse(q.sparql(), name));
        List<QuerySolution> out = new java.util.ArrayList<>();
        rs.forEachRemaining(out::add);
        return out;
    }

    @Test
    void everySavedQueryHasADescriptionAndParses() {
        List<SavedQuery> all = saved.list();
        assertTrue(all.size() >= 3, "saved queries: " + all.size());
        for (SavedQuery q : all) {
            assertFalse(q.description().isBlank(), q.name() + " has no comment saying what it answers");
            QueryRunner.parse(q.sparql(), q.name());
        }
    }

    @Test
    void entitiesListsTheMergedCountryOnceWithAllFiveArticles() {
        List<QuerySolution> rows = rows("entities");
        List<QuerySolution> japan = rows.stream().filter(r -> r.getLiteral("label").getString().equals("Japan")).toList();
        assertTrue(japan.size() == 1 && japan.get(0).getLiteral("articles").getInt() == 5, japan.toString());
    }

    @Test
    void articlesListsEachSeed() {
        assertTrue(rows("articles").size() == 5);
    }

    @Test
    void entityArticlesAndNamesAnswer() {
        assertFalse(rows("entity-articles").isEmpty());
        assertTrue(rows("names").stream().anyMatch(r -> r.contains("alsoCalled")
                && r.getLiteral("alsoCalled").getString().contains("U.S.")));
    }

    @Test
    void aNameIsNotAPath() {
        assertTrue(saved.find("../pom").isEmpty());
    }
}
