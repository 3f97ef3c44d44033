package org.newskg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.newskg.nlp.AnnotationCache;
import org.newskg.build.BuildReport;
import org.newskg.build.KgBuild;
import org.newskg.nlp.CoreNlpAnnotator;
import org.newskg.nlp.NlpConfig;
import org.newskg.store.KgStore;
import org.newskg.store.StoreSpec;

/**
 * What the tests that need CoreNLP share: one pipeline per test JVM (loading it takes tens of
 * seconds and gigabytes), the graph of the seed articles, built once into memory, and an annotation
 * cache holding the seeds (by absolute path), so that CLI tests can build them without loading models.
 */
public final class TestPipeline {
    private static CoreNlpAnnotator annotator;
    private static KgStore seeds;
    private static BuildReport seedsReport;
    private static Path seedCache;

    private TestPipeline() {}

    public static synchronized CoreNlpAnnotator annotator() {
        if (annotator == null) {
            annotator = CoreNlpAnnotator.load(NlpConfig.defaults());
        }
        return annotator;
    }

    /** The seeds' graph in an in-memory store; read-only by convention: tests must not write to it. */
    public static synchronized KgStore seeds() {
        if (seeds == null) {
            seeds = KgStore.open(StoreSpec.memory());
            seedsReport = KgBuild.create().articles(List.of(Path.of("seeds")))
                    .annotator(TestPipeline::annotator).runInto(seeds);
        }
        return seeds;
    }

    /** The seeds as the CLI tests name them: by absolute path (the graph records the path as given). */
    public static Path seedsFolder() {
        return Path.of("seeds").toAbsolutePath();
    }

    /**
     * An annotation cache (a folder deleted when the JVM exits) that holds the seeds' annotations:
     * {@code newskg build SEEDS --cache DIR} then loads no model.
     */
    public static synchronized Path seedCache() {
        if (seedCache == null) {
            try {
                Path dir = Files.createTempDirectory("newskg-seed-cache");
                KgBuild.create().articles(List.of(seedsFolder())).cache(AnnotationCache.open(dir, NlpConfig.defaults()))
                        .annotator(TestPipeline::annotator).extract();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                seedCache = dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return seedCache;
    }

    /** The seed articles' files, in name order. */
    public static List<Path> seedFiles() throws IOException {
        try (Stream<Path> s = Files.list(seedsFolder())) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** A folder holding copies of these files (a corpus of some seeds). */
    public static Path copyInto(Path folder, List<Path> files) throws IOException {
        Files.createDirectories(folder);
        for (Path p : files) {
            Files.copy(p, folder.resolve(p.getFileName()));
        }
        return folder;
    }

    /**
     * A copy of {@link #seedCache()} in {@code to}, for a test whose commands write to their cache:
     * the seeds' articles are then built with no model loaded.
     */
    public static Path copySeedCache(Path to) throws IOException {
        Path from = seedCache();
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    private static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder: the system cleans it up
        }
    }

    /**
     * An annotation cache kept under target/ from one test run to the next, for the tests that build
     * the evaluation sets and the benchmark corpus: a fresh clone annotates them once, a later run of
     * the same pipeline reads them back (and re-extracts only when the extractor changed).
     */
    public static AnnotationCache evaluationCache() {
        return AnnotationCache.open(Path.of(System.getProperty("newskg.target", "target"), "test-annotations"), NlpConfig.defaults());
    }

    public static synchronized BuildReport seedsReport() {
        seeds();
        return seedsReport;
    }
}
