package org.newskg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.query.Query;
import org.newskg.NewsKgException;
import org.newskg.query.QueryRunner;
import org.newskg.query.ResultFormat;
import org.newskg.query.SavedQueries;
import org.newskg.query.SavedQuery;
import org.newskg.store.GraphStore;

/** {@code newskg query (NAME | FILE.rq | --sparql TEXT) [--format F] [--store DIR]}. */
final class QueryCommand implements Command {
    @Override
    public String name() {
        return "query";
    }

    @Override
    public String summary() {
        return "run a saved query, a .rq file or SPARQL text; --list shows the saved ones";
    }

    @Override
    public String arguments() {
        return "(NAME | FILE.rq | --sparql TEXT | --list)";
    }

    @Override
    public Options options() {
        return StoreOption.addTo(new Options())
                .addOption(Option.builder().longOpt("sparql").hasArg().argName("TEXT").desc("the query text").get())
                .addOption(Option.builder().longOpt("format").hasArg().argName("F")
                        .desc("table (default), csv, tsv, json, xml").get())
                .addOption(Option.builder().longOpt("list").desc("list the saved queries").get());
    }

    @Override
    public int execute(CommandLine line, CliContext ctx) {
        SavedQueries saved = new SavedQueries(ctx.home().resolve("queries"));
        if (line.hasOption("list")) {
            for (SavedQuery q : saved.list()) {
                ctx.out().printf("%-28s %s%n", q.name(), q.description());
            }
            return 0;
        }
        List<String> args = line.getArgList();
        String sparql;
        String source;
        if (line.hasOption("sparql")) {
            if (!args.isEmpty()) {
                throw new UsageException("give either a query name or --sparql, not both");
            }
            sparql = line.getOptionValue("sparql");
            source = "--sparql";
        } else if (args.size() == 1) {
            String a = args.get(0);
            Path file = ctx.resolve(a);
            if (a.endsWith(".rq")) {
                if (!Files.isRegularFile(file)) {
                    throw new NewsKgException("no query file " + file);
                }
                SavedQuery q = SavedQueries.read(file);
                sparql = q.sparql();
                source = file.toString();
            } else {
                SavedQuery q = saved.find(a).orElseThrow(() -> new UsageException("no saved query '" + a + "' in " + saved.folder()
                        + saved.closest(a).map(c -> "; did you mean '" + c + "'?").orElse("") + " ('newskg query --list' shows them)"));
                sparql = q.sparql();
                source = q.file().toString();
            }
        } else {
            throw new UsageException("give one query: a saved query's NAME, a FILE.rq, or --sparql TEXT");
        }
        ResultFormat format;
        try {
            format = ResultFormat.byName(line.getOptionValue("format", "table"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Query query = QueryRunner.parse(sparql, source);
        try (GraphStore store = GraphStore.openExisting(StoreOption.readSpec(line, ctx))) {
            QueryRunner.run(store, query, format, ctx.out());
        }
        ctx.out().flush();
        return 0;
    }
}
