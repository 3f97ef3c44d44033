package org.newskg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.newskg.NewsKgException;
import org.newskg.query.SavedQueries;
import org.newskg.serve.KgServer;
import org.newskg.serve.ServeException;
import org.newskg.serve.ServedCurations;
import org.newskg.rdf.StoredArticles;
import org.newskg.ingest.WebArticles;
import org.newskg.serve.WatchedFeed;
import org.newskg.serve.WatchedFolder;
import org.newskg.store.ServedStore;
import org.newskg.store.GraphStore;
import org.newskg.store.KgStore;
import org.newskg.store.StoreSpec;

/**
 * {@code newskg serve [--store DIR] [--port 3030] [--host 127.0.0.1] [--timeout 30] [--max-rows 10000]
 * [--allow-update --password-file FILE]}: the SPARQL endpoint and web page, until stopped. A saved
 * query with a syntax error is reported when the server starts (file, line, column) and the others
 * are served.
 */
final class ServeCommand implements Command {
    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String summary() {
        return "a Fuseki SPARQL endpoint (/newskg/sparql), saved queries and a web page over the store";
    }

    @Override
    public Options options() {
        return AnnotationOptions.addTo(new Options())
                .addOption(StoreOption.option())
                .addOption(Option.builder().longOpt("watch").hasArg().argName("DIR")
                        .desc("take in the articles of DIR while serving: a file that appears or changes there is added or"
                                + " updated, one that vanishes is removed (the store's other articles stay); the models load"
                                + " on the first article and stay loaded").get())
                .addOption(Option.builder().longOpt("watch-feed").hasArg().argName("URL")
                        .desc("read this RSS or Atom feed now and every --every, adding the pages of its new items"
                                + " (may be given more than once)").get())
                .addOption(Option.builder().longOpt("every").hasArg().argName("TIME")
                        .desc("how often to read --watch-feed: e.g. 15m (default), 1h, 90s; at least 10s").get())
                .addOption(Option.builder().longOpt("port").hasArg().argName("N")
                        .desc("port to listen on (default " + KgServer.DEFAULT_PORT + "; 0 picks a free one)").get())
                .addOption(Option.builder().longOpt("host").hasArg().argName("ADDRESS")
                        .desc("address to listen on (default " + KgServer.DEFAULT_HOST
                                + ", this machine only; 0.0.0.0 for every network)").get())
                .addOption(Option.builder().longOpt("timeout").hasArg().argName("SECONDS")
                        .desc("stop a query after this long (default " + KgServer.DEFAULT_TIMEOUT.toSeconds() + ")").get())
                .addOption(Option.builder().longOpt("max-rows").hasArg().argName("N")
                        .desc("cut a saved query's result (/queries/NAME, the web page) after N rows (default "
                                + KgServer.DEFAULT_MAX_ROWS + "), saying so in the header NewsKG-Result-Truncated; "
                                + "the SPARQL endpoint returns every row").get())
                .addOption(Option.builder().longOpt("allow-update")
                        .desc("accept SPARQL Update and Graph Store writes, from the users of --password-file").get())
                .addOption(Option.builder().longOpt("password-file").hasArg().argName("FILE")
                        .desc("users for --allow-update, one 'user: password' a line (HTTP basic auth)").get());
    }

    @Override
    public int execute(CommandLine line, CliContext ctx) {
        if (!line.getArgList().isEmpty()) {
            throw new UsageException("serve takes no arguments, got " + line.getArgList());
        }
        int port = port(line.getOptionValue("port", Integer.toString(KgServer.DEFAULT_PORT)));
        Duration timeout = timeout(line.getOptionValue("timeout", Long.toString(KgServer.DEFAULT_TIMEOUT.toSeconds())));
        int maxRows = maxRows(line.getOptionValue("max-rows", Integer.toString(KgServer.DEFAULT_MAX_ROWS)));
        String host = line.getOptionValue("host", KgServer.DEFAULT_HOST).strip();
        if (host.isEmpty()) {
            throw new UsageException("--host needs an address, e.g. 127.0.0.1");
        }
        boolean update = line.hasOption("allow-update");
        Path passwords = line.hasOption("password-file") ? ctx.resolve(line.getOptionValue("password-file")) : null;
        if (update && passwords == null) {
            throw new UsageException("--allow-update needs --password-file FILE (one 'user: password' a line): "
                    + "updates are only taken from logged-in users");
        }
        if (!update && passwords != null) {
            throw new UsageException("--password-file is only for --allow-update (reading needs no login)");
        }
        if (passwords != null && !Files.isRegularFile(passwords)) {
            throw new NewsKgException("no password file " + passwords + "; write one 'user: password' a line");
        }

        SavedQueries saved = new SavedQueries(ctx.home().resolve("queries"));
        StoreSpec spec = StoreOption.spec(line, ctx);
        if (spec.kind() == StoreSpec.Kind.REMOTE) {
            throw new NewsKgException("serve needs a store folder; the store at " + spec.endpoint()
                    + " has its own SPARQL endpoint: query it there, or with 'newskg query --store URL'");
        }
        ServedStore.find(spec.folder()).ifPresent(s -> {
            throw new NewsKgException("the store " + spec.folder() + " is already served by process " + s.pid() + " at " + s.url()
                    + "; use that server, or stop it first");
        });
        Path watch = line.hasOption("watch") ? ctx.resolve(line.getOptionValue("watch")).toAbsolutePath().normalize() : null;
        if (watch != null && !Files.isDirectory(watch)) {
            throw new NewsKgException("no folder " + watch + " to watch; create it (mkdir), or give --watch an existing folder");
        }
        List<String> feeds = line.hasOption("watch-feed") ? List.of(line.getOptionValues("watch-feed")) : List.of();
        for (String f : feeds) {
            if (!f.startsWith("http://") && !f.startsWith("https://")) {
                throw new UsageException("--watch-feed takes the http or https URL of an RSS or Atom feed, not '" + f + "'");
            }
        }
        if (line.hasOption("every") && feeds.isEmpty()) {
            throw new UsageException("--every is how often to read --watch-feed; give the feed's URL too");
        }
        Duration every = every(line.getOptionValue("every", "15m"));
        boolean live = watch != null || !feeds.isEmpty();
        // --watch and --watch-feed may make the store; without them, serving a folder that holds no store is a mistake.
        KgStore store = (KgStore) (live ? GraphStore.open(spec) : GraphStore.openExisting(spec));
        Object writeLock = new Object();
        CoreNlpSupplier models = new CoreNlpSupplier(ctx);
        KgServer server;
        try {
            KgServer.Builder b = KgServer.create()
                    .dataset(store.dataset())
                    .host(host)
                    .port(port)
                    .queryTimeout(timeout)
                    .maxRows(maxRows)
                    .savedQueries(saved);
            if (update) {
                // The page's curations: each rebuilds the graph from the stored articles, as 'newskg curate'
                // does, under the write lock that the watched folder and feeds share (cached facts: no models).
                b.allowUpdate(passwords).curations(new ServedCurations(store, writeLock, (s, words) -> AnnotationOptions
                        .build(line, ctx, List.of(), words).annotator(models).documents(s.read(StoredArticles::read)).runInto(s),
                        ctx.err()::println));
            }
            server = b.build().start();
        } catch (RuntimeException e) {
            store.close();
            throw e instanceof NewsKgException ? e : new ServeException(e.getMessage(), e);
        }
        WatchedFolder watched = null;
        List<WatchedFeed> polled = new java.util.ArrayList<>();
        if (watch != null) {
            watched = new WatchedFolder(store, watch,
                    () -> AnnotationOptions.build(line, ctx, List.of(watch), "watch " + watch).annotator(models), ctx.err()::println,
                    writeLock);
        }
        WebArticles web = feeds.isEmpty() ? null : new WebArticles(AnnotationOptions.maxBytes(line));
        for (String f : feeds) {
            polled.add(new WatchedFeed(store, f, every, web,
                    () -> AnnotationOptions.build(line, ctx, List.of(), "watch-feed " + f).annotator(models), ctx.err()::println, writeLock));
        }
        ServedStore served = new ServedStore(URI.create(server.url()), ProcessHandle.current().pid(), Optional.ofNullable(watch));
        served.write(spec.folder());
        WatchedFolder following = watched;
        Thread stopper = new Thread(() -> {
            ServedStore.remove(spec.folder());
            if (following != null) {
                following.close();
            }
            polled.forEach(WatchedFeed::close);
            if (web != null) {
                web.close();
            }
            server.stop();
            store.close();
        }, "newskg-serve-stop");
        Runtime.getRuntime().addShutdownHook(stopper);

        String url = server.url();
        ctx.err().println("newskg serve: serving " + spec.folder() + (update ? " (updates allowed for logged-in users)" : " (read-only)")
                + " at " + url);
        ctx.err().println("  web page         " + url);
        ctx.err().println("  SPARQL endpoint  " + server.sparqlEndpoint() + "   (also /newskg/query, /newskg/get, /newskg/data)");
        ctx.err().println("  saved queries    " + url + "queries");
        if (update) {
            ctx.err().println("  curations        " + url + "newskg/curate   (the page's merge, reject, rename, retype, link; logged-in users)");
        }
        ctx.err().println("  query timeout    " + timeout.toMillis() / 1000.0 + " s; saved queries answer at most " + maxRows
                + " rows; stop the server with Ctrl-C");
        if (watched != null) {
            ctx.err().println("  watching         " + watch + "   (files put there are taken in; the models load on the first)");
        }
        for (String f : feeds) {
            ctx.err().println("  reading feed     " + f + "   (now, then every " + words(every) + ")");
        }
        ctx.err().println("  the other commands read the store through this server; 'build', 'add' and 'remove' wait for it to stop");
        for (String problem : KgServer.savedQueryProblems(saved)) {
            ctx.err().println("newskg serve: warning: " + problem + " (that query answers 500 until fixed; the others are served)");
        }
        ctx.err().flush();
        if (watched != null) {
            watched.start();
        }
        polled.forEach(WatchedFeed::start);
        server.join();
        return 0;
    }

    private static int port(String value) {
        return wholeNumber(value, 0, 65535, "--port must be a number from 0 to 65535");
    }

    private static int maxRows(String value) {
        return wholeNumber(value, 1, Integer.MAX_VALUE, "--max-rows must be a whole number above 0");
    }

    /** {@code value} as a whole number from {@code min} to {@code max}; else a usage error: RULE, not 'VALUE'. */
    private static int wholeNumber(String value, int min, int max, String rule) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new UsageException(rule + ", not '" + value + "'");
    }

    /** --every: a number and a unit (s, m, h), e.g. 15m; at least 10 s, so that a feed is not hammered. */
    static Duration every(String value) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,6})\\s*([smh])").matcher(value.strip().toLowerCase(java.util.Locale.ROOT));
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            Duration d = switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofHours(n);
            };
            if (d.toSeconds() >= 10) {
                return d;
            }
        }
        throw new UsageException("--every takes a time of at least 10 seconds with its unit, e.g. 15m, 1h or 90s; not '" + value + "'");
    }

    private static String words(Duration d) {
        return d.toSeconds() % 3600 == 0 ? d.toHours() + " h" : d.toSeconds() % 60 == 0 ? d.toMinutes() + " min" : d.toSeconds() + " s";
    }

    private static Duration timeout(String value) {
        try {
            double s = Double.parseDouble(value.strip());
            if (s > 0 && s <= 86_400) {
                return Duration.ofMillis(Math.max(1, Math.round(s * 1000)));
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new UsageException("--timeout must be a number of seconds above 0, not '" + value + "'");
    }

    /** The CoreNLP pipeline for --watch: loaded by the first round that has an article to annotate, then kept. */
    private static final class CoreNlpSupplier implements java.util.function.Supplier<org.newskg.nlp.CoreNlpAnnotator> {
        private final CliContext ctx;
        private org.newskg.nlp.CoreNlpAnnotator nlp;

        CoreNlpSupplier(CliContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public synchronized org.newskg.nlp.CoreNlpAnnotator get() {
            if (nlp == null) {
                ctx.err().println("newskg serve: loading CoreNLP models for the watched folder ...");
                nlp = org.newskg.nlp.CoreNlpAnnotator.load(org.newskg.nlp.NlpConfig.defaults());
            }
            return nlp;
        }
    }
}
