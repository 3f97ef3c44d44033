package org.newskg.curate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.newskg.model.Corpus;
import org.newskg.model.Derived;
import org.newskg.model.Entity;
import org.newskg.model.EntityType;
import org.newskg.model.Evidence;
import org.newskg.model.Fact;
import org.newskg.model.Identity;
import org.newskg.model.Mention;

/**
 * Applies the curations to a resolved corpus, in their order: the stage between resolve and rdf that
 * puts people's corrections over what the extraction found. A curation whose entity or fact is no
 * longer in the corpus (its article removed, the extraction changed) applies to nothing and is
 * reported, never dropped: it applies again when its entity comes back.
 */
public final class Curator {
    private Curator() {}

    /**
     * What the curations did, in words.
     *
     * @param applied what each curation that applied did
     * @param idle    each curation that applied to nothing, with why
     */
    public record Outcome(List<String> applied, List<String> idle) {
        public static final Outcome NONE = new Outcome(List.of(), List.of());

        public Outcome {
            applied = List.copyOf(applied);
            idle = List.copyOf(idle);
        }
    }

    /** The corpus with the curations applied, and what they did. */
    public record Applied(Corpus corpus, Outcome outcome) {}

    public static Applied apply(Corpus corpus, List<Curation> curations) {
        Corpus c = corpus;
        List<String> applied = new ArrayList<>();
        List<String> idle = new ArrayList<>();
        for (Curation cur : curations) {
            Step s = switch (cur.action()) {
                case MERGE -> merge(c, cur);
                case SPLIT -> split(c, cur);
                case REJECT -> reject(c, cur);
                case ASSERT -> assertFact(c, cur);
                case RENAME, RETYPE, LINK -> change(c, cur);
            };
            String name = "#" + cur.sequence() + " " + cur.describe();
            if (s.corpus() == null) {
                idle.add(name + ": " + s.words());
            } else {
                c = s.corpus();
                applied.add(name + (s.words().isEmpty() ? "" : " (" + s.words() + ")"));
            }
        }
        return new Applied(c, new Outcome(applied, idle));
    }

    /** A curation's effect: the new corpus and what it did, or no corpus and why not. */
    private record Step(Corpus corpus, String words) {
        static Step idle(String why) {
            return new Step(null, why);
        }
    }

    /**
     * The entity a curation names: by its slug, else by its label if exactly one entity has it as
     * its label, else as one of its other names.
     */
    static Optional<Entity> find(Corpus c, Curation.Ref ref) {
        for (Entity e : c.entities()) {
            if (e.slug().equals(ref.slug())) {
                return Optional.of(e);
            }
        }
        List<Entity> byLabel = c.entities().stream().filter(e -> e.prefLabel().equalsIgnoreCase(ref.label())).toList();
        if (byLabel.size() == 1) {
            return Optional.of(byLabel.get(0));
        }
        if (byLabel.isEmpty()) {
            List<Entity> byName = c.entities().stream()
                    .filter(e -> e.altLabels().stream().anyMatch(a -> a.equalsIgnoreCase(ref.label()))).toList();
            if (byName.size() == 1) {
                return Optional.of(byName.get(0));
            }
        }
        return Optional.empty();
    }

    private static String missing(Curation.Ref ref) {
        return "'" + ref.label() + "' is not in the graph";
    }

    private static Step merge(Corpus c, Curation cur) {
        Optional<Entity> keep = find(c, cur.subject());
        Optional<Entity> gone = find(c, cur.object().orElseThrow());
        if (keep.isEmpty() || gone.isEmpty()) {
            return Step.idle(missing(keep.isEmpty() ? cur.subject() : cur.object().orElseThrow()));
        }
        Entity k = keep.get();
        Entity o = gone.get();
        if (k.slug().equals(o.slug())) {
            return Step.idle("they are one entity already");
        }
        Set<String> alt = new LinkedHashSet<>(k.altLabels());
        alt.addAll(o.altLabels());
        alt.add(o.prefLabel());
        alt.remove(k.prefLabel());
        Map<String, List<Mention>> mentions = new LinkedHashMap<>(k.mentions());
        o.mentions().forEach((doc, ms) -> mentions.merge(doc, ms, (a, b) -> {
            List<Mention> all = new ArrayList<>(a);
            b.stream().filter(m -> !all.contains(m)).forEach(all::add);
            return all;
        }));
        Entity merged = new Entity(k.slug(), k.type(), k.prefLabel(), alt, mentions);
        List<Entity> entities = new ArrayList<>();
        for (Entity e : c.entities()) {
            if (e.slug().equals(k.slug())) {
                entities.add(merged);
            } else if (!e.slug().equals(o.slug())) {
                entities.add(e);
            }
        }
        int[] moved = {0};
        List<Fact> facts = rewrite(c.facts(), o.slug(), k.slug(), moved);
        Map<String, Identity> ids = new HashMap<>(c.identities());
        Identity oid = ids.remove(o.slug());
        if (oid != null) {
            ids.putIfAbsent(k.slug(), oid);
        }
        List<Derived> derived = new ArrayList<>();
        for (Derived d : c.derived()) {
            Derived r = new Derived(d.subject().equals(o.slug()) ? k.slug() : d.subject(), d.relation(),
                    o.slug().equals(d.object()) ? k.slug() : d.object(), d.basis(), d.curation());
            if (!derived.contains(r) && !Objects.equals(r.subject(), r.object())) {
                derived.add(r);
            }
        }
        return new Step(new Corpus(c.documents(), entities, facts, ids, derived), moved[0] + " fact" + (moved[0] == 1 ? "" : "s") + " moved");
    }

    /**
     * One entity that is two things ("Berg" in one article is another person than the Anna Berg of the
     * others): the articles that call it only by the name become a new entity of that name, with the
     * mentions and the evidence of those articles. Where an article also calls it otherwise, the name
     * stands for the entity there (a surname after the full name) and stays.
     */
    private static Step split(Corpus c, Curation cur) {
        Optional<Entity> found = find(c, cur.subject());
        if (found.isEmpty()) {
            return Step.idle(missing(cur.subject()));
        }
        Entity e = found.get();
        String name = cur.value().orElseThrow().strip();
        Map<String, List<Mention>> moved = new LinkedHashMap<>();
        Map<String, List<Mention>> kept = new LinkedHashMap<>();
        boolean called = e.prefLabel().equalsIgnoreCase(name) || e.altLabels().stream().anyMatch(a -> a.equalsIgnoreCase(name));
        for (Map.Entry<String, List<Mention>> m : e.mentions().entrySet()) {
            called |= m.getValue().stream().anyMatch(x -> x.text().equalsIgnoreCase(name));
            boolean only = !m.getValue().isEmpty() && m.getValue().stream().allMatch(x -> x.text().equalsIgnoreCase(name));
            (only ? moved : kept).put(m.getKey(), m.getValue());
        }
        if (!called) {
            return Step.idle("'" + e.prefLabel() + "' is never called '" + name + "'");
        }
        if (moved.isEmpty()) {
            return Step.idle("every article that calls '" + e.prefLabel() + "' '" + name + "' also calls it otherwise");
        }
        if (kept.isEmpty()) {
            return Step.idle("every article calls '" + e.prefLabel() + "' only '" + name + "': nothing would be left of it");
        }
        String label = mostUsed(moved, t -> true).orElse(name);
        Set<String> slugs = new java.util.HashSet<>();
        c.entities().forEach(x -> slugs.add(x.slug()));
        String slug = org.newskg.model.Names.slug(label);
        if (slugs.contains(slug)) {
            slug = slug + "-" + e.type().localName().toLowerCase(java.util.Locale.ROOT);
            for (int n = 2; slugs.contains(slug); n++) {
                slug = org.newskg.model.Names.slug(label) + "-" + n;
            }
        }
        Entity other = new Entity(slug, e.type(), label, Set.of(), moved);
        boolean stillCalled = kept.values().stream().flatMap(List::stream).anyMatch(x -> x.text().equalsIgnoreCase(name));
        Set<String> alt = new LinkedHashSet<>(e.altLabels());
        if (!stillCalled) {
            alt.removeIf(a -> a.equalsIgnoreCase(name));
        }
        String pref = e.prefLabel();
        if (!stillCalled && pref.equalsIgnoreCase(name)) {
            pref = mostUsed(kept, alt::contains).or(() -> alt.stream().findFirst()).orElse(pref);
            alt.remove(pref);
        }
        Entity rest = new Entity(e.slug(), e.type(), pref, alt, kept);
        List<Entity> entities = new ArrayList<>();
        for (Entity x : c.entities()) {
            entities.add(x.slug().equals(e.slug()) ? rest : x);
            if (x.slug().equals(e.slug())) {
                entities.add(other);
            }
        }
        int facts = 0;
        List<Fact> out = new ArrayList<>();
        for (Fact f : c.facts()) {
            boolean touches = f.subject().equals(e.slug()) || e.slug().equals(f.object());
            List<Evidence> there = f.evidence().stream().filter(x -> moved.containsKey(x.docId())).toList();
            if (!touches || there.isEmpty()) {
                out.add(f);
                continue;
            }
            facts++;
            List<Evidence> here = f.evidence().stream().filter(x -> !moved.containsKey(x.docId())).toList();
            if (!here.isEmpty()) {
                out.add(new Fact(f.subject(), f.relation(), f.object(), f.literal(), here));
            }
            out.add(new Fact(f.subject().equals(e.slug()) ? slug : f.subject(), f.relation(), e.slug().equals(f.object()) ? slug : f.object(),
                    f.literal(), there));
        }
        return new Step(new Corpus(c.documents(), entities, out, c.identities(), c.derived()), moved.size() + " article"
                + (moved.size() == 1 ? "" : "s") + " and " + facts + " fact" + (facts == 1 ? "" : "s") + " moved to ent:" + slug);
    }

    /** The mention text used most often among those {@code allowed}, longer first on ties. */
    private static Optional<String> mostUsed(Map<String, List<Mention>> mentions, java.util.function.Predicate<String> allowed) {
        Map<String, Integer> counts = new HashMap<>();
        mentions.values().forEach(ms -> ms.stream().map(Mention::text).filter(allowed).forEach(t -> counts.merge(t, 1, Integer::sum)));
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(x -> x.getKey().length()).thenComparing(Map.Entry::getKey, java.util.Comparator.reverseOrder()))
                .map(Map.Entry::getKey);
    }

    /** The facts with one entity in place of another; facts that become one are one (their evidence joined). */
    private static List<Fact> rewrite(List<Fact> facts, String from, String to, int[] moved) {
        Map<String, Fact> out = new LinkedHashMap<>();
        for (Fact f : facts) {
            boolean touches = f.subject().equals(from) || from.equals(f.object());
            String s = f.subject().equals(from) ? to : f.subject();
            String o = from.equals(f.object()) ? to : f.object();
            if (touches) {
                moved[0]++;
                if (s.equals(o)) {
                    continue;    // "A metWith A" says nothing
                }
            }
            String key = s + "\u001f" + f.relation() + "\u001f" + o + "\u001f" + f.literal();
            Fact nf = new Fact(s, f.relation(), o, f.literal(), f.evidence());
            out.merge(key, nf, (a, b) -> {
                List<Evidence> ev = new ArrayList<>(a.evidence());
                b.evidence().stream().filter(e -> !ev.contains(e)).forEach(ev::add);
                return new Fact(a.subject(), a.relation(), a.object(), a.literal(), ev);
            });
        }
        return new ArrayList<>(out.values());
    }

    private static Step reject(Corpus c, Curation cur) {
        Optional<Entity> s = find(c, cur.subject());
        if (s.isEmpty()) {
            return Step.idle(missing(cur.subject()));
        }
        Curation.Ref obj = cur.object().orElseThrow();
        Optional<Entity> o = obj.isValue() ? Optional.empty() : find(c, obj);
        if (!obj.isValue() && o.isEmpty()) {
            return Step.idle(missing(obj));
        }
        List<Fact> kept = c.facts().stream().filter(f -> !(f.subject().equals(s.get().slug()) && f.relation() == cur.relation().orElseThrow()
                && (obj.isValue() ? obj.label().equalsIgnoreCase(String.valueOf(f.literal())) : o.get().slug().equals(f.object())))).toList();
        if (kept.size() == c.facts().size()) {
            return Step.idle("the graph has no such fact");
        }
        return new Step(new Corpus(c.documents(), c.entities(), kept, c.identities(), c.derived()), "");
    }

    /**
     * A fact the articles missed, in the entities graph with a derivation from the curation (as the
     * knowledge base's facts are): no article states it, so it has no evidence and support 0.
     */
    private static Step assertFact(Corpus c, Curation cur) {
        Optional<Entity> s = find(c, cur.subject());
        Optional<Entity> o = find(c, cur.object().orElseThrow());
        if (s.isEmpty() || o.isEmpty()) {
            return Step.idle(missing(s.isEmpty() ? cur.subject() : cur.object().orElseThrow()));
        }
        org.newskg.model.Relation r = cur.relation().orElseThrow();
        if (!r.domain().allows(s.get().type()) || !r.range().allows(o.get().type())) {
            return Step.idle("a " + s.get().type().localName() + " cannot be " + r.localName() + " a " + o.get().type().localName());
        }
        if (c.facts().stream().anyMatch(f -> f.asserted() && f.subject().equals(s.get().slug()) && f.relation() == r
                && o.get().slug().equals(f.object()))) {
            return Step.idle("the articles state it already");
        }
        List<Derived> derived = new ArrayList<>(c.derived());
        derived.add(new Derived(s.get().slug(), r, o.get().slug(), "curation #" + cur.sequence() + (cur.curator().isEmpty() ? "" : " by "
                + cur.curator()) + (cur.why().isEmpty() ? "" : ": " + cur.why()), cur.sequence()));
        return new Step(new Corpus(c.documents(), c.entities(), c.facts(), c.identities(), derived), "");
    }

    private static Step change(Corpus c, Curation cur) {
        Optional<Entity> found = find(c, cur.subject());
        if (found.isEmpty()) {
            return Step.idle(missing(cur.subject()));
        }
        Entity e = found.get();
        String v = cur.value().orElseThrow();
        Map<String, Identity> ids = new HashMap<>(c.identities());
        List<Fact> facts = c.facts();
        Entity changed = e;
        String words = "";
        switch (cur.action()) {
            case RENAME -> {
                Set<String> alt = new LinkedHashSet<>(e.altLabels());
                alt.add(e.prefLabel());
                alt.remove(v);
                changed = new Entity(e.slug(), e.type(), v, alt, e.mentions());
            }
            case RETYPE -> {
                EntityType t = type(v);
                changed = new Entity(e.slug(), t, e.prefLabel(), e.altLabels(), e.mentions());
                // Facts that the new type cannot take part in go (a Person's metWith, once it is an Organization).
                List<Fact> fit = facts.stream().filter(f -> fits(f, e.slug(), t)).toList();
                if (fit.size() < facts.size()) {
                    words = (facts.size() - fit.size()) + " fact" + (facts.size() - fit.size() == 1 ? "" : "s")
                            + " that a " + t.localName() + " cannot have dropped";
                }
                facts = fit;
            }
            case LINK -> {
                String[] parts = v.split(" ", 2);
                ids.put(e.slug(), new Identity(parts[0], parts.length > 1 ? parts[1] : null));
            }
            default -> throw new IllegalStateException(cur.action().name());
        }
        Entity done = changed;
        List<Entity> entities = c.entities().stream().map(x -> x.slug().equals(e.slug()) ? done : x).toList();
        return new Step(new Corpus(c.documents(), entities, facts, ids, c.derived()), words);
    }

    private static boolean fits(Fact f, String slug, EntityType t) {
        if (f.subject().equals(slug) && !f.relation().domain().allows(t)) {
            return false;
        }
        return !slug.equals(f.object()) || f.relation().range().allows(t);
    }

    /** An entity type by its local name, any case: {@code person}, {@code Person}. */
    public static EntityType type(String name) {
        for (EntityType t : EntityType.values()) {
            if (t.localName().equalsIgnoreCase(name.strip())) {
                return t;
            }
        }
        throw new IllegalArgumentException("no entity type '" + name + "'; one of " + java.util.Arrays.stream(EntityType.values())
                .map(EntityType::localName).toList());
    }
}
