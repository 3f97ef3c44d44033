package org.newskg.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.newskg.build.BuildReport;
import org.newskg.build.StoredCorpus;
import org.newskg.ingest.IngestResult;
import org.newskg.model.Document;
import org.newskg.store.StoreSpec;

/**
 * {@code newskg add PATH ... [--store DIR|URL]}: adds these articles to the store, or updates them
 * (a file already built with other text replaces its old version), and keeps every other article.
 * The stored articles are read back from the store; their cached annotations are used again.
 */
final class AddCommand implements Command {
    @Override
    public String name() {
        return "add";
    }

    @Override
    public String summary() {
        return "add or update articles in the store, keeping the others";
    }

    @Override
    public String arguments() {
        return "PATH ...";
    }

    @Override
    public Options options() {
        return AnnotationOptions.addTo(StoreOption.addTo(new Options()));
    }

    @Override
    public int execute(CommandLine line, CliContext ctx) {
        if (line.getArgList().isEmpty()) {
            throw new UsageException("give the articles to add: files or folders");
        }
        List<Path> paths = AnnotationOptions.paths(line, ctx);
        StoreSpec store = StoreOption.writeSpec(line, ctx, "add");
        IngestResult input = AnnotationOptions.check(paths, AnnotationOptions.maxBytes(line), ctx, "add", "added",
                "the store is unchanged");
        List<Document> stored = StoredCorpus.documents(store);
        Set<String> storedIds = new HashSet<>();
        stored.forEach(d -> storedIds.add(d.id()));
        long fresh = input.documents().stream().filter(d -> !storedIds.contains(d.id())).count();
        BuildReport r = AnnotationOptions.build(line, ctx, paths, "add").documents(stored).store(store).run();
        BuildCommand.report(ctx, "Stored", r, store);
        ctx.err().printf(Locale.ROOT, "  added or changed: %d; already there: %d; the store holds %d article%s%n", fresh,
                input.documents().size() - fresh, r.articles(), r.articles() == 1 ? "" : "s");
        return r.skipped().isEmpty() ? 0 : BuildCommand.EXIT_SKIPPED;
    }
}
