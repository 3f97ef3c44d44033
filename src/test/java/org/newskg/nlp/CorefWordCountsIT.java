package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.coref.statistical.FeatureExtractor;
import edu.stanford.nlp.coref.statistical.StatisticalCorefProperties;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link CorefWordCounts}: the cut file gives statistical coreference exactly the vocabulary CoreNLP's
 * own word counts give it (read by CoreNLP's own code on both), is made once, and is used only where
 * the pipeline would read CoreNLP's file. Reads the 131 MB counts twice: an integration test.
 */
class CorefWordCountsIT {
    @SuppressWarnings("unchecked")
    private static Set<String> vocabulary(String path) throws ReflectiveOperationException {
        Method load = FeatureExtractor.class.getDeclaredMethod("loadVocabulary", String.class);
        load.setAccessible(true);
        return (Set<String>) load.invoke(null, path);
    }

    @Test
    void theCutCountsGiveCoreNlpTheSameVocabularyAndAreMadeOnce(@TempDir Path dir) throws Exception {
        String source = StatisticalCorefProperties.wordCountsPath(new Properties());
        Path cut = CorefWordCounts.cut(source, dir.resolve("cache")).orElseThrow();
        assertTrue(Files.size(cut) < 2_000_000, "a small file: " + Files.size(cut));
        Set<String> ours = vocabulary(cut.toString());
        assertTrue(ours.size() > 10_000, "a real vocabulary: " + ours.size());
        assertEquals(vocabulary(source), ours, "the same words as CoreNLP's own file gives");

        FileTime made = Files.getLastModifiedTime(cut);
        assertEquals(cut, CorefWordCounts.cut(source, dir.resolve("cache")).orElseThrow());
        assertEquals(made, Files.getLastModifiedTime(cut), "made once, then read");
    }

    @Test
    void onlyAStatisticalCorefPipelineReadingCoreNlpsCountsGetsTheCutFile(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("cache");
        Properties statistical = NlpConfig.defaults().toProperties();
        assertEquals(folder.resolve("word_counts-over-20.ser.gz").toString(),
                CorefWordCounts.withCutCounts(statistical, folder).getProperty(CorefWordCounts.KEY));
        assertFalse(statistical.containsKey(CorefWordCounts.KEY), "the given properties are left as they are");

        Properties noCoref = new Properties();
        noCoref.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        assertSame(noCoref, CorefWordCounts.withCutCounts(noCoref, folder));
        Properties own = NlpConfig.defaults().toProperties();
        own.setProperty(CorefWordCounts.KEY, "my/counts.ser.gz");
        assertEquals("my/counts.ser.gz", CorefWordCounts.withCutCounts(own, folder).getProperty(CorefWordCounts.KEY), "a user's own file stays");
        Properties neural = NlpConfig.defaults().toProperties();
        neural.setProperty("coref.algorithm", "neural");
        assertSame(neural, CorefWordCounts.withCutCounts(neural, folder));
    }
}
