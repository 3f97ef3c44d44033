package org.newskg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newskg.model.Assertion;
import org.newskg.model.LocalEntity;
import org.newskg.nlp.ParsedSentence;
import org.newskg.nlp.ParsedText;

/**
 * The dependency paths that join two entities of one sentence, for mining candidate predicate frames
 * from unlabelled articles (issue 15's avenue; {@code bench/frame-paths}): each path's top word (the
 * word on it nearest the root, its predicate), the path's shape and whether any extractor related the
 * two entities in that sentence. No fact is made here.
 */
public final class PredicatePaths {
    /** Paths longer than this many edges rarely hold one predicate's two arguments. */
    static final int MAX_EDGES = 4;

    /** One path: the predicate's lemma and part of speech, the path, the two types, and whether it was read. */
    public record Path(String lemma, String tag, String shape, String types, boolean related, String sentence) {}

    private PredicatePaths() {}

    /** Every path of at most {@value #MAX_EDGES} edges between two different entities' words. */
    public static List<Path> of(ParsedText text, Extraction x) {
        EntityLayer layer = x.layer();
        Set<String> related = new HashSet<>();
        for (Assertion a : x.assertions()) {
            if (a.literal() == null) {
                related.add(a.evidence().sentence() + " " + Math.min(a.subject(), a.object()) + " " + Math.max(a.subject(), a.object()));
            }
        }
        List<Path> out = new ArrayList<>();
        for (ParsedSentence s : text.sentences()) {
            SemanticGraph g = s.deps();
            if (g == null) {
                continue;
            }
            List<IndexedWord> heads = new ArrayList<>();
            List<LocalEntity> of = new ArrayList<>();
            for (IndexedWord w : g.vertexListSorted()) {
                layer.at(s.index(), w.index()).ifPresent(e -> {
                    // the entity's head word: the one of its words whose governor is not one of them
                    boolean inner = g.getParent(w) != null && layer.at(s.index(), g.getParent(w).index()).equals(java.util.Optional.of(e));
                    if (!inner) {
                        heads.add(w);
                        of.add(e);
                    }
                });
            }
            for (int i = 0; i < heads.size(); i++) {
                for (int j = i + 1; j < heads.size(); j++) {
                    if (of.get(i).id() == of.get(j).id()) {
                        continue;
                    }
                    List<SemanticGraphEdge> edges = g.getShortestUndirectedPathEdges(heads.get(i), heads.get(j));
                    if (edges == null || edges.isEmpty() || edges.size() > MAX_EDGES) {
                        continue;
                    }
                    IndexedWord top = top(g, edges);
                    if (top == null || layer.at(s.index(), top.index()).isPresent()) {
                        continue;    // a list of names ("Freedonia, Sylvania and ...") has no predicate
                    }
                    String lemma = (top.lemma() == null ? top.word() : top.lemma()).toLowerCase(Locale.ROOT);
                    StringBuilder shape = new StringBuilder();
                    for (SemanticGraphEdge e : edges) {
                        shape.append(shape.length() == 0 ? "" : " ").append(e.getRelation().toString());
                    }
                    int x1 = Math.min(of.get(i).id(), of.get(j).id());
                    int x2 = Math.max(of.get(i).id(), of.get(j).id());
                    out.add(new Path(lemma, top.tag() == null ? "" : top.tag().substring(0, Math.min(2, top.tag().length())),
                            shape.toString(), of.get(i).type() + "-" + of.get(j).type(),
                            related.contains(s.index() + " " + x1 + " " + x2), s.text()));
                }
            }
        }
        return out;
    }

    /** The path's word nearest the root. */
    private static IndexedWord top(SemanticGraph g, List<SemanticGraphEdge> edges) {
        IndexedWord best = null;
        int bestDepth = Integer.MAX_VALUE;
        for (SemanticGraphEdge e : edges) {
            for (IndexedWord w : List.of(e.getGovernor(), e.getDependent())) {
                int d = g.getPathToRoot(w) == null ? 0 : g.getPathToRoot(w).size();
                if (d < bestDepth) {
                    bestDepth = d;
                    best = w;
                }
            }
        }
        return best;
    }
}
