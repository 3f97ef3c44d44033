package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
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
    void gazetteerLoadsCompleteLists() {
        Gazetteer g = Gazetteer.load();
        assertTrue(g.country("U.S.").isPresent() && g.country("USA").equals(g.country("United States")));
        assertTrue(g.countryByAdjective("French").isPresent());
        assertTrue(g.isRegion("Middle East"));
        assertTrue(g.title("prime minister").orElseThrow().leader());
        assertFalse(g.title("foreign minister").orElseThrow().leader());
    }
}
