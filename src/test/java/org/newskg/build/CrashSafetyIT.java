package org.newskg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.TestPipeline;
import org.newskg.nlp.AnnotationCache;
import org.newskg.nlp.NlpConfig;
import org.newskg.rdf.GraphValidator;
import org.newskg.rdf.NKG;
import org.newskg.rdf.PlanStates;
import org.newskg.store.KgStore;
import org.newskg.store.StoreSpec;

/**
 * A real {@code newskg build} process, killed with SIGKILL at several moments while it takes a store
 * from corpus A to corpus B, leaves a store that opens, satisfies the shapes, and holds the state
 * before or after the batch it was writing: each article graph its A or its B version, the whole as
 * {@link org.newskg.rdf.UpdatePlan} has it after that batch. A build that is not killed then
 * finishes the job: the store holds exactly B's graph.
 *
 * <p>Both corpora are real articles (a seed and the development set); B drops two of A's articles,
 * adds three, and changes two. Their annotations are put in the cache first, in this JVM, so the
 * killed builds load no model and spend their time starting, reading the cache and writing the
 * store, one graph per transaction ({@code --batch 1}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashSafetyIT {
    private static final int BATCH = 1;
    private static final Pattern COMMITTED = Pattern.compile("store: batch \\d+/\\d+ committed");
    /** Indexes into {@link #articles}: the seeds, then the development set, each by name. */
    private static final List<Integer> A = List.of(1, 5, 6, 7, 8, 9, 10, 11);
    private static final List<Integer> B = List.of(1, 5, 7, 8, 10, 11, 12, 13, 14);
    private static final List<Integer> CHANGED_IN_B = List.of(8, 10);

    @TempDir
    static Path dir;

    private List<Path> articles;
    private Path corpus;
    private Path cache;
    private Path storeA;
    private Map<String, Model> before;
    private Map<String, Model> after;
    /** The stored graphs after each batch of the plan from A to B: the first is A's, the last B's. */
    private List<Map<String, Model>> states;
    private final GraphValidator validator = GraphValidator.load();

    @BeforeAll
    void cacheBothCorporaAndBuildA() throws IOException, InterruptedException {
        articles = new ArrayList<>();
        for (String folder : List.of("seeds", "src/test/resources/devset/articles")) {
            try (Stream<Path> s = Files.list(Path.of(folder))) {
                s.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(articles::add);
            }
        }
        corpus = dir.resolve("corpus");
        cache = dir.resolve("cache");
        // One folder holds A, then B: an article's graph names its file, which must not move.
        writeCorpus(false);
        before = buildHere();
        writeCorpus(true);
        after = buildHere();
        states = PlanStates.of(before, after, BATCH);
        assertTrue(states.size() > 8, "A and B differ in many graphs: " + (states.size() - 1) + " batches");

        writeCorpus(false);
        storeA = dir.resolve("store-a");
        Run a = build(storeA, Kill.NEVER);
        assertEquals(0, a.exit(), a.output());
        assertTrue(PlanStates.same(before, open(storeA).graphs()), "the build process gives the graph of the build in this JVM");
        writeCorpus(true);
    }

    /** Corpus A, or B: A without two articles, with three more, and two changed (a line added). */
    private void writeCorpus(boolean b) throws IOException {
        if (Files.exists(corpus)) {
            delete(corpus);
        }
        Files.createDirectories(corpus);
        for (int i : b ? B : A) {
            Path f = articles.get(i);
            String text = Files.readString(f);
            Files.writeString(corpus.resolve(f.getFileName()),
                    b && CHANGED_IN_B.contains(i) ? text + "\nThe talks will continue next month.\n" : text);
        }
    }

    /** Builds the corpus in this JVM into memory, filling the cache; returns the graphs as a TDB2 store gives them back. */
    private Map<String, Model> buildHere() {
        try (KgStore store = KgStore.open(StoreSpec.memory())) {
            KgBuild.create().articles(List.of(corpus)).cache(AnnotationCache.open(cache, NlpConfig.defaults()))
                    .threads(2).annotator(TestPipeline::annotator).runInto(store);
            return graphs(store);
        }
    }

    private static Map<String, Model> graphs(KgStore store) {
        return store.read(ds -> {
            Map<String, Model> g = new LinkedHashMap<>();
            // The store's history is checked apart (Opened.records): the builds in this JVM record none.
            store.graphNames().stream().filter(n -> !NKG.isHistory(n))
                    .forEach(n -> g.put(n, ModelFactory.createDefaultModel().add(ds.getNamedModel(n))));
            return g;
        });
    }

    /**
     * When to kill the build: {@code millis} after its start; or once it has logged its
     * {@code batch}-th committed batch, {@code millis} later (0: at once).
     */
    private record Kill(int batch, long millis) {
        static final Kill NEVER = new Kill(-1, -1);

        @Override
        public String toString() {
            return batch > 0 ? millis + " ms after batch " + batch : "at " + millis + " ms";
        }
    }

    /** A build process's exit code, what it printed, and when (ms from its start) it logged each committed batch. */
    private record Run(int exit, String output, List<Long> commits) {
        int committed() {
            return commits.size();
        }
    }

    /** {@code newskg build} of the corpus into {@code store}, in a JVM of its own, killed as told. */
    private Run build(Path store, Kill kill) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1"));    // C1 only: a short run starts faster
        if (Runtime.version().feature() >= 23) {
            cmd.add("--sun-misc-unsafe-memory-access=allow");
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.newskg.cli.Main", "build", corpus.toString(),
                "--store", store.toString(), "--cache", cache.toString(), "--batch", String.valueOf(BATCH), "--threads", "1",
                "--verbose", "--replace"));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        List<Long> commits = Collections.synchronizedList(new ArrayList<>());
        // Reads to the end, for the lines written just before the kill are still in the pipe; so
        // the kill goes through the ProcessHandle (Process.destroyForcibly also closes the pipe).
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    lines.add(line);
                    if (COMMITTED.matcher(line).find()) {
                        commits.add((System.nanoTime() - t0) / 1_000_000);
                        if (commits.size() == kill.batch()) {
                            Thread.sleep(kill.millis());
                            p.toHandle().destroyForcibly();    // SIGKILL
                        }
                    }
                }
            } catch (IOException | InterruptedException e) {
                // the pipe was closed by the finally below: the test is done with this process
            }
        }, "build-output");
        reader.setDaemon(true);
        reader.start();
        try {
            if (kill.batch() < 0 && kill.millis() >= 0 && !p.waitFor(kill.millis(), TimeUnit.MILLISECONDS)) {
                p.toHandle().destroyForcibly();
            }
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the build ends within a minute");
            reader.join(10_000);
            return new Run(p.exitValue(), String.join("\n", lines), List.copyOf(commits));
        } finally {
            p.destroyForcibly();
        }
    }

    /** What a store holds, and its violations of the shapes. */
    private record Opened(Map<String, Model> graphs, List<GraphValidator.Violation> violations, int records) {}

    /** Opens a store in this JVM and lets it go again, so that another process can open it. */
    private Opened open(Path store) {
        KgStore kg = KgStore.open(StoreSpec.tdb2(store));
        try {
            return new Opened(graphs(kg), kg.read(ds -> validator.validate(ds.getUnionModel().getGraph())),
                    (int) kg.graphNames().stream().filter(NKG::isHistory).count());
        } finally {
            kg.close();
            TDBInternal.expel(kg.dataset().asDatasetGraph());    // TDB2 keeps a store open in a JVM until told
        }
    }

    /**
     * Checks a store a build left: it opens, conforms, every article graph is its A or B version, and
     * the whole is the state after some batch j of the plan from A to B. Returns j.
     */
    private int check(Path store, String what) {
        Opened o = open(store);
        assertEquals(List.of(), o.violations(), what + ": the store validates");
        for (Map.Entry<String, Model> g : o.graphs().entrySet()) {
            if (!g.getKey().equals(NKG.ENTITIES_GRAPH)) {
                assertTrue(before.containsKey(g.getKey()) && PlanStates.same(before.get(g.getKey()), g.getValue())
                        || after.containsKey(g.getKey()) && PlanStates.same(after.get(g.getKey()), g.getValue()),
                        what + ": " + g.getKey() + " is its A or its B version");
            }
        }
        for (int j = 0; j < states.size(); j++) {
            if (PlanStates.same(states.get(j), o.graphs())) {
                // A's build recorded change #1; B's is recorded with its last batch, and only then.
                assertEquals(j == states.size() - 1 ? 2 : 1, o.records(), what + ": the store's history, in step with its graph");
                return j;
            }
        }
        throw new AssertionError(what + ": the store is not as after any batch");
    }

    /** A copy of a store folder. TDB2's files are mostly holes (8 MB each, a few KB used), and stay so. */
    private static Path copyOf(Path store, String name) throws IOException {
        Path copy = Files.createDirectories(dir.resolve(name));
        byte[] block = new byte[1 << 16];
        byte[] zeros = new byte[block.length];
        try (Stream<Path> s = Files.walk(store)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                Path to = copy.resolve(store.relativize(f).toString());
                Files.createDirectories(to.getParent());
                try (InputStream in = Files.newInputStream(f); RandomAccessFile out = new RandomAccessFile(to.toFile(), "rw")) {
                    long at = 0;
                    for (int n; (n = in.readNBytes(block, 0, block.length)) > 0; at += n) {
                        if (!Arrays.equals(block, 0, n, zeros, 0, n)) {
                            out.seek(at);
                            out.write(block, 0, n);
                        }
                    }
                    out.setLength(at);
                }
            }
        }
        return copy;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    @Test
    // A guard against a hung child process, not a speed target: on a loaded 2-core machine the nine kills took 77-90 s.
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void aBuildKilledAnywhereLeavesAValidStoreAsBeforeOrAfterABatch() throws IOException, InterruptedException {
        int n = states.size() - 1;
        Path reference = copyOf(storeA, "reference");
        Run ref = build(reference, Kill.NEVER);
        assertEquals(0, ref.exit(), ref.output());
        assertFalse(ref.output().contains("Loading CoreNLP models"), "every article is cached: " + ref.output());
        assertEquals(n, ref.committed(), ref.output());
        assertEquals(n, check(reference, "not killed"));
        delete(reference);

        // While it starts and reads the cache, and halfway through its batches (as timed by the
        // build above; runs vary, so these land where they may); right after the k-th commit, when
        // the next transaction begins; and half a batch's time later, inside that transaction.
        long first = ref.commits().get(0);
        long last = ref.commits().get(n - 1);
        long gap = Math.max(1, (last - first) / (n - 1) / 2);
        List<Kill> kills = new ArrayList<>();
        for (long t : new long[] {first * 3 / 10, first * 6 / 10, first * 9 / 10, (first + last) / 2}) {
            kills.add(new Kill(-1, t));
        }
        for (int k : new int[] {1, n / 2, n - 1}) {
            kills.add(new Kill(k, 0));
        }
        for (int k : new int[] {2, n / 2 + 1}) {
            kills.add(new Kill(k, gap));
        }
        Path resume = null;
        for (int i = 0; i < kills.size(); i++) {
            Path killed = copyOf(storeA, "killed-" + i);
            Run run = build(killed, kills.get(i));
            String what = "killed " + kills.get(i) + " (exit " + run.exit() + ", " + run.committed() + " of " + n + " batches logged)";
            int j = check(killed, what);
            // Before or after the batch it was writing: each commit is logged at once, and every
            // line logged before the kill is read; killed between a commit and its line, one more.
            assertTrue(j == run.committed() || j == run.committed() + 1, what + ": the store is as after batch " + j);
            System.out.println("CrashSafetyIT: " + what + ": the store is as after batch " + j);
            if (resume == null && j > 0 && j < n) {
                resume = killed;
            } else {
                delete(killed);
            }
        }
        assertNotNull(resume, "some kill landed between the first and the last batch");

        Run rest = build(resume, Kill.NEVER);
        assertEquals(0, rest.exit(), rest.output());
        assertTrue(rest.committed() > 0, "it writes what the killed build left undone: " + rest.output());
        Opened end = open(resume);
        assertEquals(List.of(), end.violations());
        assertTrue(PlanStates.same(after, end.graphs()), "the build after the kill leaves exactly B's graph");
    }
}
