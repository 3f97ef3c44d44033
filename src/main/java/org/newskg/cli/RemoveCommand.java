package org.newskg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.newskg.NewsKgException;
import org.newskg.build.BuildManifest;
import org.newskg.build.BuildReport;
import org.newskg.build.StoredCorpus;
import org.newskg.model.Document;
import org.newskg.store.StoreSpec;

/**
 * {@code newskg remove ID|PATH ... [--store DIR|URL]}: takes these articles out of the store (by id,
 * or by the file they were read from) and rebuilds the graph of the rest. An argument that matches no
 * stored article is an error, and nothing is removed.
 */
final class RemoveCommand implements Command {
    @Override
    public String name() {
        return "remove";
    }

    @Override
    public String summary() {
        return "take articles out of the store (by id, file or URL), keeping the others";
    }

    @Override
    public String arguments() {
        return "ID|PATH|URL ...";
    }

    @Override
    public Options options() {
        return AnnotationOptions.addTo(StoreOption.addTo(new Options()));
    }

    @Override
    public int execute(CommandLine line, CliContext ctx) {
        if (line.getArgList().isEmpty()) {
            throw new UsageException("give the articles to remove: their ids (see 'newskg query articles'), files or URLs");
        }
        StoreSpec store = StoreOption.writeSpec(line, ctx, "remove");
        List<Document> stored = StoredCorpus.documents(store);
        List<Document> keep = new ArrayList<>(stored);
        for (String arg : line.getArgList()) {
            String path = ctx.resolve(arg).toString();
            List<Document> matched = stored.stream().filter(d -> d.id().equals(arg)
                    || d.sources().stream().anyMatch(s -> s.equals(arg) || s.equals(path))).toList();
            if (matched.isEmpty()) {
                throw new NewsKgException("no article of the store " + store + " has the id or file '" + arg
                        + "' ('newskg query articles' lists them); nothing was removed");
            }
            keep.removeAll(matched);
        }
        BuildReport r = BuildManifest.runKeepingDigests(AnnotationOptions.build(line, ctx, List.<Path>of(), "remove").documents(keep)
                .store(store), store);
        BuildCommand.report(ctx, "Rebuilt", r, store);
        ctx.err().printf(Locale.ROOT, "  removed: %d; the store holds %d article%s%n", stored.size() - keep.size(), r.articles(),
                r.articles() == 1 ? "" : "s");
        return 0;
    }
}
