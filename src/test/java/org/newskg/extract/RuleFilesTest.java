package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newskg.NewsKgException;
import org.newskg.model.Relation;

/** Every rule file compiles, and every relation has rules or is listed as read elsewhere. */
class RuleFilesTest {
    @Test
    void everyRelationHasARuleFileOrIsListedAsRuleless() {
        for (Relation r : Relation.values()) {
            boolean hasFile = getClass().getClassLoader().getResource(RelationRules.path(r)) != null;
            if (RelationRules.RULELESS.contains(r)) {
                assertNull(getClass().getClassLoader().getResource(RelationRules.path(r)),
                        r.localName() + " is listed as rule-less but has a rule file");
            } else {
                assertTrue(hasFile, "no rule file for " + r.localName());
            }
        }
    }

    @Test
    void everyPatternCompilesAndEveryFileHasPatterns() {
        RelationRules rules = RelationRules.load();
        Set<Relation> covered = rules.rules().stream().map(RelationRules.Rule::relation).collect(Collectors.toSet());
        for (Relation r : Relation.values()) {
            assertEquals(!RelationRules.RULELESS.contains(r), covered.contains(r), r.localName());
        }
        // A rule's source names its file and line: evidence records it as the extractor ("semgrex:" + source).
        for (RelationRules.Rule rule : rules.rules()) {
            assertTrue(rule.source().matches(java.util.regex.Pattern.quote(RelationRules.path(rule.relation())) + ":[1-9][0-9]*"),
                    rule.source() + " for " + rule.relation().localName());
        }
    }

    @Test
    void macrosExpandAndAnUndefinedOneIsAnErrorNamingItsLine() {
        Map<String, String> macros = RelationRules.macros();
        assertEquals("sign|ink|conclude|seal|finalize|finalise|strike|reach|clinch", macros.get("SIGNING_VERBS"));
        assertEquals("{lemma:/sign|ink|conclude|seal|finalize|finalise|ratify/}",
                RelationRules.expand("{lemma:/${SIGN_VERBS}|ratify/}", macros, "test:1"));
        NewsKgException e = assertThrows(NewsKgException.class,
                () -> RelationRules.expand("{lemma:/${SIGN_VERB}/}", macros, "rules/relations/x.semgrex:7"));
        assertTrue(e.getMessage().contains("rules/relations/x.semgrex:7") && e.getMessage().contains("${SIGN_VERB}"), e.getMessage());
    }

    @Test
    void examplesAreReadStrictly() {
        RelationRules.Example e = RelationRules.example("f:1", "# match: \"Ana Example signed it.\" subject=Example object=it",
                RelationRules.Implicit.NONE);
        assertEquals(new RelationRules.Example("f:1", "Ana Example signed it.", true, "Example", "it"), e);
        assertEquals(new RelationRules.Example("f:2", "It was signed.", false, null, null),
                RelationRules.example("f:2", "# no-match: \"It was signed.\"", RelationRules.Implicit.NONE));
        assertEquals("Council", RelationRules.example("f:3", "# match: \"A council was set up.\" object=Council",
                RelationRules.Implicit.SUBJECT).object());
        for (String bad : new String[] {"# match: \"Ana Example signed it.\" subject=Example", "# match: Ana signed it. subject=Ana object=it",
                "# no-match: \"It was signed.\" subject=It", "# match: \"Ana signed it.\" subject=Ana object=it by=Ana",
                "# nomatch: \"It was signed.\""}) {
            NewsKgException x = assertThrows(NewsKgException.class, () -> RelationRules.example("f:9", bad, RelationRules.Implicit.NONE), bad);
            assertTrue(x.getMessage().startsWith("f:9: "), x.getMessage());
        }
        // an agreement: pattern's subject is the article's agreement: naming it is an error
        assertThrows(NewsKgException.class, () -> RelationRules.example("f:4",
                "# match: \"The pact set up a council.\" subject=pact object=council", RelationRules.Implicit.SUBJECT));
    }

    /** A macro nothing uses is a word list that silently stopped mattering. */
    @Test
    void everyMacroIsUsed() throws IOException {
        StringBuilder uses = new StringBuilder(read(RelationRules.MACROS));
        for (Relation r : Relation.values()) {
            if (!RelationRules.RULELESS.contains(r)) {
                uses.append(read(RelationRules.path(r)));
            }
        }
        Set<String> readByCode = Set.of("SIGNING_VERBS");    // AgreementDates
        for (String name : RelationRules.macros().keySet()) {
            assertTrue(readByCode.contains(name) || uses.indexOf("${" + name + "}") >= 0, "macro " + name + " is never used");
        }
    }

    private String read(String path) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
            assertNotNull(in, path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void gazetteerLoadsCompleteLists() {
        Gazetteer g = Gazetteer.load();
        assertTrue(g.country("U.S.").isPresent() && g.country("USA").equals(g.country("United States")));
        assertTrue(g.countryByAdjective("French").isPresent());
        assertTrue(g.isRegion("Middle East"));
        assertTrue(g.title("prime minister").orElseThrow().leader());
        assertFalse(g.title("foreign minister").orElseThrow().leader());
    }
}
