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

    private final CliRun cli = new CliRun(() -> dir);

    @Test
    void badThreadsBatchAndCacheOptionsAreUsageErrors() {
        assertEquals(2, cli.run("build", "--threads", "0"));
        assertTrue(cli.err().contains("--threads must be positive"), cli.err());
        assertEquals(2, cli.run("build", "--threads", "two"));
        assertEquals(2, cli.run("build", "--batch", "0"));
        assertTrue(cli.err().contains("--batch must be positive"), cli.err());
        assertEquals(2, cli.run("build", "--batch", "-3"));
        assertEquals(2, cli.run("build", "--batch", "64k"));
        assertTrue(cli.err().contains("--batch takes a whole number, not '64k'"), cli.err());
        assertEquals(2, cli.run("build", "--cache", "c", "--no-cache"));
        assertTrue(cli.err().contains("exclude each other"), cli.err());
    }

    @Test
    void helpNamesTheSpeedOptions() {
        assertEquals(0, cli.run("build", "--help"));
        String help = cli.out();
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
