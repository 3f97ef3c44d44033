package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link FineGrainedRules}: a rule line is left out only when its words cannot be tokens of the texts;
 * anything that is not plain words is kept, and so is one line of every label. (That the cut rules give
 * the same annotations as CoreNLP's own is checked with the real pipeline in ScopedPipelineIT.)
 */
class FineGrainedRulesTest {
    private static final TokenVocabulary TEXTS = TokenVocabulary.of(List.of(
            "Talks in Port Elsen and Saint-Denis ended; the envoy cannot stay.",
            "The Grey Strait Accord was signed in VELMORA on Monday."), new Properties());

    @Test
    void plainWordsAreKeptOnlyWhenEveryRunIsAWordOfTheTexts() {
        assertTrue(FineGrainedRules.canMatch("Port Elsen", TEXTS));
        assertTrue(FineGrainedRules.canMatch("velmora", TEXTS), "case does not matter");
        assertTrue(FineGrainedRules.canMatch("Saint-Denis", TEXTS), "hyphenated: both runs are words");
        assertTrue(FineGrainedRules.canMatch("can", TEXTS), "the tokenizer splits 'cannot' into 'can' and 'not'");
        assertFalse(FineGrainedRules.canMatch("Port Moresby", TEXTS), "one word missing is enough");
        assertFalse(FineGrainedRules.canMatch("Elsenburg", TEXTS), "a longer word is not a word of the texts");
        assertFalse(FineGrainedRules.canMatch("Saint-Malo", TEXTS));
    }

    @Test
    void patternsThatAreNotPlainWordsAreAlwaysKept() {
        assertTrue(FineGrainedRules.canMatch("st\\. louis", TEXTS), "a regular expression");
        assertTrue(FineGrainedRules.canMatch("( [{word:/foo.*/}] )", TEXTS), "a TokensRegex pattern");
        assertTrue(FineGrainedRules.canMatch("Zürich", TEXTS), "outside ASCII: lower-casing may change it");
    }

    @Test
    void keepsOrderAndOneLineOfEveryLabel() {
        List<String> lines = List.of(
                "Port Moresby\tCITY\tMISC\t1",
                "Port Elsen\tCITY\tLOCATION\t1",
                "port elsen\tCITY\tLOCATION\t2",
                "Quarantown\tSTATE_OR_PROVINCE\tMISC\t1",
                "Ostlander\tNATIONALITY\tMISC\t1",
                "velmora\tCOUNTRY,CITY\tMISC\t1",
                "Moresby\tCITY\tMISC\t1");
        List<String> kept = FineGrainedRules.keep(lines, TEXTS);
        assertEquals(List.of(
                "Port Elsen\tCITY\tLOCATION\t1",
                "port elsen\tCITY\tLOCATION\t2",
                "Quarantown\tSTATE_OR_PROVINCE\tMISC\t1",
                "Ostlander\tNATIONALITY\tMISC\t1",
                "velmora\tCOUNTRY,CITY\tMISC\t1"), kept,
                "two labels had no line left: their first lines stay, so the labels CoreNLP may overwrite stay the same");
    }

    @Test
    void theMappingNamesTheCutFilesInPlaceOfCoreNlpsRules() {
        String mapping = FineGrainedRules.mapping(new FineGrainedRules.Cut(Path.of("/tmp/a.tab"), Path.of("/tmp/b.tab"), 0, 0));
        assertEquals(FineGrainedRules.DEFAULT_MAPPING.replace(FineGrainedRules.CASELESS, "/tmp/a.tab")
                .replace(FineGrainedRules.CASED, "/tmp/b.tab"), mapping);
        assertTrue(mapping.startsWith("ignorecase=true,validpospattern="), "the options stay with the caseless file: " + mapping);
        assertTrue(mapping.endsWith(";/tmp/b.tab"), mapping);
    }

    @Test
    void aRuleWithNoPlainWordIsKeptOnlyWhenEachTokenMatchesAWordOfTheTexts() {
        // CoreNLP tries such a rule at every position of every sentence: the costly ones.
        assertTrue(FineGrainedRules.alwaysTried("sgt\\."));
        assertTrue(FineGrainedRules.alwaysTried("Ala\\.?"));
        assertFalse(FineGrainedRules.alwaysTried("gunnery sgt\\."), "'gunnery' is a word CoreNLP indexes it by");
        assertFalse(FineGrainedRules.alwaysTried("Port Elsen"));
        TokenVocabulary texts = TokenVocabulary.of(List.of("Gen. Ana Vellmora of Ala. met Sgt. Tomas Qirel in Port Elsen-Nord."),
                new Properties());
        List<String> caseless = List.of("gen\\.\tTITLE\tMISC\t1", "lt\\.\tTITLE\tMISC\t1", "sgt\\.\tTITLE\tMISC\t1",
                "elsen-n.*\tCITY\tMISC\t1", "gen\\. lt\\.\tTITLE\tMISC\t1");
        List<String> cased = List.of("Ala\\.?\tSTATE_OR_PROVINCE\tMISC\t1", "Ariz\\.?\tSTATE_OR_PROVINCE\tMISC\t1",
                "ala\\.?\tSTATE_OR_PROVINCE\tMISC\t1");
        List<List<String>> kept = FineGrainedRules.keep(List.of(caseless, cased), List.of(true, false), texts);
        assertEquals(List.of("gen\\.\tTITLE\tMISC\t1", "sgt\\.\tTITLE\tMISC\t1", "elsen-n.*\tCITY\tMISC\t1"), kept.get(0),
                "case does not matter in the caseless rules; 'Elsen-Nord' is one token for NER; 'lt.' is in no text");
        assertEquals(List.of("Ala\\.?\tSTATE_OR_PROVINCE\tMISC\t1"), kept.get(1), "the cased rules match case");
    }

    @Test
    void aRuleThatIsNotPlainWordsIsLeftOutWhenCoreNlpIgnoresItAsARepeat() {
        // "Lt." is no word of the texts, "Gen." is: the repeats of "lt\\." follow it out, the one with a
        // higher priority (which CoreNLP keeps) is decided alone; "GEN\\." repeats a kept line.
        List<String> caseless = List.of("lt\\.\tTITLE\tMISC\t2", "LT\\.\tTITLE\tMISC\t1", "Lt\\.\tTITLE\tMISC\t3",
                "gen\\.\tTITLE\tMISC\t1", "GEN\\.\tTITLE\tMISC\t1");
        List<String> cased = List.of("lt\\.\tTITLE\tMISC\t1");
        TokenVocabulary texts = TokenVocabulary.of(List.of("Gen. Ana Vellmora spoke."), new Properties());
        List<List<String>> kept = FineGrainedRules.keep(List.of(caseless, cased), List.of(true, false), texts);
        assertEquals(List.of("gen\\.\tTITLE\tMISC\t1"), kept.get(0));
        assertEquals(List.of(), kept.get(1), "a repeat across the files: CoreNLP keys them together");
    }

    @Test
    void appliesOnlyToAPipelineWithNersOwnFineGrainedRules() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        assertTrue(FineGrainedRules.applies(p));
        p.setProperty("ner.applyFineGrained", "false");
        assertFalse(FineGrainedRules.applies(p));
        p.remove("ner.applyFineGrained");
        p.setProperty(FineGrainedRules.KEY, "my-rules.tab");
        assertFalse(FineGrainedRules.applies(p), "the user's own rules are left alone");
        p.remove(FineGrainedRules.KEY);
        p.setProperty("annotators", "tokenize,ssplit,pos");
        assertFalse(FineGrainedRules.applies(p));
    }

    @Test
    void inCoreNlpsRulesTheFirstLineOfEveryLabelIsNoRepeat() throws Exception {
        // What keeping "the first line of every label" relies on: that line is one CoreNLP uses, so the
        // labels the cut rules may overwrite are CoreNLP's own.
        Set<String> seen = new HashSet<>();
        Set<String> labels = new HashSet<>();
        int firsts = 0;
        for (String resource : List.of(FineGrainedRules.CASELESS, FineGrainedRules.CASED)) {
            boolean caseless = resource.equals(FineGrainedRules.CASELESS);
            try (java.io.BufferedReader in = edu.stanford.nlp.io.IOUtils.readerFromString(resource)) {
                for (String line; (line = in.readLine()) != null; ) {
                    String[] cols = line.split("\t");
                    String key = String.join(" ", cols[0].trim().split("\\s+"));
                    key = caseless ? key.toLowerCase() : key;
                    String label = cols[1].trim().split(",")[0].trim();
                    if (labels.add(resource + label)) {
                        firsts++;
                        assertFalse(seen.contains(key), "the first " + label + " line of " + resource + " repeats an earlier one");
                    }
                    seen.add(key);
                }
            }
        }
        assertTrue(firsts >= 10, "labels: " + firsts);
    }
}
