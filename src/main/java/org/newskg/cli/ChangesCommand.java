package org.newskg.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.newskg.history.Change;
import org.newskg.history.CorpusChange;
import org.newskg.rdf.ChangeGraphs;
import org.newskg.store.GraphStore;

/**
 * {@code newskg changes [--since last|N|DATE] [--format table|json] [--all]}: what the builds, adds and
 * removes of the store changed, from its history (see {@link ChangeGraphs}).
 */
final class ChangesCommand implements Command {
    /** Items of one kind a table shows before "... and N more". */
    static final int SHOWN = 20;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    @Override
    public String name() {
        return "changes";
    }

    @Override
    public String summary() {
        return "what each build, add and remove changed: articles, entities, facts, contradictions";
    }

    @Override
    public Options options() {
        return StoreOption.addTo(new Options())
                .addOption(Option.builder().longOpt("since").hasArg().argName("last|N|DATE")
                        .desc("the changes to show: the last one (default), number N and later (1 for all), or those made"
                                + " on or after DATE (YYYY-MM-DD, UTC)").get())
                .addOption(Option.builder().longOpt("format").hasArg().argName("F").desc("table (default) or json").get())
                .addOption(Option.builder().longOpt("all").desc("list every item; a table shows " + SHOWN + " of each kind").get());
    }

    @Override
    public int execute(CommandLine line, CliContext ctx) {
        if (!line.getArgList().isEmpty()) {
            throw new UsageException("changes takes no arguments, got " + line.getArgList() + "; use --since last|N|DATE");
        }
        String format = line.getOptionValue("format", "table").strip().toLowerCase(Locale.ROOT);
        if (!format.equals("table") && !format.equals("json")) {
            throw new UsageException("--format must be table or json, not '" + line.getOptionValue("format") + "'");
        }
        String since = line.getOptionValue("since", "last").strip();
        java.util.function.Predicate<CorpusChange> chosen = chosen(since);
        List<CorpusChange> history;
        try (GraphStore store = GraphStore.openExisting(StoreOption.readSpec(line, ctx))) {
            history = store.read(ChangeGraphs::read);
        }
        List<CorpusChange> shown = since.equals("last") ? history.subList(Math.max(0, history.size() - 1), history.size())
                : history.stream().filter(chosen).toList();
        if (format.equals("json")) {
            json(shown, ctx.out());
        } else if (history.isEmpty()) {
            ctx.err().println("newskg changes: the store has no recorded changes yet (a build, add or remove records one)");
        } else if (shown.isEmpty()) {
            ctx.err().println("newskg changes: no change matches --since " + since + "; the store's history runs from #1 to #"
                    + history.get(history.size() - 1).sequence() + " (" + WHEN.format(history.get(history.size() - 1).ended()) + ")");
        } else {
            shown.forEach(c -> table(c, line.hasOption("all"), ctx.out()));
        }
        ctx.out().flush();
        return 0;
    }

    /** Which changes --since selects (all but "last", which takes the newest whatever it is). */
    private static java.util.function.Predicate<CorpusChange> chosen(String since) {
        if (since.equals("last")) {
            return c -> true;
        }
        if (since.matches("\\d+")) {
            int n;
            try {
                n = Integer.parseInt(since);
            } catch (NumberFormatException e) {
                throw new UsageException("--since " + since + " is too large a change number");
            }
            return c -> c.sequence() >= n;
        }
        try {
            LocalDate day = LocalDate.parse(since);
            return c -> !c.ended().isBefore(day.atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException e) {
            throw new UsageException("--since takes 'last', a change number (e.g. 3) or a date (YYYY-MM-DD), not '" + since + "'");
        }
    }

    static void table(CorpusChange c, boolean all, PrintStream out) {
        Duration took = Duration.between(c.started(), c.ended());
        out.printf(Locale.ROOT, "#%d  %s  %s  (%.1f s)%n", c.sequence(), WHEN.format(c.ended()), c.command(), took.toMillis() / 1000.0);
        for (Map.Entry<Change.Kind, Integer> k : c.counts().entrySet()) {
            List<Change> items = c.changes().stream().filter(x -> x.kind() == k.getKey()).toList();
            out.printf(Locale.ROOT, "  %s: %d%n", k.getKey().heading(), k.getValue());
            int n = all ? items.size() : Math.min(SHOWN, items.size());
            for (Change x : items.subList(0, n)) {
                out.println("    " + x.label() + support(x));
            }
            if (n < items.size()) {
                out.printf(Locale.ROOT, "    ... and %d more (--all lists them)%n", items.size() - n);
            }
        }
        out.println();
    }

    private static String support(Change x) {
        if (x.fact().isEmpty()) {
            return "";
        }
        return switch (x.kind()) {
            case FACT_CORROBORATED, FACT_WEAKENED -> "  (" + x.before() + " -> " + x.after() + " articles)";
            case NEW_FACT -> x.after() > 1 ? "  (" + x.after() + " articles)" : "";
            default -> "";
        };
    }

    private static void json(List<CorpusChange> changes, PrintStream out) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode root = mapper.createArrayNode();
        for (CorpusChange c : changes) {
            ObjectNode o = root.addObject();
            o.put("sequence", c.sequence());
            o.put("command", c.command());
            o.put("started", c.started().toString());
            o.put("ended", c.ended().toString());
            ObjectNode counts = o.putObject("counts");
            c.counts().forEach((k, n) -> counts.put(k.localName(), n));
            ArrayNode items = o.putArray("changes");
            for (Change x : c.changes()) {
                ObjectNode i = items.addObject();
                i.put("kind", x.kind().localName());
                i.put("label", x.label());
                x.about().ifPresent(a -> i.put("about", a));
                x.fact().ifPresent(f -> {
                    i.put("subject", f.subject());
                    i.put("relation", f.relation());
                    i.put("object", f.object());
                    i.put("supportBefore", x.before());
                    i.put("supportAfter", x.after());
                });
            }
        }
        try {
            out.println(mapper.writeValueAsString(root));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
