package org.newskg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.newskg.NewsKgException;
import org.newskg.build.BuildReport;
import org.newskg.build.KgBuild;
import org.newskg.ingest.Problem;
import org.newskg.model.DocumentFacts;
import org.newskg.rdf.CorpusGraphs;
import org.newskg.rdf.ExtractionRecords;
import org.newskg.resolve.Resolver;
import org.newskg.store.GraphStore;
import org.newskg.store.StoreSpec;

/**
 * {@code newskg merge PATH ... [--store DIR|URL] [--out FILE.nq]}: the second half of a build, from the
 * extraction records {@code newskg annotate} wrote (files or folders of {@code .nq}): entities merged
 * across all the articles, the graph written to the store (as {@code build} does) and/or to an N-Quads
 * file for a bulk loader ({@code newskg load}, Jena's tdb2.xloader). Loads no CoreNLP model.
 */
final class MergeCommand implements Command {
    @Override
    public String name() {
        return "merge";
    }

    @Override
    public String summary() {
        return "build the graph from 'annotate' records, into the store or an N-Quads file";
    }

    @Override
    public String arguments() {
        return "PATH ...";
    }

    @Override
    public Options options() {
        return StoreOption.addTo(new Options())
                .addOption(Option.builder().longOpt("out").hasArg().argName("FILE")
                        .desc("also (or, without --store, only) write the graph as N-Quads to FILE, for 'newskg load'").get());
    }

    @Override
    public int execute(CommandLine line, CliContext ctx) {
        if (line.getArgList().isEmpty()) {
            throw new UsageException("give the records' files or folders (what 'newskg annotate --out DIR' wrote)");
        }
        long t0 = System.nanoTime();
        List<Problem> skipped = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (String arg : line.getArgList()) {
            collect(ctx.resolve(arg), files, skipped);
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
        skipped.forEach(p -> ctx.err().println("newskg: skipped " + p));
        if (byId.isEmpty()) {
            throw new NewsKgException("no extraction records to merge; the store is unchanged");
        }
        if (pipelines.size() > 1) {
            ctx.err().println("newskg: the records come from " + pipelines.size() + " pipelines (" + String.join("; ", pipelines)
                    + "); annotate them again with one for a consistent graph");
        }
        // The order 'build' would read them in, so that merging gives the same graph as building.
        List<DocumentFacts> facts = byId.values().stream().sorted(Comparator.comparing(f -> f.document().source())).toList();
        double read = (System.nanoTime() - t0) / 1e9;
        KgBuild.Extraction x = new KgBuild.Extraction(facts, skipped, 0, Map.of("read records", read), read);

        boolean toStore = line.hasOption("store") || !line.hasOption("out");
        if (line.hasOption("out")) {
            Path out = ctx.resolve(line.getOptionValue("out"));
            Map<String, Model> graphs = CorpusGraphs.of(Resolver.resolve(facts));
            Dataset ds = DatasetFactory.create();
            graphs.forEach(ds::addNamedModel);
            try (OutputStream o = Files.newOutputStream(out)) {
                RDFDataMgr.write(o, ds, Lang.NQUADS);
            } catch (IOException e) {
                throw new NewsKgException("cannot write " + out + ": " + e.getMessage());
            }
            ctx.err().printf(Locale.ROOT, "Merged %d article%s into %s (%d graphs, %d triples)%n", facts.size(),
                    facts.size() == 1 ? "" : "s", out, graphs.size(), graphs.values().stream().mapToLong(Model::size).sum());
        }
        if (toStore) {
            BuildReport r;
            StoreSpec spec = StoreOption.spec(line, ctx);
            try (GraphStore store = GraphStore.open(spec)) {
                r = KgBuild.store(x, store, KgBuild.DEFAULT_WRITE_BATCH);
            }
            ctx.err().printf(Locale.ROOT, "Merged %d article%s into %s in %.1f s%n", r.articles(), r.articles() == 1 ? "" : "s",
                    spec, r.seconds());
            ctx.err().printf(Locale.ROOT, "  facts: %d; triples: %d; graphs written: %d, dropped: %d%n",
                    r.facts(), r.triples(), r.graphsWritten(), r.graphsDropped());
        }
        return skipped.isEmpty() ? 0 : BuildCommand.EXIT_SKIPPED;
    }

    /** The .nq files of a path: itself, or a folder's, in name order, hidden ones (partial writes) left out. */
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
