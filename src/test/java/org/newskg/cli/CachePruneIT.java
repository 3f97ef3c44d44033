package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.TestPipeline;
import org.newskg.ingest.ArticleReader;
import org.newskg.nlp.AnnotationCache;

/**
 * {@code build --prune-cache}: after the build, the cache keeps the annotations and facts of the
 * articles built and nothing of other articles or other pipeline configurations; other files stay.
 * Uses a copy of the seeds' shared cache, so no model is loaded.
 */
class CachePruneIT {
    @TempDir
    Path dir;
    private final CliRun cli = new CliRun(() -> dir);

    @Test
    void keepsWhatTheBuildUsesAndDeletesTheRest() throws IOException {
        Path cache = dir.resolve("cache");
        copy(TestPipeline.seedCache(), cache);
        Path old = Files.createDirectories(cache.resolve("0123456789abcdef"));
        Files.writeString(old.resolve("config.txt"), "# an older pipeline\n");
        Files.writeString(Files.createDirectories(old.resolve("ab")).resolve("ab".repeat(32) + ".ann"), "old entry");
        Path notes = Files.writeString(cache.resolve("notes.txt"), "not the cache's");

        Path three = Files.createDirectories(dir.resolve("three"));
        List<Path> seeds = TestPipeline.seedFiles();
        seeds.subList(0, 3).forEach(p -> copyFile(p, three.resolve(p.getFileName())));
        Set<String> kept = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES).read(List.of(three)).documents().stream()
                .map(AnnotationCache::key).collect(Collectors.toSet());
        List<Path> before = entries(cache);
        long gone = before.stream().filter(p -> !kept.contains(key(p))).count();
        assertTrue(gone >= 3, "two seeds' entries and the old configuration's: " + before);

        assertEquals(0, cli.run("build", three.toString(), "--cache", cache.toString(), "--store", "kg", "--prune-cache"), cli.err());
        // The entries of the two seeds left out and of the old configuration, and that one's config.txt.
        assertTrue(cli.err().contains("cache: " + (gone + 1) + " files of other articles and configurations deleted"), cli.err());
        List<Path> after = entries(cache);
        assertEquals(before.stream().filter(p -> kept.contains(key(p))).toList(), after, "only the built articles' entries are left");
        assertTrue(after.stream().anyMatch(p -> p.toString().endsWith(".ann")) && after.stream().anyMatch(p -> p.toString().endsWith(".json")),
                "annotations and facts both kept: " + after);
        assertFalse(Files.exists(old), "the other configuration's folder is gone");
        assertTrue(Files.exists(notes), "a file that is not the cache's stays");

        assertEquals(0, cli.run("build", three.toString(), "--cache", cache.toString(), "--store", "kg"), cli.err());
        assertTrue(cli.err().contains("annotated: 0 (cached: 3)"), "the kept entries still serve: " + cli.err());

        assertEquals(2, cli.run("build", three.toString(), "--no-cache", "--prune-cache"));
        assertTrue(cli.err().contains("--prune-cache needs a cache"), cli.err());
    }

    private static String key(Path entry) {
        String name = entry.getFileName().toString();
        return name.substring(0, name.indexOf('.'));
    }

    /** The cache's entry files (64-hex-digit names), sorted. */
    private static List<Path> entries(Path cache) throws IOException {
        try (Stream<Path> s = Files.walk(cache)) {
            return s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().indexOf('.') == 64).sorted().toList();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted().toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }

    private static void copyFile(Path from, Path to) {
        try {
            Files.copy(from, to);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
