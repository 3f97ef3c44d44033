package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.newskg.TestPipeline;
import org.newskg.model.Document;
import org.newskg.nlp.AnnotationReader;
import org.newskg.nlp.ParsedText;

/**
 * A rule's examples are its tests: every sentence written above a pattern in rules/relations (see
 * rules/README.md) is parsed with the real CoreNLP pipeline, and that pattern, not just any, must
 * match a "match" example with the subject and object words given, and must not match a "no-match"
 * example at all. A pattern with no match example fails. Each example is its own test, named by
 * its file and line.
 */
class RuleExamplesIT {
    /** Each sentence's dependency graph, parsed once per test JVM (several examples share a sentence). */
    private static final Map<String, SemanticGraph> PARSED = new ConcurrentHashMap<>();

    @TestFactory
    Stream<DynamicNode> everyPatternMatchesItsExamples() {
        Map<String, List<RelationRules.Rule>> byFile = new LinkedHashMap<>();
        for (RelationRules.Rule rule : RelationRules.load().rules()) {
            byFile.computeIfAbsent(file(rule.source()), f -> new ArrayList<>()).add(rule);
        }
        assertFalse(byFile.isEmpty(), "no rules loaded");
        return byFile.entrySet().stream().map(e -> DynamicContainer.dynamicContainer(e.getKey(),
                e.getValue().stream().map(RuleExamplesIT::tests)));
    }

    private static DynamicNode tests(RelationRules.Rule rule) {
        List<DynamicNode> tests = new ArrayList<>();
        if (rule.examples().stream().noneMatch(RelationRules.Example::match)) {
            tests.add(DynamicTest.dynamicTest(shortName(rule.source()) + " has a match example", uri(rule.source()),
                    () -> fail(rule.source() + ": the pattern has no '# match:' example above it (see rules/README.md)")));
        }
        for (RelationRules.Example ex : rule.examples()) {
            String name = shortName(ex.source()) + (ex.match() ? " match: " : " no-match: ") + ex.sentence();
            tests.add(DynamicTest.dynamicTest(name, uri(ex.source()), () -> check(rule, ex)));
        }
        return DynamicContainer.dynamicContainer(shortName(rule.source()) + " " + rule.pattern(), uri(rule.source()), tests.stream());
    }

    private static void check(RelationRules.Rule rule, RelationRules.Example ex) {
        SemanticGraph g = PARSED.computeIfAbsent(ex.sentence(), RuleExamplesIT::parse);
        Set<String> found = new LinkedHashSet<>();
        SemgrexMatcher m = rule.pattern().matcher(g);
        while (m.find()) {
            found.add(describe(rule, m.getNode("subject"), m.getNode("object")));
        }
        String context = ex.source() + ": \"" + ex.sentence() + "\"\n  pattern (" + rule.source() + "): " + rule.pattern()
                + "\n  matches: " + found + "\n  dependencies:\n" + g.toString(SemanticGraph.OutputFormat.LIST);
        if (ex.match()) {
            String wanted = describe(ex.subject(), ex.object());
            assertTrue(found.contains(wanted), "the pattern must match with " + wanted + "\n" + context);
        } else {
            assertTrue(found.isEmpty(), "the pattern must not match\n" + context);
        }
    }

    /** What a match gives, in the example's terms: the words of the ends that are not the agreement. */
    private static String describe(RelationRules.Rule rule, IndexedWord subject, IndexedWord object) {
        return describe(rule.agreement() == RelationRules.Implicit.SUBJECT || subject == null ? null : subject.word(),
                rule.agreement() == RelationRules.Implicit.OBJECT || object == null ? null : object.word());
    }

    private static String describe(String subject, String object) {
        List<String> parts = new ArrayList<>();
        if (subject != null) {
            parts.add("subject=" + subject);
        }
        if (object != null) {
            parts.add("object=" + object);
        }
        return String.join(" ", parts);
    }

    private static SemanticGraph parse(String sentence) {
        Document doc = new Document("rule-example", List.of("rule example"), sentence, sentence, Optional.empty());
        ParsedText text = AnnotationReader.read(doc, TestPipeline.annotator().annotate(doc));
        assertEquals(1, text.sentences().size(), "an example must be one sentence: \"" + sentence + "\"");
        SemanticGraph g = text.sentences().get(0).deps();
        assertNotNull(g, "no dependency graph for \"" + sentence + "\"");
        return g;
    }

    /** "rules/relations/signed.semgrex:12" -> "rules/relations/signed.semgrex". */
    private static String file(String source) {
        return source.substring(0, source.lastIndexOf(':'));
    }

    /** "rules/relations/signed.semgrex:12" -> "signed.semgrex:12". */
    private static String shortName(String source) {
        return source.substring(source.lastIndexOf('/') + 1);
    }

    /** The example's line, for IDEs and reports: classpath:/rules/relations/signed.semgrex?line=12. */
    private static URI uri(String source) {
        int colon = source.lastIndexOf(':');
        return URI.create("classpath:/" + source.substring(0, colon) + "?line=" + source.substring(colon + 1));
    }
}
