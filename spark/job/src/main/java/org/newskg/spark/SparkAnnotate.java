package org.newskg.spark;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.MissingOptionException;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.newskg.build.ArticleAnnotator;
import org.newskg.build.KgBuild;
import org.newskg.ingest.ArticleReader;
import org.newskg.ingest.IngestResult;
import org.newskg.model.Document;
import org.newskg.nlp.NlpConfig;

/**
 * {@code newskg spark annotate PATH... --out DIR [--master URL]}: {@code newskg annotate} as a Spark
 * job. The driver reads the articles once, as {@code annotate} does (bad files are named, the same text
 * under several names is one article), and hands out one article per task, longest first; each task
 * writes the article's record {@code DIR/ID.nq} with {@code annotate}'s own function
 * ({@link ArticleAnnotator}), so the records are byte for byte {@code annotate}'s. The merge is
 * {@code newskg merge DIR}, which the job prints, with the {@code spark-submit} line for a cluster.
 *
 * <p>Files are read and records written through the file system: on a cluster both must be on storage
 * every node mounts at the same path (the records name the files they were read under).
 */
public final class SparkAnnotate {
    /** As in {@code newskg}: usage errors 2, failures 1, some files skipped 3. */
    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_SKIPPED = 3;
    /** Every core of this machine on one pipeline, as {@code annotate --threads} defaults to. */
    static final String DEFAULT_MASTER = "local[*]";
    private static final String USAGE = "usage: newskg spark annotate PATH... --out DIR [--master URL] [--partitions N] [--max-bytes N]";

    private SparkAnnotate() {}

    public static void main(String[] args) {
        ExecutorPipeline.setUpJvm();
        System.exit(run(args, System.out, System.err));
    }

    /** What was asked: articles, records folder, Spark master (null: spark-submit's, else the default), tasks (0: one per article). */
    record Request(List<Path> paths, Path out, String master, int partitions, long maxBytes) {}

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || !args[0].equals("annotate")) {
            err.println("newskg spark: " + (args.length == 0 ? "give a command" : "unknown command '" + args[0] + "'")
                    + "; the one command is 'annotate'");
            err.println(USAGE);
            return EXIT_USAGE;
        }
        List<String> rest = List.of(args).subList(1, args.length);
        if (rest.contains("--help") || rest.contains("-h")) {
            out.println(USAGE);
            out.println("  annotates the articles in PATH (files or folders) as 'newskg annotate' does, in a Spark job:");
            out.println("  one record DIR/ID.nq per article, for 'newskg merge DIR'. --master: a Spark master URL");
            out.println("  (default " + DEFAULT_MASTER + ": this machine's cores); --partitions: tasks (default: one per article);");
            out.println("  --max-bytes: refuse larger articles (default " + ArticleReader.DEFAULT_MAX_BYTES + ").");
            return 0;
        }
        Request r;
        try {
            r = request(rest);
        } catch (ParseException | IllegalArgumentException e) {
            String message = e instanceof MissingOptionException m
                    ? "missing " + m.getMissingOptions().stream().map(o -> "--" + o).collect(Collectors.joining(", "))
                    : e.getMessage();
            err.println("newskg spark annotate: " + message);
            err.println(USAGE);
            return EXIT_USAGE;
        }
        IngestResult in = new ArticleReader(r.maxBytes()).read(r.paths());
        in.problems().forEach(p -> err.println("newskg: skipped " + p));
        if (in.documents().isEmpty()) {
            err.println("newskg spark annotate: " + (in.problems().isEmpty()
                    ? "no articles in " + r.paths().stream().map(Path::toString).collect(Collectors.joining(", "))
                    : "nothing to annotate: no input file could be read (see above)") + "; nothing was written");
            return EXIT_FAILED;
        }
        for (Document d : in.documents()) {
            d.convertedFrom().ifPresent(f -> err.println("newskg: read " + d.source() + " as " + f
                    + ": its article text is extracted and annotated"));
            if (d.sources().size() > 1) {
                err.println("newskg: " + String.join(" and ", d.sources()) + " hold the same article; it is annotated once");
            }
        }
        int code;
        try {
            code = annotate(r, in, err);
        } catch (RuntimeException e) {
            // A task that failed on every try (Spark's spark.task.maxFailures): the records written so
            // far are whole and correct; running the job again rewrites them with the same bytes.
            Throwable c = e;
            while (c.getCause() != null) {
                c = c.getCause();
            }
            err.println("newskg spark annotate: the Spark job failed: " + c + "; records already written are complete,"
                    + " run it again for the rest");
            return EXIT_FAILED;
        }
        return code == 0 && !in.problems().isEmpty() ? EXIT_SKIPPED : code;
    }

    static Request request(List<String> args) throws ParseException {
        Options options = new Options()
                .addOption(Option.builder().longOpt("out").hasArg().argName("DIR").required().get())
                .addOption(Option.builder().longOpt("master").hasArg().argName("URL").get())
                .addOption(Option.builder().longOpt("partitions").hasArg().argName("N").get())
                .addOption(Option.builder().longOpt("max-bytes").hasArg().argName("N").get());
        CommandLine line = DefaultParser.builder().get().parse(options, args.toArray(String[]::new));
        if (line.getArgList().isEmpty()) {
            throw new IllegalArgumentException("give the articles: one or more files or folders");
        }
        // Resolved as 'newskg annotate' resolves them (CliContext.resolve): the records name the files
        // the articles were read under, so the same names give the same bytes.
        Path here = Path.of("").toAbsolutePath();
        List<Path> paths = line.getArgList().stream().map(a -> here.resolve(a).normalize()).toList();
        Path out = here.resolve(line.getOptionValue("out")).normalize();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IllegalArgumentException("--out " + out + " is a file; give a folder");
        }
        String master = line.getOptionValue("master");
        if (master != null && master.isBlank()) {
            throw new IllegalArgumentException("--master takes a Spark master URL, e.g. local[2] or spark://host:7077");
        }
        return new Request(paths, out, master, (int) positive(line, "partitions", 0),
                positive(line, "max-bytes", ArticleReader.DEFAULT_MAX_BYTES));
    }

    private static long positive(CommandLine line, String option, long otherwise) {
        if (!line.hasOption(option)) {
            return otherwise;
        }
        long n;
        try {
            n = Long.parseLong(line.getOptionValue(option));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + option + " takes a whole number, not '" + line.getOptionValue(option) + "'");
        }
        if (n < 1 || (option.equals("partitions") && n > Integer.MAX_VALUE)) {
            throw new IllegalArgumentException("--" + option + " must be a positive whole number");
        }
        return n;
    }

    /** Runs the job on the articles read; returns 0, or {@link #EXIT_SKIPPED} when a task found its files changed. */
    private static int annotate(Request r, IngestResult in, PrintStream err) {
        long t0 = System.nanoTime();
        quietSpark();    // before Spark's first class: some warnings come as its configuration is made
        // Longest first, so that no long article is left running alone at the end (as 'annotate' does).
        List<ArrayList<String>> articles = in.documents().stream()
                .sorted(Comparator.comparingInt((Document d) -> -d.text().length()).thenComparing(Document::source))
                .map(d -> new ArrayList<>(d.sources())).toList();
        SparkConf conf = new SparkConf().setAppName("newskg annotate");
        if (r.master() != null) {
            conf.setMaster(r.master());
        }
        conf.setIfMissing("spark.master", DEFAULT_MASTER);
        String master = conf.get("spark.master");
        if (master.startsWith("local")) {
            conf.setIfMissing("spark.ui.enabled", "false");    // no port 4040 taken for a local run
        }
        int partitions = r.partitions() > 0 ? Math.min(r.partitions(), articles.size()) : articles.size();
        String out = r.out().toString();
        long maxBytes = r.maxBytes();
        List<ArticleAnnotator.Written> written;
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            err.println("Annotating " + articles.size() + " article" + (articles.size() == 1 ? "" : "s") + " with Spark (master "
                    + master + ", " + partitions + " task" + (partitions == 1 ? "" : "s") + ") ...");
            written = sc.parallelize(articles, partitions)
                    .map(files -> ExecutorPipeline.annotate(files, out, maxBytes))
                    .collect();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        List<ArticleAnnotator.Written> done = written.stream().filter(w -> w.problem().isEmpty()).toList();
        written.stream().filter(w -> !w.problem().isEmpty()).forEach(w -> err.println("newskg: skipped " + w.problem()));
        long bytes = done.stream().mapToLong(ArticleAnnotator.Written::bytes).sum();
        long loads = written.stream().filter(w -> w.modelSeconds() > 0).count();
        double models = written.stream().mapToDouble(ArticleAnnotator.Written::modelSeconds).max().orElse(0);
        double taskSeconds = written.stream().mapToDouble(ArticleAnnotator.Written::seconds).sum();
        err.printf(Locale.ROOT, "Annotated %d article%s into %s in %.1f s with Spark (%,d bytes of N-Quads)%n", done.size(),
                done.size() == 1 ? "" : "s", r.out(), wall, bytes);
        err.printf(Locale.ROOT, "  models: %.1f s (loaded by %d executor JVM%s); annotating: %.2f s an article (task time)%n", models,
                loads, loads == 1 ? "" : "s", done.isEmpty() ? 0 : taskSeconds / done.size());
        err.println("  pipeline: " + KgBuild.pipeline(NlpConfig.defaults()));
        err.println("Next, the merge (one process, no CoreNLP): ./newskg merge " + quote(out) + " --out graph.nq"
                + "   (or --store STORE)");
        err.println("On a cluster (the articles and the records folder on storage every node mounts at these paths):");
        err.println("  " + submitLine(r));
        return done.size() == written.size() ? 0 : EXIT_SKIPPED;
    }

    /**
     * The spark-submit line for a cluster: this job's jar, and NewsKG with its libraries (CoreNLP's
     * models among them) shipped with {@code --jars}; the cluster's Spark brings its own jars and the
     * JVM options it needs. Paths from the launcher (system properties), so the line runs as printed.
     */
    static String submitLine(Request r) {
        String jar = System.getProperty("newskg.spark.jar", "spark/job/target/newskg-spark-0.1.0-SNAPSHOT.jar");
        String appClasspath = System.getProperty("newskg.spark.appClasspath", "spark/job/target/app-classpath.txt");
        return "spark-submit --master spark://HOST:7077 --class " + SparkAnnotate.class.getName()
                + " --driver-memory 4g --executor-memory 8g --conf spark.executor.cores=2"
                + " --jars \"$(tr : , < " + quote(appClasspath) + ")\" " + quote(jar) + " annotate "
                + r.paths().stream().map(p -> quote(p.toString())).collect(Collectors.joining(" ")) + " --out " + quote(r.out().toString());
    }

    /** A path as one shell word. */
    static String quote(String s) {
        return s.matches("[A-Za-z0-9_./:@%+=,-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    /** Spark's start-up warnings (native Hadoop library, loopback address) say nothing a user can act on here. */
    private static void quietSpark() {
        for (String logger : List.of("org.apache.spark", "org.apache.hadoop", "org.sparkproject")) {
            Configurator.setLevel(logger, Level.ERROR);
        }
    }
}
