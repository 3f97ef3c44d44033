package org.newskg.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** What differs between two states of a store, as the changes a corpus change records. */
public final class ChangeSet {
    private ChangeSet() {}

    /**
     * The changes from {@code before} to {@code after}, in {@link Change.Kind} order, then by label. An
     * article whose file or URL the store already held under another text is changed, not added and
     * removed (an article's id is its text's hash, so a new text is a new article).
     */
    public static List<Change> between(CorpusState before, CorpusState after) {
        List<Change> out = new ArrayList<>();
        Set<String> replacedSources = new HashSet<>();
        before.articles().forEach((iri, a) -> {
            if (!after.articles().containsKey(iri)) {
                replacedSources.addAll(a.sources());
            }
        });
        Set<String> keptSources = new HashSet<>();
        after.articles().forEach((iri, a) -> {
            if (!before.articles().containsKey(iri)) {
                boolean changed = a.sources().stream().anyMatch(replacedSources::contains);
                if (changed) {
                    keptSources.addAll(a.sources());
                }
                out.add(Change.of(changed ? Change.Kind.ARTICLE_CHANGED : Change.Kind.ARTICLE_ADDED, a.headline(), iri));
            }
        });
        before.articles().forEach((iri, a) -> {
            if (!after.articles().containsKey(iri) && a.sources().stream().noneMatch(keptSources::contains)) {
                out.add(Change.of(Change.Kind.ARTICLE_REMOVED, a.headline(), iri));
            }
        });
        after.entities().forEach((iri, label) -> {
            if (!before.entities().containsKey(iri)) {
                out.add(Change.of(Change.Kind.NEW_ENTITY, plain(label), iri));
            }
        });
        before.entities().forEach((iri, label) -> {
            String now = after.entities().get(iri);
            if (now == null) {
                out.add(Change.of(Change.Kind.ENTITY_GONE, plain(label), iri));
            } else if (!now.equals(label)) {
                out.add(Change.of(Change.Kind.ENTITY_CHANGED, label + " -> " + now, iri));
            }
        });
        Set<Change.FactKey> facts = new TreeSet<>(before.support().keySet());
        facts.addAll(after.support().keySet());
        facts.addAll(before.curated());
        facts.addAll(after.curated());
        for (Change.FactKey f : facts) {
            int was = before.support().getOrDefault(f, 0);
            int is = after.support().getOrDefault(f, 0);
            boolean had = before.has(f);
            boolean has = after.has(f);
            Change.Kind kind = !had && has ? Change.Kind.NEW_FACT : had && !has ? Change.Kind.FACT_GONE : !has ? null
                    : is > was ? Change.Kind.FACT_CORROBORATED : is < was ? Change.Kind.FACT_WEAKENED : null;
            if (kind != null) {
                out.add(Change.fact(kind, label(f, has ? after : before, has ? before : after), f, was, is));
            }
        }
        diff(after.contradictions(), before.contradictions(), Change.Kind.NEW_CONTRADICTION, out);
        diff(before.contradictions(), after.contradictions(), Change.Kind.CONTRADICTION_GONE, out);
        out.sort(Comparator.comparing(Change::kind).thenComparing(Change::label).thenComparing(c -> c.about().orElse("")));
        return out;
    }

    private static void diff(Map<String, String> these, Map<String, String> notIn, Change.Kind kind, List<Change> out) {
        these.forEach((key, words) -> {
            if (!notIn.containsKey(key)) {
                out.add(new Change(kind, words, java.util.Optional.empty(), java.util.Optional.empty(), 0, 0));
            }
        });
    }

    /** "Subject relation Object" with the entities' labels (from either state), the relation's local name. */
    static String label(Change.FactKey f, CorpusState first, CorpusState second) {
        return name(f.subject(), first, second) + " " + f.relation().substring(f.relation().lastIndexOf('#') + 1) + " "
                + name(f.object(), first, second);
    }

    private static String name(String iri, CorpusState first, CorpusState second) {
        if (iri.startsWith("\"")) {
            return iri.substring(1, iri.lastIndexOf('"'));    // a literal, in N-Triples form
        }
        String l = first.entities().get(iri);
        if (l == null) {
            l = second.entities().get(iri);
        }
        return l != null ? plain(l) : iri.substring(iri.lastIndexOf('/') + 1);
    }

    /** An entity's label without the class that {@link CorpusState#entities} puts after it. */
    private static String plain(String labelAndType) {
        return labelAndType.replaceFirst(" \\([A-Za-z]+\\)$", "");
    }
}
