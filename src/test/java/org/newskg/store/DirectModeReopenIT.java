package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.export.ExportFixture;

/**
 * A store that a process in Jena's direct file mode (every writing command) left with an index file
 * one block shorter than its committed limit, as happens when a transaction's highest block was
 * allocated and freed again, takes the next process's writes. Without {@link Tdb2Files}, the first
 * write past the file's end fails with a {@code BlockException} (shown here on the same store).
 */
class DirectModeReopenIT {
    private static final String NEW_GRAPH = "urn:test:written-after-reopen";
    private static final int BLOCK = 8192;

    @TempDir
    Path dir;

    @Test
    void aStoreWithAnIndexFileShortOfItsLimitTakesTheNextWrite() throws IOException, InterruptedException {
        Path store = dir.resolve("store");
        Map<String, Model> graphs = new LinkedHashMap<>();
        try (KgStore kg = KgStore.open(StoreSpec.tdb2(store))) {
            kg.replaceAll(ExportFixture.graphs());
            kg.read(ds -> {    // as TDB2 gives them back (it writes some literals in canonical form)
                ExportFixture.graphs().keySet().forEach(n -> graphs.put(n, ModelFactory.createDefaultModel().add(ds.getNamedModel(n))));
                return null;
            });
            TDBInternal.expel(kg.dataset().asDatasetGraph(), true);    // so that the child processes get the lock
        }
        Path data = store.resolve("Data-0001");
        // As a direct-mode process leaves the files (it cuts each to its limit), then GPOS.dat as
        // after a commit whose last allocated block was freed: its limit one block past its end.
        cutToLimits(data);
        Path state = data.resolve("GPOS.bpt");
        ByteBuffer bb = ByteBuffer.wrap(Files.readAllBytes(state));
        long records = bb.getLong(2 * Long.BYTES);
        assertEquals(records, Files.size(data.resolve("GPOS.dat")) / BLOCK, "GPOS.dat holds its limit's blocks");
        Files.write(state, bb.putLong(2 * Long.BYTES, records + 1).array());

        Path copy = dir.resolve("unmended");
        org.apache.commons.io.file.PathUtils.copyDirectory(store, copy);
        Child raw = run("raw", copy);
        assertNotEquals(0, raw.exit(), "TDB2 alone, in direct mode, cannot write it: " + raw.output());
        assertTrue(raw.output().contains("Bounds exception"), raw.output());

        Child mended = run("kgstore", store);
        assertEquals(0, mended.exit(), mended.output());
        try (KgStore kg = KgStore.open(StoreSpec.tdb2(store))) {
            kg.read(ds -> {
                assertTrue(ds.containsNamedModel(NEW_GRAPH), "the write went through");
                graphs.forEach((name, g) -> assertTrue(g.isIsomorphicWith(ds.getNamedModel(name)), name + " is intact"));
                return null;
            });
            TDBInternal.expel(kg.dataset().asDatasetGraph(), true);
        }
    }

    /** Opens the store in direct mode, through {@link KgStore} or TDB2 alone, and writes one graph. */
    public static void main(String[] args) {
        KgStore.useBlockCache();
        Model g = ModelFactory.createDefaultModel();
        g.add(g.createResource("urn:test:a"), ResourceFactory.createProperty("urn:test:p"), "written");
        if (args[0].equals("raw")) {
            Dataset ds = TDB2Factory.connectDataset(args[1]);
            Txn.executeWrite(ds, () -> ds.addNamedModel(NEW_GRAPH, g));
        } else {
            try (KgStore kg = KgStore.open(StoreSpec.tdb2(Path.of(args[1])))) {
                kg.write(ds -> ds.addNamedModel(NEW_GRAPH, g));
            }
        }
    }

    private record Child(int exit, String output) {}

    private static Child run(String how, Path store) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
        if (Runtime.version().feature() >= 23) {
            cmd.add("--sun-misc-unsafe-memory-access=allow");
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), DirectModeReopenIT.class.getName(), how, store.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the child ends");
        return new Child(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    private static void cutToLimits(Path data) throws IOException {
        try (Stream<Path> s = Files.list(data)) {
            for (Path state : s.filter(p -> p.toString().endsWith(".bpt")).toList()) {
                ByteBuffer bb = ByteBuffer.wrap(Files.readAllBytes(state));
                String base = state.toString().replaceFirst("\\.bpt$", "");
                cut(Path.of(base + ".idn"), bb.getLong(Long.BYTES));
                cut(Path.of(base + ".dat"), bb.getLong(2 * Long.BYTES));
            }
        }
    }

    private static void cut(Path file, long blocks) throws IOException {
        if (Files.exists(file)) {
            try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
                f.setLength(blocks * BLOCK);
            }
        }
    }
}
