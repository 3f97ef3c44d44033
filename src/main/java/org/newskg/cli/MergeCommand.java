package org.newskg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.newskg.NewsKgException;
import org.newskg.build.BuildReport;
import org.newskg.build.KgBuild;
import org.newskg.build.KgMerge;
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
        KgMerge.Records records = KgMerge.read(line.getArgList().stream().map(ctx::resolve).toList());
        records.skipped().forEach(p -> ctx.err().println("newskg: skipped " + p));
        if (records.facts().isEmpty()) {
            throw new NewsKgException("no extraction records to merge; the store is unchanged");
        }
        if (records.pipelines().size() > 1) {
            ctx.err().println("newskg: the records come from " + records.pipelines().size() + " pipelines ("
                    + String.join("; ", records.pipelines()) + "); annotate them again with one for a consistent graph");
        }
        int n = records.facts().size();
        boolean toStore = line.hasOption("store") || !line.hasOption("out");
        StoreSpec spec = toStore ? StoreOption.writeSpec(line, ctx, "merge") : null;
        // The store's curations apply to the file too: the same graph either way.
        List<org.newskg.curate.Curation> curations = List.of();
        if (toStore && (spec.kind() != StoreSpec.Kind.TDB2 || !KgMerge.isNewStore(spec.folder()))) {
            try (GraphStore store = GraphStore.open(spec)) {
                curations = KgBuild.curations(store);
            }
        }
        KgBuild.Resolved graph = KgBuild.Resolved.of(records.facts(), curations);    // once, for the file and the store
        if (line.hasOption("out")) {
            Path out = ctx.resolve(line.getOptionValue("out"));
            KgMerge.Written w = KgMerge.writeNQuads(graph, out);
            ctx.err().printf(Locale.ROOT, "Merged %d article%s into %s (%d graphs, %d triples)%n", n, n == 1 ? "" : "s", out,
                    w.graphs(), w.triples());
        }
        if (toStore) {
            BuildReport r;
            KgBuild.History history = AnnotationOptions.history(ctx, "merge", line);
            if (spec.kind() == StoreSpec.Kind.TDB2 && KgMerge.isNewStore(spec.folder())) {
                r = KgMerge.loadNewStore(records.asExtraction(), graph, spec.folder(), history);    // streamed, bulk-loaded
            } else {
                try (GraphStore store = GraphStore.open(spec)) {
                    r = KgBuild.store(records.asExtraction(), graph, store, KgBuild.DEFAULT_WRITE_BATCH, history);
                }
            }
            ctx.err().printf(Locale.ROOT, "Merged %d article%s into %s in %.1f s%n", r.articles(), r.articles() == 1 ? "" : "s",
                    spec, r.seconds());
            ctx.err().printf(Locale.ROOT, "  facts: %d; triples: %d; graphs written: %d, dropped: %d%n",
                    r.facts(), r.triples(), r.graphsWritten(), r.graphsDropped());
            ctx.err().println("  time: " + r.phasesLine());
        }
        return records.skipped().isEmpty() ? 0 : BuildCommand.EXIT_SKIPPED;
    }
}
