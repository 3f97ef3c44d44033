package org.newskg.nlp;

import edu.stanford.nlp.coref.statistical.FeatureExtractor;
import edu.stanford.nlp.coref.statistical.StatisticalCorefProperties;
import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.stats.ClassicCounter;
import edu.stanford.nlp.stats.Counter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.GZIPOutputStream;
import org.newskg.io.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The statistical coreference system's word counts, cut to what it keeps. CoreNLP reads 4.2 million
 * word counts (131 MB serialized) at every start only to keep, as its vocabulary, the 78 thousand
 * words counted more than {@code FeatureExtractor.MIN_WORD_COUNT} times: about 8 s of CPU, a fifth of
 * loading the whole pipeline. The same counts of those words alone (0.6 MB) give the same vocabulary
 * and load in under half a second. The file is derived from CoreNLP's own on first use and kept in the
 * user's cache folder, under CoreNLP's version; it is never part of the project.
 */
public final class CorefWordCounts {
    private static final Logger LOG = LoggerFactory.getLogger(CorefWordCounts.class);
    /** The property CoreNLP reads the counts' path from (StatisticalCorefProperties.wordCountsPath). */
    static final String KEY = "coref.statistical.wordCounts";

    private CorefWordCounts() {}

    /**
     * The pipeline's properties with {@code coref.statistical.wordCounts} pointing at the cut file, when
     * the pipeline runs statistical coreference with CoreNLP's own counts and the file is there or can
     * be made; else the properties as they are (CoreNLP then reads its own file, as it always did).
     */
    static Properties withCutCounts(Properties p, Path cacheFolder) {
        boolean statistical = ("," + p.getProperty("annotators", "") + ",").contains(",coref,")
                && "statistical".equals(p.getProperty("coref.algorithm"));
        if (!statistical || p.getProperty(KEY) != null) {
            return p;
        }
        Optional<Path> cut = cut(StatisticalCorefProperties.wordCountsPath(new Properties()), cacheFolder);
        if (cut.isEmpty()) {
            return p;
        }
        Properties q = new Properties();
        q.putAll(p);
        q.setProperty(KEY, cut.get().toString());
        return q;
    }

    /**
     * The cut counts of {@code source} in {@code folder}, made now if they are not there yet; empty
     * (and said in the log) when they cannot be made: CoreNLP's file then serves as before.
     */
    static Optional<Path> cut(String source, Path folder) {
        Optional<Integer> min = minWordCount();
        if (min.isEmpty()) {
            return Optional.empty();
        }
        Path file = folder.resolve(edu.stanford.nlp.util.StringUtils.getBaseName(source).replace(".ser.gz", "")
                + "-over-" + min.get() + ".ser.gz");
        if (Files.isRegularFile(file)) {
            return Optional.of(file);
        }
        try {
            Counter<String> all = IOUtils.readObjectFromURLOrClasspathOrFileSystem(source);
            ClassicCounter<String> kept = new ClassicCounter<>();
            for (Map.Entry<String, Double> e : all.entrySet()) {
                if (e.getValue() > min.get()) {    // FeatureExtractor.loadVocabulary's test
                    kept.setCount(e.getKey(), e.getValue());
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(new GZIPOutputStream(bytes))) {
                out.writeObject(kept);
            }
            Files.createDirectories(folder);
            AtomicFiles.writeAtomically(file, bytes.toByteArray());
            LOG.info("coreference word counts cut from {} to {} words in {}", all.size(), kept.size(), file);
            return Optional.of(file);
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            LOG.warn("could not cut the coreference word counts into {} ({}); CoreNLP reads its own file", file, e.toString());
            return Optional.empty();
        }
    }

    /**
     * CoreNLP's threshold, read from its class so that a CoreNLP that changes it is followed; empty if
     * this CoreNLP has no such field (its vocabulary may then be made otherwise: do not cut).
     */
    static Optional<Integer> minWordCount() {
        try {
            java.lang.reflect.Field f = FeatureExtractor.class.getDeclaredField("MIN_WORD_COUNT");
            f.setAccessible(true);
            return Optional.of(f.getInt(null));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The user's cache folder for files derived from CoreNLP's models: $XDG_CACHE_HOME or ~/.cache, then newskg/corenlp-VERSION. */
    static Path defaultFolder() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("newskg").resolve("corenlp-" + NlpConfig.coreNlpVersion());
    }
}
