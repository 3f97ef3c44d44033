package org.newskg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.newskg.build.BuildReport;
import org.newskg.build.KgBuild;
import org.newskg.NewsKgException;
import org.newskg.ingest.ArticleReader;
import org.newskg.ingest.Document;
import org.newskg.ingest.IngestResult;
import org.newskg.nlp.AnnotationCache;
import org.newskg.nlp.CoreNlpAnnotator;
import org.newskg.nlp.NlpConfig;

/**
 * {@code newskg build [PATH ...] [--store DIR] [--cache DIR | --no-cache] [--threads N] [--batch N] [--max-bytes N]}:
 * articles in, graph stored, summary out. A file that cannot be read as an article is listed with the
 * reason and skipped; the others are built and the exit code is {@value #EXIT_SKIPPED}. When no file
 * can be read, nothing is built and the store is left as it was (exit 1). Annotations are kept in the
 * cache folder (default {@code cache/}), so a rebuild annotates only new or changed articles and
 * loads no model when there is none.
 */
final class BuildCommand implements Command {
    /** Exit code when the graph was built but some files were skipped (README: "Exit codes"). */
    static final int EXIT_SKIPPED = 3;
    static final String DEFAULT_CACHE = "cache";

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
        return new Options()
                .addOption(StoreOption.option())
                .addOption(Option.builder().longOpt("cache").hasArg().argName("DIR")
                        .desc("annotation cache folder (default: " + DEFAULT_CACHE + "/); a rebuild annotates only new or changed articles").get())
                .addOption(Option.builder().longOpt("no-cache")
                        .desc("annotate every article, and keep no annotation").get())
                .addOption(Option.builder().longOpt("threads").hasArg().argName("N")
                        .desc("articles annotated at once (default: the number of cores, " + Runtime.getRuntime().availableProcessors() + " here)").get())
                .addOption(Option.builder().longOpt("batch").hasArg().argName("N")
                        .desc("graphs written per store transaction (default " + KgBuild.DEFAULT_WRITE_BATCH
                                + "); a build stopped midway leaves a valid store, as of its last committed batch").get())
                .addOption(Option.builder().longOpt("max-bytes").hasArg().argName("N")
                        .desc("refuse articles larger than N bytes (default " + ArticleReader.DEFAULT_MAX_BYTES + ")").get());
    }

    @Override
    public int execute(CommandLine line, CliContext ctx) {
        List<String> args = line.getArgList();
        List<Path> paths = (args.isEmpty() ? List.of("seeds") : args).stream().map(ctx::resolve).toList();
        long maxBytes = ArticleReader.DEFAULT_MAX_BYTES;
        if (line.hasOption("max-bytes")) {
            try {
                maxBytes = Long.parseLong(line.getOptionValue("max-bytes"));
            } catch (NumberFormatException e) {
                throw new UsageException("--max-bytes takes a whole number of bytes, not '" + line.getOptionValue("max-bytes") + "'");
            }
            if (maxBytes <= 0) {
                throw new UsageException("--max-bytes must be positive");
            }
        }
        if (line.hasOption("cache") && line.hasOption("no-cache")) {
            throw new UsageException("--cache and --no-cache exclude each other");
        }
        int threads = positive(line, "threads", Runtime.getRuntime().availableProcessors());
        int batch = positive(line, "batch", KgBuild.DEFAULT_WRITE_BATCH);
        NlpConfig config = NlpConfig.defaults();
        AnnotationCache cache = line.hasOption("no-cache") ? AnnotationCache.none()
                : AnnotationCache.open(ctx.resolve(line.getOptionValue("cache", DEFAULT_CACHE)), config);
        // Read the articles first: bad files are listed before the long part, and a build with
        // nothing readable fails without touching the store (it would replace the graph with an
        // empty one). KgBuild reads them again; reading is fast next to the NLP.
        IngestResult input = new ArticleReader(maxBytes).read(paths);
        input.problems().forEach(p -> ctx.err().println("newskg: skipped " + p));
        if (input.documents().isEmpty()) {
            throw new NewsKgException(input.problems().isEmpty()
                    ? "no articles in " + paths.stream().map(Path::toString).collect(Collectors.joining(", "))
                            + "; the store is unchanged"
                    : "nothing to build: no input file could be read (see above); the store is unchanged");
        }
        for (Document d : input.documents()) {
            d.convertedFrom().ifPresent(f -> ctx.err().println("newskg: read " + d.source() + " as " + f
                    + ": its article text is extracted and built"));
            if (d.sources().size() > 1) {
                ctx.err().println("newskg: " + String.join(" and ", d.sources()) + " hold the same article; it is built once");
            }
        }
        BuildReport r = KgBuild.create()
                .articles(paths)
                .store(StoreOption.spec(line, ctx))
                .maxBytes(maxBytes)
                .cache(cache)
                .threads(threads)
                .writeBatch(batch)
                .progress(BuildProgressBar.forStream(ctx.err()))
                .annotator(() -> {
                    ctx.err().println("Loading CoreNLP models ...");
                    return CoreNlpAnnotator.load(config);
                })
                .run();
        // Files that went bad between the two reads (rare) are listed now.
        r.skipped().stream().filter(p -> !input.problems().contains(p)).forEach(p -> ctx.err().println("newskg: skipped " + p));
        ctx.err().printf(Locale.ROOT, "Built %d article%s into %s in %.1f s%n", r.articles(), r.articles() == 1 ? "" : "s",
                StoreOption.spec(line, ctx), r.seconds());
        ctx.err().printf(Locale.ROOT, "  entities: %d (%s)%n", r.entities(), r.entitiesByType().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> e.getKey().localName() + " " + e.getValue()).collect(Collectors.joining(", ")));
        ctx.err().printf(Locale.ROOT, "  facts: %d; triples: %d%n", r.facts(), r.triples());
        ctx.err().printf(Locale.ROOT, "  annotated: %d (cached: %d); graphs written: %d, dropped: %d%n",
                r.annotated(), r.cached(), r.graphsWritten(), r.graphsDropped());
        ctx.err().println("  time: " + r.phasesLine());
        if (!r.skipped().isEmpty()) {
            ctx.err().printf(Locale.ROOT, "  skipped: %d file%s (listed above)%n", r.skipped().size(), r.skipped().size() == 1 ? "" : "s");
            return EXIT_SKIPPED;
        }
        return 0;
    }

    /** The value of a whole-number option that must be positive, or {@code otherwise} when it is not given. */
    private static int positive(CommandLine line, String option, int otherwise) {
        if (!line.hasOption(option)) {
            return otherwise;
        }
        int n;
        try {
            n = Integer.parseInt(line.getOptionValue(option));
        } catch (NumberFormatException e) {
            throw new UsageException("--" + option + " takes a whole number, not '" + line.getOptionValue(option) + "'");
        }
        if (n < 1) {
            throw new UsageException("--" + option + " must be positive");
        }
        return n;
    }
}
