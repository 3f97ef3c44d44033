package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link DepparseModel}: on a model of CoreNLP's format, small enough to read, the words no text has
 * are left out, everything else is copied, and the pre-computed ids are renumbered and cut as CoreNLP
 * would cut them. (That the parser then parses as before is checked on real text in ScopedPipelineIT.)
 */
class DepparseModelTest {
    // 5 words, 2 POS tags, 2 labels; embeddings of 2; hidden layer of 2; 3 tokens a feature vector.
    private static final List<String> MODEL = List.of(
            "dict=5", "pos=2", "label=2", "embeddingSize=2", "hiddenSize=2", "numTokens=3", "preComputed=4",
            "-UNKNOWN- 0.1 0.2", "-NULL- 0.3 0.4", "-ROOT- 0.5 0.6", "envoy 0.7 0.8", "zebra 0.9 1.0",
            "NN 1.1 1.2", "VB 1.3 1.4",
            "-NULL- 1.5 1.6", "nsubj 1.7 1.8",
            "2.1 2.2", "2.3 2.4", "2.5 2.6", "2.7 2.8", "2.9 3.0", "3.1 3.2",    // W1: embeddingSize x numTokens lines
            "4.1 4.2",                                                            // b1
            "5.1 5.2 5.3", "5.4 5.5 5.6",                                          // W2: hiddenSize lines
            "10 12 17 0");    // (envoy, 1), (zebra, 0), (first POS tag, 2), (-UNKNOWN-, 0)
    private static final TokenVocabulary TEXTS = TokenVocabulary.of(List.of("The envoy spoke."), new Properties());

    @Test
    void leavesOutTheWordsNoTextHasAndRenumbersWhatFollows(@TempDir Path dir) throws Exception {
        Path model = Files.write(dir.resolve("model.txt"), MODEL);
        Path cut = DepparseModel.cut(model.toString(), new Properties(), TEXTS, dir, false).file();
        List<String> expected = new java.util.ArrayList<>(MODEL);
        expected.set(0, "dict=4");
        expected.set(6, "preComputed=3");
        expected.remove("zebra 0.9 1.0");
        expected.set(expected.size() - 1, "10 14 0");    // envoy stays row 3; the POS tag moves from row 5 to 4
        assertEquals(expected, Files.readAllLines(cut));
    }

    @Test
    void keepsOnlyThePreComputedIdsCoreNlpWouldUse(@TempDir Path dir) throws Exception {
        Path model = Files.write(dir.resolve("model.txt"), MODEL);
        Properties props = new Properties();
        props.setProperty("depparse.numPreComputed", "2");    // CoreNLP pre-computes the first two ids only
        List<String> lines = Files.readAllLines(DepparseModel.cut(model.toString(), props, TEXTS, dir, false).file());
        assertEquals("preComputed=1", lines.get(6));
        assertEquals("10", lines.get(lines.size() - 1));
    }

    @Test
    void deferredTheIdsAreHandedOverInsteadOfListed(@TempDir Path dir) throws Exception {
        Path model = Files.write(dir.resolve("model.txt"), MODEL);
        DepparseModel.Cut cut = DepparseModel.cut(model.toString(), new Properties(), TEXTS, dir, true);
        List<String> expected = new java.util.ArrayList<>(MODEL);
        expected.set(0, "dict=4");
        expected.set(6, "preComputed=0");
        expected.remove("zebra 0.9 1.0");
        expected.remove(expected.size() - 1);
        assertEquals(expected, Files.readAllLines(cut.file()));
        assertEquals(List.of(10, 14, 0), java.util.Arrays.stream(cut.preComputed()).boxed().toList());
        assertEquals(3, cut.numTokens());
        assertTrue(cut.deferred());
    }
}
