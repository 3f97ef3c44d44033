package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.TestPipeline;

/**
 * {@code newskg spark annotate} (spark/, docs/SCALING.md) writes the records {@code newskg annotate}
 * writes, byte for byte, in Spark's local mode with two task threads. It runs through the launcher as a
 * user would, in a process of its own: Spark's jars are never on this JVM's class path. The launcher
 * builds the Spark module first if needed (a minute on a fresh clone). One Spark JVM, a few articles.
 */
class SparkAnnotateIT {
    private static final Path LAUNCHER = Path.of("newskg").toAbsolutePath();

    @TempDir
    Path dir;

    private final CliRun cli = new CliRun(() -> dir);

    /** What a child {@code ./newskg} printed and returned. */
    private record Run(int exit, String err) {}

    @Test
    void sparkWritesTheRecordsAnnotateWrites() throws IOException, InterruptedException {
        // Three seeds, one of them also under a second name (one article naming both files), and an
        // empty file that both commands skip and name.
        List<Path> seeds = TestPipeline.seedFiles().subList(0, 3);
        Path articles = TestPipeline.copyInto(dir.resolve("articles"), seeds);
        Files.copy(seeds.get(1), articles.resolve("same-text-again.txt"));
        Files.writeString(articles.resolve("empty.txt"), "", StandardCharsets.UTF_8);

        // The reference: 'newskg annotate', here in-process (the seeds' annotations come from the shared cache).
        assertEquals(BuildCommand.EXIT_SKIPPED, cli.run("annotate", "articles", "--out", "annotated", "--cache",
                TestPipeline.seedCache().toString()), cli.err());
        List<Path> expected = list(dir.resolve("annotated"));
        assertEquals(3, expected.size(), expected.toString());

        Run spark = launch("spark", "annotate", "articles", "--out", "spark-records", "--master", "local[2]");
        assertEquals(BuildCommand.EXIT_SKIPPED, spark.exit(), spark.err());
        assertTrue(spark.err().contains("newskg: skipped " + articles.resolve("empty.txt") + ": empty file"), spark.err());
        assertTrue(spark.err().contains("hold the same article; it is annotated once"), spark.err());
        assertTrue(spark.err().contains("Annotated 3 articles into " + dir.resolve("spark-records")), spark.err());
        assertTrue(spark.err().contains("Next, the merge (one process, no CoreNLP): ./newskg merge " + dir.resolve("spark-records")),
                spark.err());
        assertTrue(spark.err().contains("spark-submit --master spark://HOST:7077 --class org.newskg.spark.SparkAnnotate"), spark.err());
        assertFalse(spark.err().lines().anyMatch(l -> l.contains(" ERROR ") || l.contains("Exception")), spark.err());

        List<Path> actual = list(dir.resolve("spark-records"));
        assertEquals(expected.stream().map(p -> p.getFileName().toString()).toList(),
                actual.stream().map(p -> p.getFileName().toString()).toList(), "the same record files (ID.nq)");
        for (Path e : expected) {
            Path a = dir.resolve("spark-records").resolve(e.getFileName());
            assertEquals(-1, Files.mismatch(e, a), "spark's " + a + " differs from annotate's " + e);
        }
        String twoNames = Files.readString(actual.get(0)) + Files.readString(actual.get(1)) + Files.readString(actual.get(2));
        assertTrue(twoNames.contains("same-text-again.txt"), "the article read under two names names both");
    }

    @Test
    void badInputGetsOneLineAndAnExitCode() throws IOException, InterruptedException {
        Run none = launch("spark", "annotate", "no-such-folder", "--out", "records");
        assertEquals(1, none.exit(), none.err());
        assertTrue(none.err().contains("newskg spark annotate: nothing to annotate: no input file could be read (see above);"
                + " nothing was written"), none.err());

        Files.writeString(dir.resolve("a-file"), "x");
        Files.createDirectories(dir.resolve("empty-folder"));
        Run outIsAFile = launch("spark", "annotate", "empty-folder", "--out", "a-file");
        assertEquals(2, outIsAFile.exit(), outIsAFile.err());
        assertTrue(outIsAFile.err().contains("--out " + dir.resolve("a-file") + " is a file; give a folder"), outIsAFile.err());

        Run noArticles = launch("spark", "annotate", "empty-folder", "--out", "records");
        assertEquals(1, noArticles.exit(), noArticles.err());
        assertTrue(noArticles.err().contains("no articles in " + dir.resolve("empty-folder") + "; nothing was written"),
                noArticles.err());
        assertFalse(Files.exists(dir.resolve("records")), "nothing was written");

        Run noPath = launch("spark", "annotate", "--out", "records");
        assertEquals(2, noPath.exit(), noPath.err());
        assertTrue(noPath.err().contains("give the articles"), noPath.err());
    }

    /** {@code ./newskg ARGS} in the test's folder, as a user runs it. */
    private Run launch(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(LAUNCHER.toString()));
        cmd.addAll(List.of(args));
        Path err = Files.createTempFile(dir, "launch", ".err");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(err.toFile()).start();
        if (!p.waitFor(15, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("./newskg " + String.join(" ", args) + " did not finish: " + Files.readString(err));
        }
        return new Run(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }
}
