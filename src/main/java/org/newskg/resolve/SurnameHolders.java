package org.newskg.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.newskg.kb.KnowledgeBase;
import org.newskg.model.Assertion;
import org.newskg.model.DocumentFacts;
import org.newskg.model.EntityKey;
import org.newskg.model.Factuality;
import org.newskg.model.LocalEntity;
import org.newskg.model.Names;
import org.newskg.model.OfficeTime;
import org.newskg.model.Relation;

/**
 * Who "President Example" is in one article: a person the article names only by surname, with a
 * title, is the one office holder in the knowledge base with that surname whose office the title
 * names and whose term covers the article's date ("former": whose term ended before it), in the
 * country the article makes the person lead, if it says one. "President Bush" in an article of
 * 2004 and in one of 1990 are two people; where more than one holder fits, or none, nobody is.
 */
final class SurnameHolders {
    private SurnameHolders() {}

    /** The holder a one-word person name stands for in its article, if exactly one fits. */
    static Optional<KnowledgeBase.Holding> of(LocalEntity person, DocumentFacts doc, KnowledgeBase kb) {
        Optional<LocalDate> date = doc.document().published();
        if (date.isEmpty() || person.names().stream().anyMatch(n -> n.contains(" "))) {
            return Optional.empty();
        }
        List<Assertion> titles = new ArrayList<>();
        Set<String> countries = new TreeSet<>();
        for (Assertion a : doc.assertions()) {
            if (a.subject() != person.id() || a.evidence().factuality().status() != Factuality.Status.ASSERTED) {
                continue;
            }
            if (a.relation() == Relation.HOLDS_TITLE) {
                titles.add(a);
            } else if (a.relation() == Relation.LEADER_OF || a.relation() == Relation.MEMBER_OF) {
                EntityKey k = doc.entities().get(a.object()).key();
                if (k != null && k.kind() == EntityKey.Kind.COUNTRY) {
                    countries.add(k.value());
                }
            }
        }
        if (titles.isEmpty()) {
            return Optional.empty();    // a bare surname names too many people
        }
        Map<String, KnowledgeBase.Holding> fits = new LinkedHashMap<>();
        for (KnowledgeBase.Holding h : kb.holdingsBySurname(person.name())) {
            if (h.qid().isEmpty() || (!countries.isEmpty() && !countries.contains(h.iso2()))) {
                continue;
            }
            for (Assertion t : titles) {
                if (h.officeNamed(t.literal()) && h.heldAsOf(date.get(), t.evidence().tenure())) {
                    fits.putIfAbsent(h.qid(), h);
                }
            }
        }
        return fits.size() == 1 ? Optional.of(fits.values().iterator().next()) : Optional.empty();
    }
}
