package org.newskg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.build.KgBuild;
import org.newskg.curate.Curation;
import org.newskg.rdf.NKG;
import org.newskg.store.KgStore;

/**
 * {@code /newskg/curate} over HTTP, on {@link PageStore}'s store (invented articles, no CoreNLP): the
 * rebuild a curation makes is the build's own resolve, rdf and store stages on the articles' facts,
 * as a server with a warm facts cache runs them. Only logged-in users of a server with
 * {@code --allow-update} curate; a request naming what the graph lacks changes nothing.
 */
class CurateHttpIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ENT = ServeFixture.ENTITY;
    private static final String PREFIXES = "PREFIX nkg: <" + NKG.NS + "> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> ";

    @Test
    void aReadOnlyServerTakesNoCurationsAndSaysSo(@TempDir Path dir) throws Exception {
        try (ServeFixture ro = ServeFixture.serve(PageStore.build(dir.resolve("store")))) {
            ServeClient client = ro.client();
            HttpResponse<String> get = client.get("newskg/curate", null);
            assertEquals(200, get.statusCode(), "the page asks, and is told no");
            assertFalse(JSON.readTree(get.body()).get("allowed").asBoolean());
            HttpResponse<String> post = client.send(post(client, "{\"action\":\"rename\",\"subject\":\"" + ENT + "lena-marsh\",\"value\":\"L. Marsh\"}")
                    .header("Authorization", basic("editor", "s3cret")).build());
            assertEquals(403, post.statusCode());
            assertTrue(JSON.readTree(post.body()).get("error").asText().contains("--allow-update"), post.body());
            assertTrue(KgBuild.curations(ro.store).isEmpty());
        }
    }

    @Test
    void loggedInUsersMergeAndRejectAndTheGraphIsRebuiltWithIt(@TempDir Path dir) throws Exception {
        Path users = Files.writeString(dir.resolve("users.txt"), "editor: s3cret\n");
        KgStore store = PageStore.build(dir.resolve("store"));
        List<String> said = new ArrayList<>();
        ServedCurations curations = new ServedCurations(store, new Object(),
                (s, words) -> KgBuild.store(PageStore.extraction(), s, 100, new KgBuild.History(words, Optional.empty())), said::add);
        try (ServeFixture rw = ServeFixture.serve(store, b -> b.allowUpdate(users).curations(curations))) {
            ServeClient client = rw.client();
            String merge = "{\"action\":\"merge\",\"subject\":\"" + ENT + "ida-kern\",\"object\":\"" + ENT + "mara-lind\",\"why\":\"one person\"}";

            // No login: 401 with the challenge (to curl), without it to the page, which has its own form.
            HttpResponse<String> anonymous = client.send(post(client, merge).build());
            assertEquals(401, anonymous.statusCode());
            assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm=\"NewsKG\""), anonymous.headers().toString());
            HttpResponse<String> fromPage = client.send(post(client, merge).header("X-NewsKG-Page", "1").build());
            assertEquals(401, fromPage.statusCode());
            assertTrue(fromPage.headers().firstValue("WWW-Authenticate").isEmpty());
            assertEquals(401, client.send(post(client, merge).header("Authorization", basic("editor", "wrong")).build()).statusCode());

            // What the graph lacks: 400, one line, nothing changed.
            long triples = count(store, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
            for (String bad : List.of(
                    "{\"action\":\"merge\",\"subject\":\"" + ENT + "ida-kern\",\"object\":\"" + ENT + "nobody-here\"}",
                    "{\"action\":\"reject\",\"subject\":\"" + ENT + "anna-berg\",\"relation\":\"admired\",\"object\":\"" + ENT + "kestria\"}",
                    "{\"action\":\"reject\",\"subject\":\"" + ENT + "anna-berg\",\"relation\":\"visited\",\"object\":\"" + ENT + "velmora\"}",
                    "{\"action\":\"retype\",\"subject\":\"" + ENT + "anna-berg\",\"value\":\"Planet\"}",
                    "{\"action\":\"link\",\"subject\":\"" + ENT + "anna-berg\",\"value\":\"42\"}",
                    "{\"action\":\"split\",\"subject\":\"" + ENT + "anna-berg\"}",
                    "{\"action\":\"split\",\"subject\":\"" + ENT + "anna-berg\",\"value\":\"Berg\"}",
                    "{\"action\":\"unmerge\",\"subject\":\"" + ENT + "anna-berg\"}",
                    "not json")) {
                HttpResponse<String> r = client.send(post(client, bad).header("Authorization", basic("editor", "s3cret")).build());
                assertEquals(400, r.statusCode(), bad + " -> " + r.body());
                String error = JSON.readTree(r.body()).get("error").asText();
                assertFalse(error.isBlank() || error.contains("\n"), error);
            }
            HttpResponse<String> unknown = client.send(post(client, "{\"action\":\"merge\",\"subject\":\"" + ENT + "ida-kern\",\"object\":\""
                    + ENT + "nobody-here\"}").header("Authorization", basic("editor", "s3cret")).build());
            assertTrue(JSON.readTree(unknown.body()).get("error").asText().startsWith("no entity " + ENT + "nobody-here"), unknown.body());
            assertTrue(KgBuild.curations(store).isEmpty(), "no curation kept");
            assertEquals(triples, count(store, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"), "the graph is as it was");
            assertTrue(said.isEmpty(), said.toString());

            // A merge: kept with the user's name, and the graph rebuilt with it.
            HttpResponse<String> merged = client.send(post(client, merge).header("Authorization", basic("editor", "s3cret")).build());
            assertEquals(200, merged.statusCode(), merged.body());
            JsonNode m = JSON.readTree(merged.body());
            assertEquals("Curation #1: merge 'Mara Lind' into 'Ida Kern'", m.get("done").asText());
            assertEquals(ENT + "ida-kern", m.get("entity").asText());
            assertTrue(m.get("changes").asText().startsWith("change #1: "), m.toString());
            assertTrue(m.get("changes").asText().contains("entities gone 1"), m.toString());
            assertEquals(PageStore.ENTITIES - 1, m.get("entities").asInt());
            assertTrue(ask(store, "GRAPH <" + NKG.ENTITIES_GRAPH + "> { <" + ENT + "ida-kern> skos:altLabel \"Mara Lind\"@en }"));
            assertFalse(ask(store, "GRAPH ?g { <" + ENT + "mara-lind> ?p ?o }"), "the merged entity is gone");
            assertTrue(ask(store, "GRAPH ?g { <" + ENT + "anna-berg> nkg:metWith <" + ENT + "ida-kern> }"));

            // A rejection: the fact is gone, the curations graph holds both.
            assertTrue(ask(store, "GRAPH ?g { <" + ENT + "anna-berg> nkg:visited <" + ENT + "kestria> }"));
            HttpResponse<String> rejected = client.send(post(client, "{\"action\":\"reject\",\"subject\":\"" + ENT + "anna-berg\",\"relation\":\"visited\",\"object\":\""
                    + ENT + "kestria\"}").header("Authorization", basic("editor", "s3cret")).build());
            assertEquals(200, rejected.statusCode(), rejected.body());
            assertEquals("Curation #2: reject 'Anna Berg' visited 'Kestria'", JSON.readTree(rejected.body()).get("done").asText());
            assertFalse(ask(store, "GRAPH ?g { <" + ENT + "anna-berg> nkg:visited <" + ENT + "kestria> }"), "rejected");
            List<Curation> kept = KgBuild.curations(store);
            assertEquals(List.of(Curation.Action.MERGE, Curation.Action.REJECT), kept.stream().map(Curation::action).toList());
            assertTrue(kept.stream().allMatch(c -> c.curator().equals("editor")), kept.toString());
            assertEquals("one person", kept.get(0).why());
            assertEquals(2, said.size(), said.toString());

            // An assertion: a fact no article states, derived from the curation; a wrong one is refused.
            for (String bad : List.of(
                    "{\"action\":\"assert\",\"subject\":\"" + ENT + "velmora\",\"relation\":\"metWith\",\"object\":\"" + ENT + "anna-berg\"}",
                    "{\"action\":\"assert\",\"subject\":\"" + ENT + "anna-berg\",\"relation\":\"leaderOf\",\"object\":\""
                            + ENT + "northern-water-council\"}")) {
                HttpResponse<String> r = client.send(post(client, bad).header("Authorization", basic("editor", "s3cret")).build());
                assertEquals(400, r.statusCode(), bad + " -> " + r.body());
            }
            HttpResponse<String> asserted = client.send(post(client, "{\"action\":\"assert\",\"subject\":\"" + ENT + "ida-kern\",\"relation\":\"memberOf\","
                    + "\"object\":\"" + ENT + "northern-water-council\"}").header("Authorization", basic("editor", "s3cret")).build());
            assertEquals(200, asserted.statusCode(), asserted.body());
            assertEquals("Curation #3: assert 'Ida Kern' memberOf 'Northern Water Council'", JSON.readTree(asserted.body()).get("done").asText());
            assertTrue(ask(store, "GRAPH <" + NKG.ENTITIES_GRAPH + "> { <" + ENT + "ida-kern> nkg:memberOf <" + ENT + "northern-water-council> }"));
            assertEquals(3, KgBuild.curations(store).size());

            // The list: anyone reads it; a request with credentials is told who it is logged in as.
            JsonNode listed = JSON.readTree(client.get("newskg/curate", null).body());
            assertTrue(listed.get("allowed").asBoolean());
            assertTrue(listed.get("user").isNull());
            assertEquals(3, listed.get("curations").size());
            assertEquals("reject 'Anna Berg' visited 'Kestria'", listed.get("curations").get(1).get("words").asText());
            JsonNode mine = JSON.readTree(client.send(client.request("newskg/curate").header("Authorization", basic("editor", "s3cret")).GET().build()).body());
            assertEquals("editor", mine.get("user").asText());

            // The rebuilds are in the store's history, as the command's are.
            assertTrue(ask(store, "GRAPH ?c { ?x a nkg:CorpusChange ; nkg:command ?w FILTER (STRSTARTS(?w, \"curate #2 reject\")) }"));

            // DELETE ?n=N drops one: the same login rules; an unknown or missing number is 400 and changes nothing.
            assertEquals(401, client.send(client.request("newskg/curate?n=2").DELETE().build()).statusCode());
            for (String bad : List.of("newskg/curate?n=9", "newskg/curate?n=two", "newskg/curate")) {
                HttpResponse<String> r = client.send(client.request(bad).header("Authorization", basic("editor", "s3cret")).DELETE().build());
                assertEquals(400, r.statusCode(), bad + " -> " + r.body());
            }
            assertEquals(3, KgBuild.curations(store).size());
            HttpResponse<String> dropped = client.send(client.request("newskg/curate?n=2").header("Authorization", basic("editor", "s3cret"))
                    .DELETE().build());
            assertEquals(200, dropped.statusCode(), dropped.body());
            assertEquals("Dropped curation #2: reject 'Anna Berg' visited 'Kestria'", JSON.readTree(dropped.body()).get("done").asText());
            assertTrue(ask(store, "GRAPH ?g { <" + ENT + "anna-berg> nkg:visited <" + ENT + "kestria> }"), "the rejected fact is back");
            assertEquals(List.of(1, 3), KgBuild.curations(store).stream().map(Curation::sequence).toList());
            assertTrue(said.get(said.size() - 1).contains("curation #2 (reject 'Anna Berg' visited 'Kestria') dropped by editor"), said.toString());
        }
    }

    private static HttpRequest.Builder post(ServeClient client, String body) {
        return client.request("newskg/curate").header("Content-Type", "application/json").POST(BodyPublishers.ofString(body));
    }

    private static boolean ask(KgStore store, String where) {
        return store.query(QueryFactory.create(PREFIXES + "ASK { " + where + " }"), qe -> qe.execAsk());
    }

    private static long count(KgStore store, String select) {
        return store.query(QueryFactory.create(select), qe -> qe.execSelect().next().getLiteral("n").getLong());
    }

    private static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
