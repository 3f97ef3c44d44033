package org.newskg.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newskg.model.Entity;
import org.newskg.model.EntityType;
import org.newskg.model.Evidence;
import org.newskg.model.Fact;
import org.newskg.model.Relation;

/**
 * Facts that follow from others, each with the evidence it was drawn from and its own extractor name:
 * <ul>
 * <li>a person who signed an agreement on behalf of the country or organization they lead or serve
 *     makes it a party ({@code partyTo});</li>
 * <li>"the agreement's parties will work with partners such as X" (a partnerOf from an agreement)
 *     makes each party a partner of X; the agreement itself is no partner.</li>
 * </ul>
 * And one that does not: a title that is part of a longer title of the same person ("Secretary"
 * beside "Secretary of State") is the short form of it, not a second office.
 */
final class Inference {
    private Inference() {}

    static List<Fact> apply(List<Fact> facts, List<Entity> entities) {
        Map<String, EntityType> types = new HashMap<>();
        entities.forEach(e -> types.put(e.slug(), e.type()));
        Map<String, List<String>> affiliations = new HashMap<>();    // person -> countries/orgs
        Map<String, List<String>> parties = new HashMap<>();         // agreement -> parties
        for (Fact f : facts) {
            // only an office the articles assert makes a signatory's country a party
            if ((f.relation() == Relation.LEADER_OF || f.relation() == Relation.MEMBER_OF) && f.asserted()) {
                affiliations.computeIfAbsent(f.subject(), k -> new ArrayList<>()).add(f.object());
            }
        }
        Map<String, Fact> out = new LinkedHashMap<>();
        List<Fact> derived = new ArrayList<>();
        for (Fact f : facts) {
            if (f.relation() == Relation.SIGNED && types.get(f.subject()) == EntityType.PERSON) {
                for (String org : affiliations.getOrDefault(f.subject(), List.of())) {
                    derived.add(new Fact(org, Relation.PARTY_TO, f.object(), null, relabel(f.evidence(), "signatory-affiliation")));
                    parties.computeIfAbsent(f.object(), k -> new ArrayList<>()).add(org);
                }
            } else if (f.relation() == Relation.PARTY_TO) {
                parties.computeIfAbsent(f.object(), k -> new ArrayList<>()).add(f.subject());
            }
        }
        for (Fact f : facts) {
            // partnerOf is symmetric and stored in name order, so the agreement may be either end.
            boolean agreementFirst = types.get(f.subject()) == EntityType.AGREEMENT;
            boolean agreementSecond = f.object() != null && types.get(f.object()) == EntityType.AGREEMENT;
            if (f.relation() == Relation.PARTNER_OF && (agreementFirst || agreementSecond)) {
                String agreement = agreementFirst ? f.subject() : f.object();
                String partner = agreementFirst ? f.object() : f.subject();
                for (String p : Set.copyOf(parties.getOrDefault(agreement, List.of()))) {
                    if (!p.equals(partner)) {
                        String a = p.compareTo(partner) < 0 ? p : partner;
                        String b = a.equals(p) ? partner : p;
                        derived.add(new Fact(a, Relation.PARTNER_OF, b, null, relabel(f.evidence(), "agreement-parties")));
                    }
                }
            } else {
                merge(out, f);
            }
        }
        derived.forEach(f -> merge(out, f));
        dropShortTitles(out);
        return List.copyOf(new TreeMap<>(keyed(out)).values());
    }

    private static void dropShortTitles(Map<String, Fact> facts) {
        Map<String, List<String>> titles = new HashMap<>();
        for (Fact f : facts.values()) {
            if (f.relation() == Relation.HOLDS_TITLE) {
                titles.computeIfAbsent(f.subject(), k -> new ArrayList<>()).add(f.literal().toLowerCase(java.util.Locale.ROOT));
            }
        }
        facts.values().removeIf(f -> f.relation() == Relation.HOLDS_TITLE && titles.get(f.subject()).stream()
                .anyMatch(t -> !t.equals(f.literal().toLowerCase(java.util.Locale.ROOT))
                        && (" " + t + " ").contains(" " + f.literal().toLowerCase(java.util.Locale.ROOT) + " ")));
    }

    private static Map<String, Fact> keyed(Map<String, Fact> facts) {
        Map<String, Fact> m = new HashMap<>();
        facts.forEach(m::put);
        return m;
    }

    private static void merge(Map<String, Fact> out, Fact f) {
        String key = f.subject() + " " + f.relation().localName() + " " + (f.object() != null ? f.object() : "\"" + f.literal());
        out.merge(key, f, (x, y) -> {
            List<Evidence> all = new ArrayList<>(x.evidence());
            y.evidence().stream().filter(e -> !all.contains(e)).forEach(all::add);
            return new Fact(x.subject(), x.relation(), x.object(), x.literal(), all);
        });
    }

    private static List<Evidence> relabel(List<Evidence> evidence, String extractor) {
        return evidence.stream().map(e -> e.withExtractor(extractor, Math.min(e.confidence(), 0.6))).toList();
    }
}
