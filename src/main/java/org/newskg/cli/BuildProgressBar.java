package org.newskg.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.newskg.build.BuildProgress;

/**
 * The build's progress bar on stderr (me.tongfei:progressbar): articles annotated out of how many,
 * elapsed time and the estimate of the time left. It is shown only when stderr is a terminal, and
 * only for articles that need CoreNLP (the models take tens of seconds to load, so such a build is
 * never a short one); piped or redirected output gets the summary lines alone.
 */
final class BuildProgressBar implements BuildProgress {
    private final PrintStream err;
    private ProgressBar bar;

    BuildProgressBar(PrintStream err) {
        this.err = err;
    }

    /** A bar on {@code err} when it is the process's stderr and a terminal; otherwise nothing. */
    static BuildProgress forStream(PrintStream err) {
        return err == System.err && stderrIsTerminal() ? new BuildProgressBar(err) : BuildProgress.NONE;
    }

    @Override
    public synchronized void annotating(int articles) {
        bar = new ProgressBarBuilder()
                .setTaskName("Annotating")
                .setInitialMax(articles)
                .setUnit(" articles", 1)
                .setStyle(unicode() ? ProgressBarStyle.UNICODE_BLOCK : ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(err))
                .setUpdateIntervalMillis(500)
                .clearDisplayOnFinish()
                .build();
    }

    @Override
    public synchronized void annotated() {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public synchronized void finished() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    /**
     * Whether file descriptor 2 is a terminal. Java has no isatty for stderr: on Linux the link
     * /proc/self/fd/2 names the device (a /dev/pts/N or /dev/ttyN); elsewhere, the console when it
     * says it is a terminal (JDK 22+ returns a console even when redirected, so isTerminal counts).
     */
    static boolean stderrIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        Path fd2 = Path.of("/proc/self/fd/2");
        if (Files.exists(fd2, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
                return false;
            }
        }
        java.io.Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true;    // JDK 21: a console exists only on a terminal
        }
    }

    private static boolean unicode() {
        String lang = (System.getenv().getOrDefault("LC_ALL", "") + System.getenv().getOrDefault("LANG", ""))
                .toUpperCase(Locale.ROOT);
        return lang.contains("UTF-8") || lang.contains("UTF8");
    }
}
