package org.newskg.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.MissingOptionException;
import org.apache.commons.cli.ParseException;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.newskg.NewsKgException;

/**
 * The {@code newskg} command line. {@link #main} only exits with what {@link #run} returns, so tests
 * drive {@link #run} with their own streams. Exit codes: 0 ok, 1 failure, 2 usage error, 3 built but
 * some input files were skipped.
 */
public final class Main {
    static final String VERSION = "0.1.0";

    private Main() {}

    /** The commands that write a whole corpus into a store, and run with {@link org.newskg.store.KgStore#useBlockCache}. */
    private static final java.util.Set<String> WRITERS = java.util.Set.of("build", "add", "remove", "merge");

    public static void main(String... args) {
        if (Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().filter(WRITERS::contains).isPresent()) {
            org.newskg.store.KgStore.useBlockCache();
        }
        Path home = Path.of(System.getProperty("newskg.home", ".")).toAbsolutePath().normalize();
        System.exit(run(new CliContext(home, Path.of("").toAbsolutePath(), System.out, System.err), args));
    }

    static Map<String, Command> commands() {
        Map<String, Command> m = new LinkedHashMap<>();
        for (Command c : List.of(new BuildCommand(), new AddCommand(), new RemoveCommand(), new AnnotateCommand(), new MergeCommand(), new LoadCommand(), new QueryCommand(), new ExportCommand(), new EvalCommand(), new ValidateCommand(), new ChangesCommand(), new CurateCommand(),
                new ServeCommand())) {
            m.put(c.name(), c);
        }
        return m;
    }

    public static int run(CliContext ctx, String... args) {
        List<String> rest = Arrays.asList(args);
        boolean verbose = rest.contains("--verbose") || rest.contains("-v");
        rest = rest.stream().filter(a -> !a.equals("--verbose") && !a.equals("-v")).toList();
        if (verbose) {
            Configurator.setLevel("org.newskg", Level.DEBUG);
            Configurator.setLevel(org.newskg.nlp.CoreNlpAnnotator.LOGGER, Level.INFO);
        }
        if (rest.isEmpty() || rest.get(0).equals("--help") || rest.get(0).equals("-h") || rest.get(0).equals("help")) {
            printHelp(ctx);
            return rest.isEmpty() ? 2 : 0;
        }
        if (rest.get(0).equals("--version")) {
            ctx.out().println("newskg " + VERSION);
            return 0;
        }
        Command command = commands().get(rest.get(0));
        if (command == null) {
            ctx.err().println("newskg: unknown command '" + rest.get(0) + "'; commands: " + String.join(", ", commands().keySet()));
            return 2;
        }
        String[] commandArgs = rest.subList(1, rest.size()).toArray(String[]::new);
        if (Arrays.asList(commandArgs).contains("--help") || Arrays.asList(commandArgs).contains("-h")) {
            printCommandHelp(ctx, command);
            return 0;
        }
        try {
            CommandLine line = DefaultParser.builder().get().parse(command.options(), commandArgs);
            return command.execute(line, ctx);
        } catch (ParseException | UsageException e) {
            String message = e instanceof MissingOptionException m
                    ? "missing " + m.getMissingOptions().stream().map(o -> "--" + o).collect(Collectors.joining(", "))
                    : e.getMessage();
            ctx.err().println("newskg " + command.name() + ": " + message);
            ctx.err().println("usage: newskg " + (command.name() + " " + command.arguments()).strip() + " [options]; see 'newskg "
                    + command.name() + " --help'");
            return 2;
        } catch (NewsKgException e) {
            ctx.err().println("newskg " + command.name() + ": " + e.getMessage());
            return 1;
        } catch (RuntimeException | OutOfMemoryError e) {
            ctx.err().println("newskg " + command.name() + ": unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + (verbose ? "" : " (run again with --verbose for details)"));
            if (verbose) {
                e.printStackTrace(ctx.err());
            }
            return 1;
        }
    }

    private static void printHelp(CliContext ctx) {
        PrintStream o = ctx.out();
        o.println("newskg " + VERSION + ": news articles to a queryable knowledge graph");
        o.println();
        o.println("usage: newskg COMMAND [options]");
        o.println();
        o.println("commands:");
        commands().values().forEach(c -> o.printf("  %-10s %s%n", c.name(), c.summary()));
        o.println();
        o.println("options for every command: --help, --verbose (CoreNLP and NewsKG log lines)");
        o.println("'newskg COMMAND --help' shows a command's options. Exit codes: 0 ok, 1 failure,");
        o.println("2 usage error, 3 done, but some input files were skipped.");
    }

    private static void printCommandHelp(CliContext ctx, Command c) {
        PrintWriter w = new PrintWriter(ctx.out(), true);
        HelpFormatter f = HelpFormatter.builder().setPrintWriter(w).get();
        f.printHelp(w, 100, "newskg " + c.name() + " " + c.arguments() + " [options]", c.summary(), c.options(), 2, 4, "", false);
        w.flush();
    }
}
