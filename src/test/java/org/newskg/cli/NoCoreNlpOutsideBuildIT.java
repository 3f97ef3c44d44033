package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newskg.export.ExportFixture;
import org.newskg.store.KgStore;
import org.newskg.store.StoreSpec;

/**
 * The commands that read the graph (query, export, serve) never load CoreNLP: each runs in a JVM of its own with class
 * loading logged, and no class of CoreNLP's ({@code edu.stanford.nlp}) may appear in the log.
 */
class NoCoreNlpOutsideBuildIT {
    @TempDir
    static Path dir;

    @BeforeAll
    static void store() {
        try (KgStore store = KgStore.open(StoreSpec.tdb2(dir.resolve("store")))) {
            store.replaceAll(ExportFixture.graphs());
            // TDB2 keeps a store's lock for the JVM's life, even closed; let the child processes have it.
            org.apache.jena.tdb2.sys.TDBInternal.expel(store.dataset().asDatasetGraph(), true);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"query entities", "export --format trig"})
    void loadsNoCoreNlpClass(String command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "classes", ".log");
        Process p = start(command, log, dir.resolve("out.txt"));
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), command + " did not finish");
        String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), command + ": " + out);
        assertNoCoreNlp(command, log);
    }

    @Test
    void serveLoadsNoCoreNlpClass() throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "classes", ".log");
        Path out = dir.resolve("serve.txt");
        Process p = start("serve --port 0", log, out);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!Files.readString(out, StandardCharsets.UTF_8).contains("SPARQL endpoint")) {
                assertTrue(p.isAlive(), "serve stopped: " + Files.readString(out, StandardCharsets.UTF_8));
                assertTrue(System.nanoTime() < deadline, "serve did not start: " + Files.readString(out, StandardCharsets.UTF_8));
                Thread.sleep(100);
            }
        } finally {
            p.destroy();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        assertNoCoreNlp("serve", log);
    }

    private static void assertNoCoreNlp(String command, Path log) throws IOException {
        List<String> loaded = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertTrue(loaded.size() > 1000, "the class log is there: " + loaded.size());
        List<String> coreNlp = loaded.stream().filter(l -> l.contains(" edu.stanford.nlp.")).limit(5).toList();
        assertTrue(coreNlp.isEmpty(), command + " loaded CoreNLP classes: " + coreNlp);
    }

    private static Process start(String command, Path log, Path out) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log,
                "-Dnewskg.home=" + Path.of("").toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        cmd.addAll(List.of(command.split(" ")));
        cmd.addAll(List.of("--store", dir.resolve("store").toString()));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    }
}
