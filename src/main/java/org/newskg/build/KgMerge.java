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
import org.apache.jena.query.Dataset;
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
 * KgMerge.writeNQuads(g, Path.of("graph.nq"));
 * </pre>
 */
public final class KgMerge {
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

    /** Writes the graphs as N-Quads to {@code out}. */
    public static void writeNQuads(KgBuild.Resolved graph, Path out) {
        Dataset ds = DatasetFactory.create();
        graph.graphs().forEach(ds::addNamedModel);
        try (OutputStream o = Files.newOutputStream(out)) {
            RDFDataMgr.write(o, ds, Lang.NQUADS);
        } catch (IOException e) {
            throw new NewsKgException("cannot write " + out + ": " + e.getMessage());
        }
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
