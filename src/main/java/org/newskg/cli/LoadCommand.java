package org.newskg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.newskg.NewsKgException;

/**
 * {@code newskg load FILE.nq ... --store DIR}: a new TDB2 store from N-Quads ({@code newskg merge --out}),
 * with Jena's bulk loader tdb2.xloader, which sorts on disk (sort(1)) instead of in memory: the path for a
 * graph too large to build in one process (docs/SCALING.md). The loader runs in a JVM of its own, as
 * Jena's own {@code tdb2.xloader} script runs it; it only builds a store from empty, so an existing
 * store is refused rather than overwritten.
 */
final class LoadCommand implements Command {
    static final String LOADER = "tdb2.xloader.CmdxLoader";

    @Override
    public String name() {
        return "load";
    }

    @Override
    public String summary() {
        return "bulk-load N-Quads (from 'merge --out') into a new TDB2 store with tdb2.xloader";
    }

    @Override
    public String arguments() {
        return "FILE.nq ...";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(Option.builder().longOpt("store").hasArg().argName("DIR").required()
                        .desc("the new TDB2 store folder (absent or empty)").get())
                .addOption(Option.builder().longOpt("tmpdir").hasArg().argName("DIR")
                        .desc("where the loader sorts (default: inside the store folder); needs about twice the data's size").get());
    }

    @Override
    public int execute(CommandLine line, CliContext ctx) {
        if (line.getArgList().isEmpty()) {
            throw new UsageException("give the N-Quads files to load (e.g. what 'newskg merge --out FILE.nq' wrote)");
        }
        Path store = ctx.resolve(line.getOptionValue("store"));
        if (Files.exists(store) && !isEmptyFolder(store)) {
            throw new NewsKgException("the bulk loader builds a new store, and " + store + " is not empty; give a new"
                    + " folder (then point --store at it), or use 'newskg merge --store' to update a store");
        }
        List<String> cmd = new ArrayList<>(List.of(javaCommand(), "-cp", System.getProperty("java.class.path"),
                LOADER, "--loc=" + store));
        if (line.hasOption("tmpdir")) {
            cmd.add("--tmpdir=" + ctx.resolve(line.getOptionValue("tmpdir")));
        }
        for (String f : line.getArgList()) {
            Path p = ctx.resolve(f);
            if (!Files.isRegularFile(p)) {
                throw new NewsKgException("no such file: " + p + "; nothing was loaded");
            }
            cmd.add(p.toString());
        }
        long t0 = System.nanoTime();
        int exit;
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            try (var in = p.getInputStream()) {
                in.transferTo(ctx.err());    // the loader's own progress lines
            }
            exit = p.waitFor();
        } catch (IOException e) {
            throw new NewsKgException("cannot start the bulk loader: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsKgException("interrupted while loading; the store " + store + " is incomplete: delete it");
        }
        if (exit != 0) {
            throw new NewsKgException("the bulk loader failed (exit " + exit + ", see above); the store " + store
                    + " is incomplete: delete it before trying again");
        }
        ctx.err().printf(Locale.ROOT, "Loaded %d file%s into %s in %.1f s%n", line.getArgList().size(),
                line.getArgList().size() == 1 ? "" : "s", store, (System.nanoTime() - t0) / 1e9);
        return 0;
    }

    private static boolean isEmptyFolder(Path p) {
        if (!Files.isDirectory(p)) {
            return false;
        }
        try (Stream<Path> s = Files.list(p)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
