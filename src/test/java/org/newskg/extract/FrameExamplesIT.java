package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.newskg.io.ResourceTable;
import org.newskg.model.Assertion;
import org.newskg.model.DocumentFacts;
import org.newskg.model.Factuality;
import org.newskg.model.LocalEntity;
import org.newskg.model.OfficeTime;

/**
 * The predicate frames' examples are their tests: each sentence of {@code frames/examples.tsv} goes
 * through the whole standard extraction pipeline with the real CoreNLP parse, and the frames must read
 * the fact written beside it, with its status, or, for a near miss, no plain fact at all. Every roleset
 * of the lexicon has at least one example it must read and one near miss.
 */
class FrameExamplesIT {
    private static final String EXAMPLES = "frames/examples.tsv";
    private static final Pattern EXPECTED = Pattern.compile("(\\w+)\\(([^;]+);\\s*([^)]+)\\)\\s*(\\w+)?");
    private static final ExtractionPipeline PIPELINE = ExtractionPipeline.load();

    @TestFactory
    Stream<DynamicTest> everyExample() {
        List<ResourceTable.Row> rows = ResourceTable.read(EXAMPLES, 3, false);
        assertFalse(rows.isEmpty(), "no examples in " + EXAMPLES);
        return rows.stream().map(r -> DynamicTest.dynamicTest(r.cells()[0] + " " + r.cells()[1] + ": " + r.cells()[2],
                () -> check(r)));
    }

    @Test
    void everyRolesetHasAnExampleAndANearMiss() {
        Set<String> rolesets = new TreeSet<>();
        for (ResourceTable.Row r : ResourceTable.read(PredicateFrames.FRAMES, 7, false)) {
            rolesets.add(r.cells()[2]);
        }
        List<String> missing = new ArrayList<>();
        List<ResourceTable.Row> rows = ResourceTable.read(EXAMPLES, 3, false);
        for (String rs : rolesets) {
            boolean match = rows.stream().anyMatch(r -> r.cells()[0].equals(rs) && EXPECTED.matcher(r.cells()[1]).matches()
                    && !r.cells()[1].matches(".*\\)\\s*\\w+"));
            boolean nearMiss = rows.stream().anyMatch(r -> r.cells()[0].equals(rs) && !(EXPECTED.matcher(r.cells()[1]).matches()
                    && !r.cells()[1].matches(".*\\)\\s*\\w+")));
            if (!match || !nearMiss) {
                missing.add(rs + (match ? "" : " (no example it reads)") + (nearMiss ? "" : " (no near miss)"));
            }
        }
        assertTrue(missing.isEmpty(), "rolesets of " + PredicateFrames.FRAMES + " without examples in " + EXAMPLES + ": " + missing);
    }

    private static void check(ResourceTable.Row row) {
        String expected = row.cells()[1];
        String sentence = row.cells()[2];
        org.newskg.nlp.ParsedText parsed = Parsed.text(sentence);
        DocumentFacts facts = PIPELINE.extract(parsed);
        List<String> read = new ArrayList<>();
        for (Assertion a : facts.assertions()) {
            if (a.evidence().extractor().startsWith("frame:") && a.literal() == null) {
                read.add(describe(facts.entities(), a));
            }
        }
        if (expected.equals("none")) {
            if (read.stream().anyMatch(s -> s.endsWith(" asserted"))) {
                fail(row.where() + ": a near miss read as a plain fact: " + read + " from: " + sentence);
            }
            return;
        }
        boolean absent = expected.startsWith("not ");
        Matcher m = EXPECTED.matcher(absent ? expected.substring(4) : expected);
        if (!m.matches()) {
            fail(row.where() + ": write the expected fact as relation(subject; object) [status], or none: " + expected);
        }
        String status = m.group(4) == null ? "asserted" : m.group(4).toLowerCase(Locale.ROOT);
        String want = m.group(2).strip() + " " + m.group(1) + " " + m.group(3).strip() + " " + status;
        String wantSwapped = m.group(3).strip() + " " + m.group(1) + " " + m.group(2).strip() + " " + status;
        boolean symmetric = org.newskg.model.Relation.byLocalName(m.group(1)).symmetric();
        if (absent) {
            if (read.contains(want) || (symmetric && read.contains(wantSwapped))) {
                fail(row.where() + ": a near miss read " + want + " from: " + sentence);
            }
            return;
        }
        if (!read.contains(want) && !(symmetric && read.contains(wantSwapped))) {
            fail(row.where() + ": expected " + want + ", the frames read " + read + " from: " + sentence + "\n  entities: "
                    + facts.entities().stream().map(e -> e.name() + "/" + e.type()).toList() + "\n  dependencies: "
                    + parsed.sentences().get(0).deps().toList().replace('\n', ' '));
        }
    }

    private static String describe(List<LocalEntity> es, Assertion a) {
        Factuality f = a.evidence().factuality();
        // an office held once is a past fact: its status word is "former"
        String status = a.evidence().tenure() == OfficeTime.FORMER ? "former" : f.status().name().toLowerCase(Locale.ROOT);
        return es.get(a.subject()).name() + " " + a.relation().localName() + " " + es.get(a.object()).name() + " " + status;
    }
}
