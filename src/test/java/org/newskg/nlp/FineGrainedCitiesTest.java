package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link FineGrainedCities}: CoreNLP's rules with only the known cities, every other line kept; made once. No model is loaded. */
class FineGrainedCitiesTest {
    @TempDir
    Path dir;

    @Test
    void keepsEveryLineButTheCitiesNotKnown() throws IOException {
        Path rules = FineGrainedCities.rules(dir, "test", name -> name.equalsIgnoreCase("Paris") || name.equalsIgnoreCase("Lagos"));
        List<String> lines = Files.readAllLines(rules);
        List<String> cities = lines.stream().filter(l -> l.split("\t")[1].equals("CITY")).map(l -> l.split("\t")[0]).distinct().toList();
        assertEquals(List.of("lagos", "paris"), cities.stream().sorted().toList());
        assertTrue(lines.stream().anyMatch(l -> l.contains("\tCOUNTRY\t")) && lines.stream().anyMatch(l -> l.contains("\tTITLE\t")),
                "the other types are kept");
        assertTrue(lines.size() > 40_000 && lines.size() < 60_000, "581,864 lines less the 533,182 cities: " + lines.size());
        long made = Files.getLastModifiedTime(rules).toMillis();
        assertEquals(rules, FineGrainedCities.rules(dir, "test", name -> true), "made once per version");
        assertEquals(made, Files.getLastModifiedTime(rules).toMillis());
    }

    @Test
    void theSettingBecomesCoreNlpsMapping() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty(FineGrainedCities.SETTING, "v1");
        Properties q = FineGrainedCities.withKnownCities(p, dir, name -> false);
        assertEquals(null, q.getProperty(FineGrainedCities.SETTING));
        assertTrue(q.getProperty("ner.fine.regexner.mapping").startsWith("ignorecase=true,validpospattern=(NN|JJ|ADD).*,"
                + dir.resolve("regexner_caseless-cities-v1.tab") + ";"), q.getProperty("ner.fine.regexner.mapping"));
        Properties none = new Properties();
        none.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        assertEquals(none, FineGrainedCities.withKnownCities(none, dir, name -> false), "without the setting, CoreNLP's own rules");
    }
}
