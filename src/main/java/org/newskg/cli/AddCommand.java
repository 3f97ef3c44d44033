package org.newskg.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.newskg.build.BuildManifest;
import org.newskg.build.BuildReport;
import org.newskg.build.StoredCorpus;
import org.newskg.ingest.IngestResult;
import org.newskg.ingest.WebArticles;
import org.newskg.model.Document;
import org.newskg.store.StoreSpec;

/**
 * {@code newskg add PATH|URL ... [--store DIR|URL]}: adds these articles to the store, or updates them
 * (a file or URL already built with other text replaces its old version), and keeps every other
 * article. A URL (http, https) is an article page or an RSS/Atom feed, whose items' pages are added
 * ({@link WebArticles}); the URL (a feed item's link) is the article's source. The stored articles are
 * read back from the store; their cached annotations are used again.
 */
final class AddCommand implements Command {
    @Override
    public String name() {
        return "add";
    }

    @Override
    public String summary() {
        return "add or update articles (files, folders, URLs of pages or RSS/Atom feeds), keeping the others";
    }

    @Override
    public String arguments() {
        return "PATH|URL ...";
    }

    @Override
    public Options options() {
        return AnnotationOptions.addTo(StoreOption.addTo(new Options()));
    }

    @Override
    public int execute(CommandLine line, CliContext ctx) {
        if (line.getArgList().isEmpty()) {
            throw new UsageException("give the articles to add: files, folders or URLs");
        }
        List<String> urls = line.getArgList().stream().filter(WebArticles::isUrl).toList();
        List<Path> paths = line.getArgList().stream().filter(a -> !WebArticles.isUrl(a)).map(ctx::resolve).toList();
        StoreSpec store = StoreOption.writeSpec(line, ctx, "add");
        long maxBytes = AnnotationOptions.maxBytes(line);
        IngestResult fetched = fetch(urls, maxBytes, ctx);
        IngestResult input = AnnotationOptions.check(paths, urls.isEmpty() ? null : fetched, maxBytes, ctx, "add", "added",
                "the store is unchanged");
        List<Document> stored = StoredCorpus.documents(store);
        Set<String> storedIds = new HashSet<>();
        stored.forEach(d -> storedIds.add(d.id()));
        long fresh = input.documents().stream().filter(d -> !storedIds.contains(d.id())).count();
        BuildReport r = BuildManifest.runKeepingDigests(AnnotationOptions.build(line, ctx, paths, "add")
                .documents(StoredCorpus.replacing(fetched.documents(), stored)).store(store), store);
        BuildCommand.report(ctx, "Stored", r, store);
        ctx.err().printf(Locale.ROOT, "  added or changed: %d; already there: %d; the store holds %d article%s%n", fresh,
                input.documents().size() - fresh, r.articles(), r.articles() == 1 ? "" : "s");
        return r.skipped().isEmpty() && fetched.problems().isEmpty() ? 0 : BuildCommand.EXIT_SKIPPED;
    }

    private static IngestResult fetch(List<String> urls, long maxBytes, CliContext ctx) {
        if (urls.isEmpty()) {
            return new IngestResult(List.of(), List.of());
        }
        try (WebArticles web = new WebArticles(maxBytes)) {
            ctx.err().println("Fetching " + (urls.size() == 1 ? urls.get(0) : urls.size() + " URLs") + " ...");
            return web.read(urls);    // the same text at several URLs is one article that records every URL
        }
    }
}
