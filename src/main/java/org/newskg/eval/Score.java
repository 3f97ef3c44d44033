package org.newskg.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one graph against one gold file ({@link Scorer} says how each is counted), and the
 * lists behind them for {@code newskg eval --details}. Immutable.
 *
 * @param entityRecall     required gold entities found by a node of an acceptable type / required entities
 * @param entityPrecision  typed entity nodes that match a gold entry / typed entity nodes
 * @param typeAccuracy     found required entities with a node of the exact class / found required entities
 * @param fragmentation    acceptable-typed nodes matching the found required entities / found required entities
 * @param overMergedNodes  typed entity nodes that match two or more gold entries
 * @param factRecall       required facts that hold / required facts
 * @param relationRecall   required entity-to-entity facts that hold / required entity-to-entity facts
 * @param factPrecision    judged triples that match a gold fact / judged triples
 * @param statementsAsFacts gold statements that are not asserted (denied, planned, ...) but are plain
 *                         triples in the graph / such statements: should be 0
 * @param statementsKept   such statements the graph keeps on evidence of the same status / such statements
 * @param missedEntities   required entities not found, as {@code id (Type: names)}
 * @param mistypedNodes    nodes that match a gold entity but lack its exact class
 * @param spuriousNodes    typed entity nodes that match no gold entry, as {@code label [Type]}
 * @param overMerged       the over-merged nodes and the entries each matches
 * @param missedFacts      required facts that do not hold
 * @param wrongTriples     judged triples that match no gold fact, as {@code label predicate label}
 */
public record Score(
        Ratio entityRecall,
        Ratio entityPrecision,
        Ratio typeAccuracy,
        Ratio fragmentation,
        int overMergedNodes,
        Ratio factRecall,
        Ratio relationRecall,
        Ratio factPrecision,
        Ratio statementsAsFacts,
        Ratio statementsKept,
        List<String> missedEntities,
        List<String> mistypedNodes,
        List<String> spuriousNodes,
        List<String> overMerged,
        List<String> missedFacts,
        List<String> wrongTriples) {

    public Score {
        missedEntities = List.copyOf(missedEntities);
        mistypedNodes = List.copyOf(mistypedNodes);
        spuriousNodes = List.copyOf(spuriousNodes);
        overMerged = List.copyOf(overMerged);
        missedFacts = List.copyOf(missedFacts);
        wrongTriples = List.copyOf(wrongTriples);
    }

    /**
     * A count over a count. {@link #value()} is NaN when the denominator is 0 (nothing to judge:
     * neither good nor bad), and prints as {@code n/a}.
     */
    public record Ratio(int numerator, int denominator) {
        public double value() {
            return denominator == 0 ? Double.NaN : (double) numerator / denominator;
        }

        /** E.g. {@code 0.950 (19/20)}. */
        @Override
        public String toString() {
            String v = denominator == 0 ? "  n/a" : String.format(Locale.ROOT, "%.3f", value());
            return v + " (" + numerator + "/" + denominator + ")";
        }
    }

    /** The figures, one per line, e.g. {@code entity recall      0.950 (19/20)}. */
    public List<String> figureLines() {
        return List.of(
                line("entity recall", entityRecall),
                line("entity precision", entityPrecision),
                line("type accuracy", typeAccuracy),
                line("fragmentation", fragmentation),
                line("over-merged nodes", overMergedNodes),
                line("fact recall", factRecall),
                line("relation recall", relationRecall),
                line("fact precision", factPrecision),
                line("qualified as fact", statementsAsFacts),
                line("qualified kept", statementsKept));
    }

    /** The lists behind the figures, each under a heading with its size; empty lists are left out. */
    public List<String> detailLines() {
        List<String> out = new ArrayList<>();
        section(out, "missed entities (required, not found with an acceptable type)", missedEntities);
        section(out, "mistyped nodes (match a gold entity, lack its class)", mistypedNodes);
        section(out, "spurious nodes (match no gold entity)", spuriousNodes);
        section(out, "over-merged nodes (match two or more gold entities)", overMerged);
        section(out, "missed facts (required, do not hold)", missedFacts);
        section(out, "wrong triples (match no gold fact)", wrongTriples);
        return out;
    }

    private static String line(String name, Object value) {
        return String.format(Locale.ROOT, "%-18s %s", name, value);
    }

    private static void section(List<String> out, String heading, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        out.add(heading + ": " + items.size());
        items.forEach(i -> out.add("  " + i));
    }
}
