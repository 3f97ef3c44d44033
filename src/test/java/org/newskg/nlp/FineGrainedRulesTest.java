package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
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
    void theMappingNamesTheCutFileInPlaceOfCoreNlpsCaselessRules() {
        String mapping = FineGrainedRules.mapping(Path.of("/tmp/cut.tab"));
        assertEquals(FineGrainedRules.DEFAULT_MAPPING.replace(FineGrainedRules.CASELESS, "/tmp/cut.tab"), mapping);
        assertTrue(mapping.startsWith("ignorecase=true,validpospattern="), mapping);
        assertTrue(mapping.contains("regexner_cased.tab"), "the cased rules stay: " + mapping);
        assertFalse(mapping.contains(FineGrainedRules.CASELESS), mapping);
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
}
