package org.newskg.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.newskg.NewsKgException;
import org.newskg.build.BuildReport;
import org.newskg.build.KgBuild;
import org.newskg.model.Document;
import org.newskg.rdf.StoredArticles;
import org.newskg.store.KgStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A folder whose articles a running server keeps in its store ({@code newskg serve --watch DIR}): a
 * file that appears or changes there is added or updated, one that vanishes is removed, while the
 * server goes on answering queries. The store's other articles (built before from elsewhere) are kept.
 *
 * <p>Each time the folder changes (after it has been quiet for {@link #QUIET}, so that a file being
 * copied is read whole), one build brings the store in line with it: the folder's files with the
 * store's other articles, on the open store. Its write transactions are a build's (batches that each
 * leave a valid graph), so readers see the graph before or after each batch, and a server killed
 * midway leaves a store that the next start brings in line, because it starts with the same step.
 * The pipeline comes from {@code builds}, whose annotator is loaded once, on the first article to
 * annotate, and kept. Rounds write under the server's write lock, which a watched feed shares.
 */
public final class WatchedFolder implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WatchedFolder.class);
    /** How long the folder must be quiet before it is read. */
    public static final Duration QUIET = Duration.ofMillis(300);

    private final KgStore store;
    private final Path folder;
    private final Supplier<KgBuild> builds;
    private final Consumer<String> report;
    /** Held while writing: a watched feed writes the same store. */
    private final Object writeLock;
    private final WatchService watcher;
    private final Thread thread;
    private volatile boolean closed;
    /** Files already reported as unreadable (with the reason): said once, not at every round. */
    private final java.util.Set<org.newskg.ingest.Problem> reported = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * @param builds a build with the server's cache, threads and annotator, for each round
     * @param report where to say what each round did (the server's console)
     * @param writeLock held while a round writes the store
     */
    public WatchedFolder(KgStore store, Path folder, Supplier<KgBuild> builds, Consumer<String> report, Object writeLock) {
        if (!Files.isDirectory(folder)) {
            throw new NewsKgException("no folder " + folder + " to watch; create it, or give --watch an existing folder");
        }
        this.store = store;
        this.folder = folder.toAbsolutePath().normalize();
        this.builds = builds;
        this.report = report;
        this.writeLock = writeLock;
        try {
            this.watcher = FileSystems.getDefault().newWatchService();
            register(this.folder);
        } catch (IOException e) {
            throw new NewsKgException("cannot watch " + folder + ": " + e.getMessage(), e);
        }
        this.thread = Thread.ofPlatform().name("newskg-watch").daemon(true).unstarted(this::run);
    }

    public Path folder() {
        return folder;
    }

    /** Brings the store in line with the folder, then follows it, on its own thread. */
    public WatchedFolder start() {
        thread.start();
        return this;
    }

    private void run() {
        round();
        report.accept("newskg serve: " + folder + " is taken in; following it");
        try {
            while (!closed) {
                WatchKey key = watcher.take();
                drain(key);
                // Wait until the folder is quiet: a file being copied sends many events.
                WatchKey more;
                while ((more = watcher.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                round();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    private void drain(WatchKey key) {
        for (var event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && key.watchable() instanceof Path dir
                    && event.context() instanceof Path name && Files.isDirectory(dir.resolve(name))) {
                try {
                    register(dir.resolve(name));    // a new subfolder: follow it too
                } catch (IOException e) {
                    LOG.warn("cannot watch {}: {}", dir.resolve(name), e.getMessage());
                }
            }
        }
        key.reset();
    }

    private void register(Path dir) throws IOException {
        try (Stream<Path> dirs = Files.walk(dir)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    /** One build: the folder's articles and the store's others; a failure is reported, and the server goes on. */
    private void round() {
        long t = System.nanoTime();
        try {
            BuildReport r;
            synchronized (writeLock) {
                List<Document> stored = store.read(StoredArticles::read);
                String prefix = folder + java.io.File.separator;
                List<Document> others = stored.stream().filter(d -> d.sources().stream().noneMatch(s -> s.startsWith(prefix))).toList();
                r = builds.get().articles(List.of(folder)).documents(others).runInto(store);
            }
            r.skipped().stream().filter(reported::add).forEach(p -> report.accept("newskg serve: skipped " + p));
            intake(folder.toString(), r, t).ifPresent(report);
        } catch (RuntimeException e) {
            LOG.debug("watch round failed", e);
            report.accept("newskg serve: could not take in the articles of " + folder + ": " + e.getMessage()
                    + "; the store holds what was taken in before the failure, and the next change in the folder tries again");
        }
    }

    /** What an intake did, for the server's console, if it changed the store: its change, time, articles and phases. */
    static java.util.Optional<String> intake(String source, BuildReport r, long startNanos) {
        return r.change().map(c -> String.format(java.util.Locale.ROOT, "newskg serve: %s: change #%d in %.1f s (%s); the store holds %d article%s [%s]",
                source, c.sequence(), (System.nanoTime() - startNanos) / 1e9, c.summary(), r.articles(), r.articles() == 1 ? "" : "s",
                r.phasesLine()));
    }

    @Override
    public void close() {
        closed = true;
        try {
            watcher.close();
        } catch (IOException e) {
            // closing anyway
        }
        // No interrupt: a round stopped inside a write transaction would be rolled back anyway, but
        // one that finishes leaves nothing for the next start to do.
        try {
            thread.join(Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
