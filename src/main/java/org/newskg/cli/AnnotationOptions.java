package org.newskg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.newskg.NewsKgException;
import org.newskg.build.KgBuild;
import org.newskg.ingest.ArticleReader;
import org.newskg.ingest.IngestResult;
import org.newskg.model.Document;
import org.newskg.nlp.AnnotationCache;
import org.newskg.nlp.CoreNlpAnnotator;
import org.newskg.nlp.NlpConfig;

/**
 * What {@code build} and {@code annotate} share: the article paths, {@code --cache DIR | --no-cache},
 * {@code --threads N}, {@code --max-bytes N}, and reading the articles first so that bad files are
 * listed before the long part and a run with nothing readable stops before touching anything.
 */
final class AnnotationOptions {
    static final String DEFAULT_CACHE = "cache";

    private AnnotationOptions() {}

    static Options addTo(Options options) {
        return options
                .addOption(Option.builder().longOpt("cache").hasArg().argName("DIR")
                        .desc("annotation cache folder (default: " + DEFAULT_CACHE + "/); only new or changed articles are annotated").get())
                .addOption(Option.builder().longOpt("no-cache")
                        .desc("annotate every article, and keep no annotation").get())
                .addOption(Option.builder().longOpt("threads").hasArg().argName("N")
                        .desc("articles annotated at once (default: the number of cores, " + Runtime.getRuntime().availableProcessors() + " here)").get())
                .addOption(Option.builder().longOpt("max-bytes").hasArg().argName("N")
                        .desc("refuse articles larger than N bytes (default " + ArticleReader.DEFAULT_MAX_BYTES + ")").get());
    }

    /** The articles' paths: the arguments, or seeds/. */
    static List<Path> paths(CommandLine line, CliContext ctx) {
        List<String> args = line.getArgList();
        return (args.isEmpty() ? List.of("seeds") : args).stream().map(ctx::resolve).toList();
    }

    static long maxBytes(CommandLine line) {
        if (!line.hasOption("max-bytes")) {
            return ArticleReader.DEFAULT_MAX_BYTES;
        }
        long maxBytes;
        try {
            maxBytes = Long.parseLong(line.getOptionValue("max-bytes"));
        } catch (NumberFormatException e) {
            throw new UsageException("--max-bytes takes a whole number of bytes, not '" + line.getOptionValue("max-bytes") + "'");
        }
        if (maxBytes <= 0) {
            throw new UsageException("--max-bytes must be positive");
        }
        return maxBytes;
    }

    static int threads(CommandLine line) {
        return positive(line, "threads", Runtime.getRuntime().availableProcessors());
    }

    /** The value of a whole-number option that must be positive, or {@code otherwise} when it is not given. */
    static int positive(CommandLine line, String option, int otherwise) {
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

    static AnnotationCache cache(CommandLine line, CliContext ctx, NlpConfig config) {
        if (line.hasOption("cache") && line.hasOption("no-cache")) {
            throw new UsageException("--cache and --no-cache exclude each other");
        }
        return line.hasOption("no-cache") ? AnnotationCache.none()
                : AnnotationCache.open(ctx.resolve(line.getOptionValue("cache", DEFAULT_CACHE)), config);
    }

    /**
     * Reads the articles once before the run, lists the files skipped and what else the user should
     * know, and fails when none can be read ({@code unchanged} says what is left as it was). The
     * messages say what is done with the articles: {@code verb} "build", {@code done} "built".
     */
    static IngestResult check(List<Path> paths, long maxBytes, CliContext ctx, String verb, String done, String unchanged) {
        return check(paths, null, maxBytes, ctx, verb, done, unchanged);
    }

    /**
     * {@link #check(List, long, CliContext, String, String, String)} with the articles fetched from
     * URLs ({@code fetched}, null for none) besides the files: their problems are listed too, and
     * the run fails when neither gave an article.
     */
    static IngestResult check(List<Path> paths, IngestResult fetched, long maxBytes, CliContext ctx, String verb, String done,
                              String unchanged) {
        IngestResult files = new ArticleReader(maxBytes).read(paths);
        IngestResult input = files;
        if (fetched != null) {
            // The same text in a file and at a URL is one article, as for two files.
            java.util.Map<String, Document> byId = new java.util.LinkedHashMap<>();
            java.util.stream.Stream.concat(files.documents().stream(), fetched.documents().stream())
                    .forEach(d -> byId.merge(d.id(), d, (a, b) -> a.withSources(b.sources())));
            input = new IngestResult(List.copyOf(byId.values()),
                    java.util.stream.Stream.concat(files.problems().stream(), fetched.problems().stream()).toList());
        }
        input.problems().forEach(p -> ctx.err().println("newskg: skipped " + p));
        if (input.documents().isEmpty()) {
            throw new NewsKgException(input.problems().isEmpty()
                    ? "no articles in " + paths.stream().map(Path::toString).collect(Collectors.joining(", ")) + "; " + unchanged
                    : "nothing to " + verb + ": no input " + (fetched == null ? "file" : "file or URL") + " could be read (see above); "
                            + unchanged);
        }
        // A set, not a search per article: that was quadratic, 300 s of a build's read at 100,000 articles.
        java.util.Set<String> fromFiles = files.documents().stream().map(Document::id).collect(Collectors.toSet());
        for (Document d : input.documents()) {
            // Files only: a web page is HTML as a rule, and a feed's items would each get a line.
            boolean file = fromFiles.contains(d.id());
            d.convertedFrom().filter(f -> file).ifPresent(f -> ctx.err().println("newskg: read " + d.source() + " as " + f
                    + ": its article text is extracted and " + done));
            if (d.sources().size() > 1) {
                ctx.err().println("newskg: " + String.join(" and ", d.sources()) + " hold the same article; it is " + done + " once");
            }
        }
        return input;
    }

    /**
     * A build set up from the options (articles, limits, cache, threads, progress bar, models loaded on
     * demand), recorded in the store's history as {@code command} and its arguments.
     */
    static KgBuild build(CommandLine line, CliContext ctx, List<Path> paths, String command) {
        NlpConfig config = NlpConfig.defaults();
        return KgBuild.create()
                .history(history(ctx, command, line))
                .articles(paths)
                .maxBytes(maxBytes(line))
                .cache(cache(line, ctx, config))
                .threads(threads(line))
                .progress(BuildProgressBar.forStream(ctx.err()))
                .annotatorFor(docs -> {
                    ctx.err().println("Loading CoreNLP models ...");
                    return CoreNlpAnnotator.loadFor(config, docs);
                });
    }

    /**
     * How a command's change is recorded: the command as the user typed it (its name and arguments),
     * and the saved query {@code contradictions}, so that disputes that come or go are recorded too
     * (none when that query is missing or broken: the build itself does not depend on it).
     */
    static KgBuild.History history(CliContext ctx, String command, CommandLine line) {
        String words = (command + " " + String.join(" ", line.getArgList())).strip();
        java.util.Optional<org.apache.jena.query.Query> contradictions;
        try {
            contradictions = new org.newskg.query.SavedQueries(ctx.home().resolve("queries")).find("contradictions")
                    .map(q -> org.newskg.query.QueryRunner.parse(q.sparql(), q.file().toString()));
        } catch (org.newskg.NewsKgException e) {
            ctx.err().println("newskg: warning: " + e.getMessage() + "; contradictions are left out of the store's history");
            contradictions = java.util.Optional.empty();
        }
        return new KgBuild.History(words, contradictions);
    }
}
