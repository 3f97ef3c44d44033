package org.newskg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.newskg.build.BuildManifest;
import org.newskg.build.BuildReport;
import org.newskg.build.KgBuild;
import org.newskg.build.StoredCorpus;
import org.newskg.ingest.IngestResult;
import org.newskg.nlp.AnnotationCache;
import org.newskg.nlp.NlpConfig;
import org.newskg.store.StoreSpec;

/**
 * {@code newskg build [PATH ...] [--store DIR] [--cache DIR | --no-cache] [--threads N] [--batch N] [--max-bytes N] [--recheck]}:
 * articles in, graph stored, summary out. A file that cannot be read as an article is listed with the
 * reason and skipped; the others are built and the exit code is {@value #EXIT_SKIPPED}. When no file
 * can be read, nothing is built and the store is left as it was (exit 1). Annotations are kept in the
 * cache folder (default {@code cache/}), so a rebuild annotates only new or changed articles and
 * loads no model when there is none; given the same files as the last build, into the store as that
 * build left it, it stops after listing them ({@link BuildManifest}).
 */
final class BuildCommand implements Command {
    /** Exit code when the graph was built but some files were skipped (README: "Exit codes"). */
    static final int EXIT_SKIPPED = 3;

    @Override
    public String name() {
        return "build";
    }

    @Override
    public String summary() {
        return "read articles (default seeds/) and store their graph";
    }

    @Override
    public String arguments() {
        return "[PATH ...]";
    }

    @Override
    public Options options() {
        return AnnotationOptions.addTo(StoreOption.addTo(new Options()))
                .addOption(Option.builder().longOpt("prune-cache")
                        .desc("after the build, delete what the cache keeps for other articles and other pipeline configurations").get())
                .addOption(Option.builder().longOpt("replace")
                        .desc("let the store hold exactly these articles, dropping the ones it holds that are not among them"
                                + " (without it, build refuses to drop articles; 'newskg add' adds to a store)").get())
                .addOption(Option.builder().longOpt("recheck")
                        .desc("read and resolve every article even when nothing changed since the last build, and compare every graph"
                                + " with the store's (without it, a build given the same files as the last one, into the store as that build left it,"
                                + " stops after listing them)").get())
                .addOption(Option.builder().longOpt("batch").hasArg().argName("N")
                        .desc("graphs written per store transaction (default " + KgBuild.DEFAULT_WRITE_BATCH
                                + "); a build stopped midway leaves a valid store, as of its last committed batch").get());
    }

    @Override
    public int execute(CommandLine line, CliContext ctx) {
        List<Path> paths = AnnotationOptions.paths(line, ctx);
        if (line.hasOption("prune-cache") && line.hasOption("no-cache")) {
            throw new UsageException("--prune-cache needs a cache (not --no-cache)");
        }
        StoreSpec store = StoreOption.writeSpec(line, ctx, "build");    // usage errors first
        long started = System.nanoTime();
        // Listed before anything is read: a file that changes during the build makes the next one run in full.
        Optional<BuildManifest.Inputs> given = store.kind() == StoreSpec.Kind.TDB2 && !line.hasOption("prune-cache")
                ? BuildManifest.inputs(paths, AnnotationOptions.maxBytes(line), NlpConfig.defaults()) : Optional.empty();
        if (given.isPresent() && !line.hasOption("recheck")) {
            Optional<BuildManifest> same = BuildManifest.unchanged(store.folder(), given.get());
            if (same.isPresent()) {
                reportUnchanged(ctx, same.get(), store, (System.nanoTime() - started) / 1e9);
                return 0;
            }
        }
        KgBuild build = AnnotationOptions.build(line, ctx, paths, "build").store(store)
                .writeBatch(AnnotationOptions.positive(line, "batch", KgBuild.DEFAULT_WRITE_BATCH));
        // Read the articles first: bad files are listed before the long part, and a build with
        // nothing readable fails without touching the store (it would replace the graph with an
        // empty one). The build takes them as read.
        long reading = System.nanoTime();
        IngestResult input = AnnotationOptions.check(paths, AnnotationOptions.maxBytes(line), ctx, "build", "built",
                "the store is unchanged");
        build.articlesRead(input, (System.nanoTime() - reading) / 1e9);
        if (!line.hasOption("replace")) {
            List<String> dropped = StoredCorpus.notAmong(store, input.documents());
            if (!dropped.isEmpty()) {
                throw new org.newskg.NewsKgException("the store " + store + " holds " + dropped.size() + " article"
                        + (dropped.size() == 1 ? "" : "s") + " that " + (dropped.size() == 1 ? "is" : "are")
                        + " not among these files, and a build would drop " + (dropped.size() == 1 ? "it" : "them")
                        + "; use 'newskg add' to add articles, or 'newskg build --replace' to keep only these; the store is unchanged");
            }
        }
        if (store.kind() == StoreSpec.Kind.TDB2) {
            // --recheck compares every graph with the store's too (and keeps their digests for the next build).
            build.storedDigests(line.hasOption("recheck") ? java.util.Map.of() : BuildManifest.storedGraphs(store.folder()));
            BuildManifest.forget(store.folder());    // until this build is done, whatever happens to it
        }
        BuildReport r = build.run();
        given.ifPresent(g -> BuildManifest.afterBuild(store.folder(), g, r));
        report(ctx, "Built", r, store);
        if (line.hasOption("prune-cache")) {
            AnnotationCache.Pruned p = build.pruneCache(input.documents());
            ctx.err().printf(Locale.ROOT, "  cache: %d file%s of other articles and configurations deleted (%.1f MB)%n",
                    p.files(), p.files() == 1 ? "" : "s", p.bytes() / 1e6);
        }
        if (!r.skipped().isEmpty()) {
            ctx.err().printf(Locale.ROOT, "  skipped: %d file%s (listed above)%n", r.skipped().size(), r.skipped().size() == 1 ? "" : "s");
            return EXIT_SKIPPED;
        }
        return 0;
    }

    /** The summary of a build that found nothing changed since the last one (its figures are that build's). */
    private static void reportUnchanged(CliContext ctx, BuildManifest m, StoreSpec store, double seconds) {
        BuildManifest.Summary s = m.summary();
        ctx.err().printf(Locale.ROOT, "Built %d article%s into %s in %.1f s%n", s.articles(), s.articles() == 1 ? "" : "s", store, seconds);
        ctx.err().printf(Locale.ROOT, "  entities: %d (%s)%n", s.entities(), s.entitiesByType());
        ctx.err().printf(Locale.ROOT, "  facts: %d; triples: %d%n", s.facts(), s.triples());
        ctx.err().printf(Locale.ROOT, "  nothing changed since the last build: the same %d file%s, the same NewsKG, and the store as it left it"
                + " (--recheck reads them all again)%n", m.files(), m.files() == 1 ? "" : "s");
        ctx.err().println("  changes: none");
    }

    /** The summary every command that builds prints: what, how much, how long. */
    static void report(CliContext ctx, String verb, BuildReport r, StoreSpec store) {
        ctx.err().printf(Locale.ROOT, "%s %d article%s into %s in %.1f s%n", verb, r.articles(), r.articles() == 1 ? "" : "s",
                store, r.seconds());
        ctx.err().printf(Locale.ROOT, "  entities: %d (%s)%n", r.entities(), r.typesLine());
        ctx.err().printf(Locale.ROOT, "  facts: %d; triples: %d%n", r.facts(), r.triples());
        ctx.err().printf(Locale.ROOT, "  annotated: %d (cached: %d); graphs written: %d, dropped: %d%n",
                r.annotated(), r.cached(), r.graphsWritten(), r.graphsDropped());
        ctx.err().println("  time: " + r.phasesLine());
        if (!r.curations().applied().isEmpty() || !r.curations().idle().isEmpty()) {
            ctx.err().printf(Locale.ROOT, "  curations: %d applied%s%n", r.curations().applied().size(),
                    r.curations().idle().isEmpty() ? "" : "; " + r.curations().idle().size() + " applied to nothing ('newskg curate list'):");
            r.curations().idle().forEach(i -> ctx.err().println("    " + i));
        }
        ctx.err().println("  changes: " + r.change().map(c -> "#" + c.sequence() + ": " + c.summary() + " ('newskg changes' lists them)")
                .orElse("none"));
    }
}
