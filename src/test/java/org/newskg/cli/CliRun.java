package org.newskg.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Runs {@code newskg} in-process as a user would, in a working folder, and keeps what each run printed.
 * A test class holds one as {@code private final CliRun cli = new CliRun(() -> dir);}: the folder is
 * asked for at each run, because JUnit fills a {@code @TempDir} field only after the instance is made.
 */
final class CliRun {
    private final Supplier<Path> workDir;
    private final java.util.Map<String, String> env;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    CliRun(Supplier<Path> workDir) {
        this(workDir, System.getenv());
    }

    /** With these environment variables instead of the process's (credentials for a remote store). */
    CliRun(Supplier<Path> workDir, java.util.Map<String, String> env) {
        this.workDir = workDir;
        this.env = env;
    }

    /** A command line from common arguments and more: {@code concat(new String[] {"build", "x"}, "--store", "kg")}. */
    static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    /** Runs the command line; {@link #out()} and {@link #err()} then hold what this run printed. */
    int run(String... args) {
        out.reset();
        err.reset();
        CliContext ctx = new CliContext(Path.of("").toAbsolutePath(), workDir.get(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), env);
        return Main.run(ctx, args);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
