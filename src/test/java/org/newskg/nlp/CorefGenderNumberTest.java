package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link CorefGenderNumber}: CoreNLP's test of a deciding line, and the lines cut for some texts. */
class CorefGenderNumberTest {
    @Test
    void aLineDecidesWhenOneCountIsMoreThanTwiceTheOthersAndAboveTwo() {
        assertTrue(CorefGenderNumber.decides("he\t10 0 0 0"));
        assertTrue(CorefGenderNumber.decides("lena marsh\t0 7 1 0"));
        assertTrue(CorefGenderNumber.decides("the accord\t1 0 9 0"));
        assertFalse(CorefGenderNumber.decides("tomas\t2 0 0 0"), "too few");
        assertFalse(CorefGenderNumber.decides("kim\t5 4 0 0"), "no clear majority");
        assertTrue(CorefGenderNumber.decides("broken line"), "kept: CoreNLP would fail on it, and still must");
    }

    @Test
    void keepsTheLinesWhoseWordsCanAllBeTokensOfTheTexts(@TempDir Path dir) throws Exception {
        Path known = dir.resolve("known.gz");
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(known)), StandardCharsets.UTF_8)) {
            w.write("ana vellmora\t0 9 0 0\n");
            w.write("tomas qirel\t9 0 0 0\n");
            w.write("ana !\t0 9 0 0\n");
            w.write("séverine\t0 9 0 0\n");
            w.write("the ministry\t0 0 9 0\n");
        }
        TokenVocabulary texts = TokenVocabulary.of(List.of("Ana Vellmora met the Ministry's envoy."), new Properties());
        Path cut = CorefGenderNumber.cut(known, texts, dir);
        assertEquals(List.of("ana vellmora\t0 9 0 0", "ana !\t0 9 0 0", "séverine\t0 9 0 0", "the ministry\t0 0 9 0"),
                Files.readAllLines(cut), "'!' is CoreNLP's placeholder, and words outside ASCII are always kept");
    }
}
