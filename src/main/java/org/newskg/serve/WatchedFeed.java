package org.newskg.serve;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.newskg.build.BuildReport;
import org.newskg.build.KgBuild;
import org.newskg.build.StoredCorpus;
import org.newskg.ingest.IngestResult;
import org.newskg.ingest.Problem;
import org.newskg.ingest.WebArticles;
import org.newskg.model.Document;
import org.newskg.rdf.StoredArticles;
import org.newskg.store.KgStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An RSS or Atom feed a running server reads every so often ({@code newskg serve --watch-feed URL
 * --every 15m}): the pages of items it has not stored yet are fetched and added, as {@code newskg add
 * URL} would; articles that have left the feed stay (a feed shows only its latest items). One build
 * per poll that found something new, on the open store, under the server's write lock (a folder it
 * watches writes under the same one).
 */
public final class WatchedFeed implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WatchedFeed.class);

    private final KgStore store;
    private final String url;
    private final Duration every;
    private final WebArticles web;
    private final Supplier<KgBuild> builds;
    private final Consumer<String> report;
    private final Object writeLock;
    private final ScheduledExecutorService timer;
    /** Failures already reported: said once, not at every poll. */
    private final Set<Problem> reported = new HashSet<>();

    public WatchedFeed(KgStore store, String url, Duration every, WebArticles web, Supplier<KgBuild> builds, Consumer<String> report,
                       Object writeLock) {
        this.store = store;
        this.url = url;
        this.every = every;
        this.web = web;
        this.builds = builds;
        this.report = report;
        this.writeLock = writeLock;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().name("newskg-feed").daemon(true).unstarted(r));
    }

    /** Reads the feed now, then every {@code every}. */
    public WatchedFeed start() {
        timer.scheduleWithFixedDelay(this::poll, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** One poll; a failure is reported and the next poll tries again. */
    void poll() {
        try {
            long t = System.nanoTime();
            Set<String> known = new HashSet<>();
            store.read(StoredArticles::read).forEach(d -> known.addAll(d.sources()));
            IngestResult fetched = web.read(url, link -> !known.contains(link));
            fetched.problems().stream().filter(reported::add).forEach(p -> report.accept("newskg serve: feed: " + p));
            if (fetched.documents().isEmpty()) {
                return;
            }
            BuildReport r;
            synchronized (writeLock) {
                List<Document> stored = store.read(StoredArticles::read);    // again: the folder may have changed it
                r = builds.get().articles(List.of()).documents(StoredCorpus.replacing(fetched.documents(), stored)).runInto(store);
            }
            WatchedFolder.intake(url, r, t).ifPresent(report);
        } catch (RuntimeException e) {
            LOG.debug("feed poll failed", e);
            report.accept("newskg serve: could not take in the feed " + url + ": " + e.getMessage() + "; the next poll, in "
                    + every.toMinutes() + " min, tries again");
        }
    }

    @Override
    public void close() {
        timer.shutdown();
        try {
            timer.awaitTermination(30, TimeUnit.SECONDS);    // a poll that is writing finishes its batches
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
