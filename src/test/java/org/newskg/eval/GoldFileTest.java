package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.NewsKgException;
import org.newskg.eval.GoldFile.Entity;
import org.newskg.eval.GoldFile.Fact;
import org.newskg.model.EntityType;

class GoldFileTest {
    @TempDir
    Path dir;

    @Test
    void readsEntitiesAndFactsWithDefaults() {
        GoldFile g = GoldFile.read(ScorerTest.resource("gold.json"));
        assertEquals(10, g.entities().size());
        assertEquals(12, g.facts().size());
        Entity varro = g.entities().get(0);
        assertEquals("varro", varro.id());
        assertEquals(EntityType.PERSON, varro.type());
        assertEquals(List.of("Ada Varro", "Varro"), varro.names());
        assertTrue(varro.required());
        assertTrue(varro.pattern().isEmpty());
        assertFalse(g.entities().get(2).required());
        assertEquals("brimley.*(accord|pact)", g.entities().get(9).pattern().orElseThrow().pattern());

        Fact metWith = g.facts().get(3);
        assertEquals(new Fact("varro", List.of("metWith"), Optional.of("lind"), List.of(), Optional.empty(), true, true), metWith);
        Fact title = g.facts().get(2);
        assertTrue(title.isLiteral());
        assertEquals(Optional.of("President"), title.literal());
        assertFalse(title.symmetric());
        Fact location = g.facts().get(7);
        assertEquals(List.of("hall", "brimley"), location.objects());
        assertEquals("accord location hall or brimley", location.describe());
        assertFalse(g.facts().get(9).required());
    }

    /** The development set's gold file must stay readable. */
    @Test
    void readsTheDevsetGold() throws Exception {
        Path devset = Path.of(GoldFileTest.class.getResource("/devset/gold.json").toURI());
        GoldFile g = GoldFile.read(devset);
        assertFalse(g.entities().isEmpty());
        assertFalse(g.facts().isEmpty());
    }

    @Test
    void aMissingFileSaysSo() {
        Path missing = dir.resolve("nope.json");
        NewsKgException e = assertThrows(NewsKgException.class, () -> GoldFile.read(missing));
        assertTrue(e.getMessage().contains("gold file " + missing + " not found"), e.getMessage());
    }

    @Test
    void malformedJsonSaysWhere() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"entities\": [\n  {\"id\": \"a\",, }\n]}");
        NewsKgException e = assertThrows(NewsKgException.class, () -> GoldFile.read(bad));
        assertTrue(e.getMessage().startsWith("gold file " + bad + " is not valid JSON (line 2"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "[]                                                               | the file must be a JSON object",
        "{}                                                               | the file needs a non-empty \"entities\" array",
        "{\"entities\": [], \"facts\": []}                                | the file needs a non-empty \"entities\" array",
        "{\"entities\": [{\"id\": \"a\", \"type\": \"Person\", \"names\": [\"A\"]}], \"fact\": []} | the file unknown key \"fact\"",
        "{\"entities\": [{\"id\": \"a\", \"type\": \"Persn\", \"names\": [\"A\"]}]}  | entities[0] ('a') type 'Persn' is not one of Person, Organization",
        "{\"entities\": [{\"type\": \"Person\", \"names\": [\"A\"]}]}     | entities[0] needs \"id\"",
        "{\"entities\": [{\"id\": \"a\", \"type\": \"Person\"}]}          | entities[0] ('a') needs \"names\"",
        "{\"entities\": [{\"id\": \"a\", \"type\": \"Person\", \"names\": [\"...\"]}]} | has no letters or digits",
        "{\"entities\": [{\"id\": \"a\", \"type\": \"Person\", \"names\": [\"A\"], \"requried\": false}]} | entities[0] ('a') unknown key \"requried\"",
        "{\"entities\": [{\"id\": \"a\", \"type\": \"Person\", \"names\": [\"A\"], \"required\": \"no\"}]} | \"required\" must be true or false",
        "{\"entities\": [{\"id\": \"a\", \"type\": \"Person\", \"names\": [\"A\"], \"pattern\": \"(a\"}]} | entities[0] ('a') pattern does not compile",
        "{\"entities\": [{\"id\": \"a\", \"type\": \"Person\", \"names\": [\"A\"]}, {\"id\": \"a\", \"type\": \"Person\", \"names\": [\"B\"]}]} | entities[1] id 'a' is used twice",
        "{\"entities\": [{\"id\": \"a\", \"type\": \"Person\", \"names\": [\"A\"]}], \"facts\": [{\"s\": \"a\", \"p\": [\"metWith\"], \"o\": \"zz\"}]} | facts[0] \"o\": no entity with id 'zz'",
        "{\"entities\": [{\"id\": \"a\", \"type\": \"Person\", \"names\": [\"A\"]}], \"facts\": [{\"s\": \"a\", \"p\": [\"metwith\"], \"o\": \"a\"}]} | facts[0] relation 'metwith' is not a core relation",
        "{\"entities\": [{\"id\": \"a\", \"type\": \"Person\", \"names\": [\"A\"]}], \"facts\": [{\"s\": \"a\", \"p\": [\"metWith\"]}]} | facts[0] needs exactly one of \"o\"",
        "{\"entities\": [{\"id\": \"a\", \"type\": \"Person\", \"names\": [\"A\"]}], \"facts\": [{\"s\": \"a\", \"p\": [\"date\"], \"o\": \"a\", \"literal\": \"x\"}]} | facts[0] needs exactly one of \"o\"",
        "{\"entities\": [{\"id\": \"a\", \"type\": \"Person\", \"names\": [\"A\"]}], \"facts\": [{\"s\": \"a\", \"p\": [\"date\"], \"literal\": \"x\", \"alternatives\": [\"a\"]}]} | \"alternatives\" go with \"o\"",
        "{\"entities\": [{\"id\": \"a\", \"type\": \"Person\", \"names\": [\"A\"]}], \"facts\": [{\"s\": \"a\", \"p\": [], \"o\": \"a\"}]} | facts[0] needs \"p\"",
        "{\"entities\": [{\"id\": \"a\", \"type\": \"Person\", \"names\": [\"A\"], \"id\": \"b\"}]} | is not valid JSON",
    })
    void problemsNameTheFileAndThePlace(String json, String expected) {
        NewsKgException e = assertThrows(NewsKgException.class, () -> GoldFile.parse(json, "g.json"));
        assertTrue(e.getMessage().startsWith("gold file g.json"), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void aSingleRelationNameMayBeAString() {
        GoldFile g = GoldFile.parse("""
                {"entities": [{"id": "a", "type": "Person", "names": ["A"]}],
                 "facts": [{"s": "a", "p": "metWith", "o": "a"}]}
                """, "g.json");
        assertEquals(List.of("metWith"), g.facts().get(0).p());
    }
}
