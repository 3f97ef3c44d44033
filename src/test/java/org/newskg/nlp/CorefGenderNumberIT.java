package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.coref.data.Dictionaries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link CorefGenderNumber#known}: CoreNLP's own dictionaries, read from the cut list, hold the same
 * gender and number map as from CoreNLP's whole list. Reads the 3.1 million lines twice: an
 * integration test.
 */
class CorefGenderNumberIT {
    @Test
    void theDecidingLinesGiveCoreNlpTheSameMapAndAreMadeOnce(@TempDir Path dir) throws Exception {
        Properties whole = new Properties();
        String source = CorefGenderNumber.source(whole);
        Path known = CorefGenderNumber.known(source, dir).orElseThrow();
        assertTrue(Files.size(known) < 8_000_000, "a quarter of the lines: " + Files.size(known));
        Properties cut = new Properties();
        cut.setProperty(CorefGenderNumber.KEY, known.toString());
        Dictionaries ours = new Dictionaries(cut);
        assertTrue(ours.genderNumber.size() > 500_000, "a real list: " + ours.genderNumber.size());
        assertEquals(new Dictionaries(whole).genderNumber, ours.genderNumber);

        java.nio.file.attribute.FileTime made = Files.getLastModifiedTime(known);
        assertEquals(known, CorefGenderNumber.known(source, dir).orElseThrow());
        assertEquals(made, Files.getLastModifiedTime(known), "made once, then read");
    }
}
