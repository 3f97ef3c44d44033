package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import edu.stanford.nlp.ling.IndexedWord;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.TestPipeline;
import org.newskg.model.Document;
import org.newskg.model.Factuality;
import org.newskg.model.Factuality.Status;
import org.newskg.nlp.AnnotationCache;
import org.newskg.nlp.ParsedSentence;
import org.newskg.nlp.ParsedText;

/**
 * What a sentence does with an event, read with the real pipeline: each row is an invented sentence,
 * the word that names the event, and the status, cue, expected date and source it must give. The
 * asserted rows are the near misses of the others.
 */
class FactualityReaderIT {
    private static final FactualityReader READER = FactualityReader.load();
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 3);    // a Monday

    private static Factuality read(String sentence, String trigger) {
        Document d = new Document("f-" + Integer.toHexString(sentence.hashCode()), List.of("f.txt"), sentence, sentence,
                Optional.of(PUBLISHED));
        ParsedText t = TestPipeline.annotator().parse(d, AnnotationCache.none());
        ParsedSentence s = t.sentences().get(0);
        if (System.getProperty("factuality.debug") != null) {
            System.out.println(sentence + "\n" + s.deps().toList());
        }
        IndexedWord w = s.deps().vertexSet().stream().filter(v -> v.word().equals(trigger)).findFirst()
                .orElseThrow(() -> new AssertionError("no word '" + trigger + "' in: " + sentence));
        return READER.read(s, w, new EntityLayer(List.of(), Map.of()), d.published());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ana Example met Ivo Sample in Geneva.                          | met      | ASSERTED     |
            Ana Example did not meet Ivo Sample in Geneva.                 | meet     | NEGATED      | not
            Ana Example has never visited Freedonia.                       | visited  | NEGATED      | never
            Ana Example denied that she had met Ivo Sample.                | met      | NEGATED      | denied
            Ana Example denied meeting with Ivo Sample.                    | meeting  | NEGATED      | denied
            Ana Example refused to sign the accord.                        | sign     | NEGATED      | refused
            The two sides failed to sign the accord.                       | sign     | NEGATED      | failed
            Ana Example will meet Ivo Sample next month.                   | meet     | PLANNED      | will
            Ana Example plans to meet Ivo Sample.                          | meet     | PLANNED      | plans
            Ana Example is scheduled to meet Ivo Sample.                   | meet     | PLANNED      | scheduled
            Ana Example is expected to sign the accord.                    | sign     | PLANNED      | expected
            Ana Example will not meet Ivo Sample.                          | meet     | NEGATED      | not
            Freedonia will continue to support Sylvania.                   | support  | ASSERTED     |
            Freedonia will support Sylvania.                               | support  | PLANNED      | will
            Freedonia will always support Sylvania.                        | support  | ASSERTED     |
            Ana Example is to meet Ivo Sample in Geneva in May.            | meet     | PLANNED      | is to
            Ana Example is meeting Ivo Sample in Geneva.                   | meeting  | ASSERTED     |
            Freedonia will always refuse to support Sylvania.              | support  | NEGATED      | refuse
            Freedonia would always support Sylvania.                       | support  | HYPOTHETICAL | would
            Freedonia could continue to support Sylvania.                  | support  | HYPOTHETICAL | could
            Ana Example could meet Ivo Sample in Geneva.                   | meet     | HYPOTHETICAL | could
            If Ana Example meets Ivo Sample, the talks will resume.        | meets    | HYPOTHETICAL | If
            Did Ana Example meet Ivo Sample in Geneva?                     | meet     | HYPOTHETICAL | ?
            Freedonia accused Sylvania of attacking the border post.       | attacking| ALLEGED      | accused
            Ana Example met Ivo Sample and signed the accord.              | signed   | ASSERTED     |
            Ana Example did not meet Ivo Sample but signed the accord.     | signed   | ASSERTED     |
            Ana Example will meet Ivo Sample and sign the accord.          | sign     | PLANNED      | will
            By 1993, when Freedonia signed the accord, it is likely that the tests had passed. | signed | ASSERTED |
            Ana Example did not attend after Ivo Sample signed the accord. | signed   | ASSERTED     |
            Ana Example will sign the accord when Ivo Sample visits Freedonia. | visits | PLANNED  | will
            Ana Example could sign the accord if Ivo Sample visits Freedonia. | visits | HYPOTHETICAL | if could
            The ministers met to discuss the alliance's support for Freedonia. | support | ASSERTED  |
            The ministers discussed support for Freedonia.                 | support  | HYPOTHETICAL | discussed
            Sylvania denied the alliance's support for Freedonia.          | support  | NEGATED      | denied
            """)
    void statusAndCue(String sentence, String trigger, Status status, String cue) {
        Factuality f = read(sentence.strip(), trigger.strip());
        assertEquals(status, f.status(), sentence);
        assertEquals(cue == null ? "" : cue.strip(), f.cue(), sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ana Example plans to meet Ivo Sample on 12 March 2025.     | meet  | 2025-03-12
            The leaders meet on 20 March 2025 in Geneva.               | meet  | 2025-03-20
            Ana Example plans to meet Ivo Sample on Thursday.          | meet  | 2025-03-06
            Ana Example plans to meet Ivo Sample on Monday.            | meet  | 2025-03-03
            """)
    void aPlanKeepsItsExpectedDate(String sentence, String trigger, String date) {
        Factuality f = read(sentence.strip(), trigger.strip());
        assertEquals(Status.PLANNED, f.status(), sentence);
        assertEquals(date.strip(), f.expected(), sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The ministry said Ana Example had met Ivo Sample.                       | met  | ASSERTED | The ministry
            Ana Example met Ivo Sample on Monday, officials said.                   | met  | ASSERTED | officials
            According to the ministry, Ana Example met Ivo Sample.                  | met  | ASSERTED | the ministry
            Ana Example met Ivo Sample, according to two officials.                 | met  | ASSERTED | two officials
            A source familiar with the plan said Ana Example would visit Freedonia. | visit| HYPOTHETICAL | A source familiar with the plan
            The ministry said the country had not signed the protocol.              | signed | NEGATED | The ministry
            """)
    void reportedSpeechNamesItsSource(String sentence, String trigger, Status status, String source) {
        Factuality f = read(sentence.strip(), trigger.strip());
        assertEquals(status, f.status(), sentence);
        assertNotNull(f.source(), sentence);
        assertEquals(source.strip(), f.source().text(), sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ana Example met Ivo Sample in Geneva on Monday. | met
            Ana Example signed the accord.                  | signed
            """)
    void aPlainPastStatementHasNoSourceAndNoDate(String sentence, String trigger) {
        Factuality f = read(sentence.strip(), trigger.strip());
        assertEquals(Factuality.ASSERTED, f, sentence);
        assertNull(f.source());
    }
}
