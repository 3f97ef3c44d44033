package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.build.BuildProgress;

/** {@code newskg build}'s options for speed, and its progress bar; no CoreNLP. */
class BuildOptionsTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        CliContext ctx = new CliContext(Path.of("").toAbsolutePath(), dir,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return Main.run(ctx, args);
    }

    @Test
    void badThreadsBatchAndCacheOptionsAreUsageErrors() {
        assertEquals(2, run("build", "--threads", "0"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--threads must be positive"), err.toString(StandardCharsets.UTF_8));
        assertEquals(2, run("build", "--threads", "two"));
        assertEquals(2, run("build", "--batch", "0"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--batch must be positive"), err.toString(StandardCharsets.UTF_8));
        assertEquals(2, run("build", "--batch", "-3"));
        assertEquals(2, run("build", "--batch", "64k"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--batch takes a whole number, not '64k'"), err.toString(StandardCharsets.UTF_8));
        assertEquals(2, run("build", "--cache", "c", "--no-cache"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("exclude each other"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpNamesTheSpeedOptions() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CliContext ctx = new CliContext(Path.of("").toAbsolutePath(), dir, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, Main.run(ctx, "build", "--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.contains("--cache") && help.contains("--no-cache") && help.contains("--threads") && help.contains("--batch <N>"), help);
    }

    @Test
    void noBarWhenTheStreamIsNotTheTerminal() {
        // Tests run with stderr piped, and a stream of our own is never a terminal.
        assertSame(BuildProgress.NONE, BuildProgressBar.forStream(new PrintStream(new ByteArrayOutputStream())));
        assertSame(BuildProgress.NONE, BuildProgressBar.forStream(System.err));
    }

    @Test
    void theBarCountsArticles() {
        ByteArrayOutputStream bar = new ByteArrayOutputStream();
        BuildProgressBar b = new BuildProgressBar(new PrintStream(bar, true, StandardCharsets.UTF_8));
        b.annotating(3);
        b.annotated();
        b.annotated();
        b.annotated();
        b.finished();
        String shown = bar.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains("3/3") && shown.contains("articles"), shown);
    }
}
