package org.newskg.build;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newskg.history.CorpusChange;
import org.newskg.history.CorpusState;
import org.newskg.model.EntityType;
import org.newskg.rdf.ChangeGraphs;
import org.newskg.rdf.NKG;
import org.newskg.store.KgStore;
import org.newskg.store.StoreSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.newskg.NewsKgException;
import org.newskg.ingest.Problem;
import org.newskg.io.AtomicFiles;
import org.newskg.model.DocumentFacts;
import org.newskg.rdf.ExtractionRecords;

/**
 * The bulk path's files: extraction records, one per article ({@link #writeRecords}, what
 * {@code newskg annotate} writes), and the second half of a build from them: read them
 * ({@link #read}), then resolve and store them as a build does ({@link KgBuild#store}), or write the
 * graph as N-Quads for a bulk loader ({@link #writeNQuads}). Loads no CoreNLP model.
 *
 * <pre>
 * KgMerge.Records r = KgMerge.read(List.of(Path.of("records")));
 * KgBuild.Resolved g = KgBuild.Resolved.of(r.facts());
 * KgMerge.writeNQuads(g, Path.of("graph.nq"));    // graph by graph
 * </pre>
 */
public final class KgMerge {
    private static final Logger LOG = LoggerFactory.getLogger(KgMerge.class);

    private KgMerge() {}

    /**
     * What the record files hold.
     *
     * @param facts     one article's facts per document id, in the order {@code build} would read the
     *                  articles (by source), so that merging gives the graph building gives
     * @param skipped   files that are not records, with the reason
     * @param pipelines the pipelines (NLP configuration and extractor version) the records come from
     * @param seconds   time taken to read them
     */
    public record Records(List<DocumentFacts> facts, List<Problem> skipped, Set<String> pipelines, double seconds) {
        public Records {
            facts = List.copyOf(facts);
            skipped = List.copyOf(skipped);
            pipelines = Set.copyOf(pipelines);
        }

        /** As a build's extraction, for {@link KgBuild#store}. */
        public KgBuild.Extraction asExtraction() {
            return new KgBuild.Extraction(facts, skipped, 0, Map.of("read records", seconds), seconds);
        }
    }

    /** Reads the records in these files and folders (a folder's {@code .nq} files, hidden ones left out). */
    public static Records read(List<Path> paths) {
        long t0 = System.nanoTime();
        List<Problem> skipped = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            collect(p, files, skipped);
        }
        Map<String, DocumentFacts> byId = new LinkedHashMap<>();
        Set<String> pipelines = new LinkedHashSet<>();
        for (Path f : files) {
            Dataset ds = DatasetFactory.create();
            try {
                RDFParser.source(f).lang(Lang.NQUADS).parse(ds);
                List<ExtractionRecords.Record> records = ExtractionRecords.read(ds, f.toString());
                if (records.isEmpty()) {
                    skipped.add(new Problem(f.toString(), "holds no extraction record; was it written by 'newskg annotate'?"));
                }
                for (ExtractionRecords.Record r : records) {
                    byId.putIfAbsent(r.facts().document().id(), r.facts());
                    pipelines.add(r.pipeline());
                }
            } catch (RiotException e) {
                skipped.add(new Problem(f.toString(), "not N-Quads: " + e.getMessage()));
            } catch (NewsKgException e) {
                skipped.add(new Problem(f.toString(), e.getMessage()));
            }
        }
        List<DocumentFacts> facts = byId.values().stream().sorted(Comparator.comparing(f -> f.document().source())).toList();
        return new Records(facts, skipped, pipelines, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * The first half's output: one record per article, {@code DIR/ID.nq}, each written whole or not
     * at all (a task killed midway leaves no half-written record for merge to trip on).
     *
     * @return the bytes written
     */
    public static long writeRecords(KgBuild.Extraction x, String pipeline, Path dir) {
        try {
            Files.createDirectories(dir);    // even with no record: the folder is where merge will look
        } catch (IOException e) {
            throw new NewsKgException("cannot write the records to " + dir + ": " + e.getMessage());
        }
        long bytes = 0;
        for (DocumentFacts f : x.facts()) {
            bytes += writeRecord(f, pipeline, dir);
        }
        return bytes;
    }

    /**
     * One article's record, {@code DIR/ID.nq}, written whole or not at all: what {@link #writeRecords}
     * does for each article, and what a job that schedules articles itself (the Spark module) calls.
     *
     * @return the bytes written
     */
    public static long writeRecord(DocumentFacts f, String pipeline, Path dir) {
        byte[] record = ExtractionRecords.toNQuads(f, pipeline).getBytes(StandardCharsets.UTF_8);
        try {
            AtomicFiles.writeAtomically(dir.resolve(recordFile(f.document().id())), record);
        } catch (IOException e) {
            throw new NewsKgException("cannot write the records to " + dir + ": " + e.getMessage());
        }
        return record.length;
    }

    /** The file name of an article's record: its id (the content hash) and {@code .nq}. */
    public static String recordFile(String id) {
        return id + ".nq";
    }

    /** Writes the graphs as N-Quads to {@code out}, one graph at a time (never the whole graph in memory). */
    public static Written writeNQuads(KgBuild.Resolved graph, Path out) {
        try (OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            StreamRDF w = StreamRDFWriter.getWriterStream(o, RDFFormat.NQUADS);
            w.start();
            Written written = streamQuads(graph, w);
            w.finish();
            return written;
        } catch (IOException e) {
            throw new NewsKgException("cannot write " + out + ": " + e.getMessage());
        }
    }

    /** What a streaming writer wrote: graphs and triples. */
    public record Written(int graphs, long triples) {}

    /** Every graph's triples, as quads of that graph, into {@code sink}, one graph at a time. */
    private static Written streamQuads(KgBuild.Resolved graph, StreamRDF sink) {
        return streamQuads(graph, sink, (name, m) -> {});
    }

    /** {@link #streamQuads(KgBuild.Resolved, StreamRDF)}, each graph also handed to {@code each}. */
    private static Written streamQuads(KgBuild.Resolved graph, StreamRDF sink, java.util.function.BiConsumer<String, org.apache.jena.rdf.model.Model> each) {
        long[] count = new long[2];
        graph.eachGraph((name, m) -> {
            each.accept(name, m);
            Node g = NodeFactory.createURI(name);
            m.getGraph().find().forEachRemaining(t -> sink.quad(Quad.create(g, t)));
            count[0]++;
            count[1] += m.size();
        });
        return new Written((int) count[0], count[1]);
    }

    /** Whether {@code folder} holds no store yet (absent, or an empty folder): {@link #loadNewStore} can build one there. */
    public static boolean isNewStore(Path folder) {
        if (!Files.exists(folder)) {
            return true;
        }
        try (Stream<Path> s = Files.list(folder)) {
            return Files.isDirectory(folder) && s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Builds a new TDB2 store in {@code folder} (absent or empty) holding the graph, as {@link KgBuild#store}
     * would (with the history's record of the change), but streamed through TDB2's bulk loader: writing
     * graph by graph in transactions held the whole graph, twice, and took minutes past 10,000 articles.
     * The store is built beside {@code folder} and moved into place when complete, so a crash leaves no
     * store (as before) and a half-built folder that the next merge deletes.
     */
    public static BuildReport loadNewStore(KgBuild.Extraction x, KgBuild.Resolved graph, Path folder, KgBuild.History history) {
        if (!isNewStore(folder)) {
            throw new IllegalArgumentException("not a new store: " + folder);
        }
        long t0 = System.nanoTime();
        java.time.Instant started = java.time.Instant.now().minusMillis(Math.round((x.seconds() + graph.seconds()) * 1000));
        Path abs = folder.toAbsolutePath().normalize();
        Path building = abs.resolveSibling("." + abs.getFileName() + ".merging");
        long[] count = new long[2];
        Map<String, String> digests = new java.util.HashMap<>();    // for the next build (BuildReport#graphDigests)
        Optional<CorpusChange> change;
        double[] historySeconds = {0};
        try {
            deleteTree(building);    // a previous merge's, killed midway
            Files.createDirectories(building);
            try (KgStore store = KgStore.open(StoreSpec.tdb2(building))) {
                CorpusState before = history.records() ? KgBuild.state(store, history) : null;
                // TDB2's phased loader: it builds the secondary indexes from sorted runs, which suits the
                // block cache the writing commands use (KgStore.useBlockCache): 10,000 articles 94.7 s
                // against the basic loader's 133.4 s, 100,000 in 961 s against 1,510 s (docs/SCALING.md).
                // With mapped files the basic one was faster here (1,000 articles: 18.7 s against 23.7 s).
                // -Dnewskg.loader=basic|parallel|sequential picks another.
                org.apache.jena.system.progress.MonitorOutput quiet = (fmt, args) -> LOG.debug(String.format(fmt, args));
                DataLoader loader = switch (System.getProperty("newskg.loader", "phased")) {
                    case "basic" -> LoaderFactory.basicLoader(store.dataset().asDatasetGraph(), quiet);
                    case "sequential" -> LoaderFactory.sequentialLoader(store.dataset().asDatasetGraph(), quiet);
                    case "parallel" -> LoaderFactory.parallelLoader(store.dataset().asDatasetGraph(), quiet);
                    default -> LoaderFactory.phasedLoader(store.dataset().asDatasetGraph(), quiet);
                };
                loader.startBulk();
                try {
                    Written written = streamQuads(graph, loader.stream(), (name, m) -> {
                        String d = org.newskg.rdf.GraphDigest.of(m);
                        if (d != null) {
                            digests.put(name, d);
                        }
                    });
                    count[0] = written.graphs();
                    count[1] = written.triples();
                    loader.finishBulk();
                } catch (RuntimeException e) {
                    loader.finishException(e);
                    throw e;
                }
                long th = System.nanoTime();
                // The record of what the merge changed: against the empty store, as a build would record it.
                change = history.records() ? KgBuild.changes(before, KgBuild.state(store, history), history, started) : Optional.empty();
                change.ifPresent(c -> store.replaceGraph(NKG.changeIri(c.sequence()), ChangeGraphs.graph(c)));
                historySeconds[0] = since(th);
                TDBInternal.expel(store.dataset().asDatasetGraph());    // let go of its files before they move
            }
            if (Files.exists(abs)) {
                Files.delete(abs);    // the empty folder given
            }
            Files.move(building, abs, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new NewsKgException("cannot build the store " + folder + ": " + e.getMessage() + "; nothing was stored");
        }
        Map<String, Double> phases = new LinkedHashMap<>(x.phases());
        phases.put("resolve", graph.seconds());
        if (history.records()) {
            phases.put("history", historySeconds[0]);
        }
        phases.put("rdf+store", since(t0) - historySeconds[0]);
        Map<EntityType, Integer> byType = new EnumMap<>(EntityType.class);
        graph.corpus().entities().forEach(e -> byType.merge(e.type(), 1, Integer::sum));
        return new BuildReport(x.facts().size(), x.skipped(), byType, graph.corpus().facts().size(), count[1],
                x.seconds() + graph.seconds() + since(t0), x.annotated(), (int) count[0], 0, phases, change, graph.curations(), digests);
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    private static double since(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void collect(Path p, List<Path> files, List<Problem> skipped) {
        if (Files.isRegularFile(p)) {
            files.add(p);
        } else if (Files.isDirectory(p)) {
            try (Stream<Path> s = Files.walk(p)) {
                s.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".nq"))
                        .filter(f -> !f.getFileName().toString().startsWith(".")).sorted().forEach(files::add);
            } catch (IOException e) {
                skipped.add(new Problem(p.toString(), "cannot be read: " + e.getMessage()));
            }
        } else {
            skipped.add(new Problem(p.toString(), "no such file or folder"));
        }
    }
}
