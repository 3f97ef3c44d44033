package org.newskg.export;

import java.util.Objects;

/**
 * An edge of the {@link GraphView}: one fact (a core relation between two nodes), or in the full view
 * one {@code mentionedIn} link from an entity to an article.
 *
 * @param id        short identifier, unique in the view
 * @param source    the source node's {@link ViewNode#id}
 * @param target    the target node's {@link ViewNode#id}
 * @param relation  the relation's local name ({@code metWith}, {@code signed}, {@code mentionedIn}, ...)
 * @param support   how many articles state it: the number of article graphs holding the triple
 * @param symmetric whether the relation holds both ways round (stored once, in one direction)
 */
public record ViewEdge(String id, String source, String target, String relation, int support, boolean symmetric) {
    public ViewEdge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(relation, "relation");
        if (support < 1) {
            throw new IllegalArgumentException("an edge is supported by at least one article, not " + support);
        }
    }

    /** Whether this edge is a fact (a core relation), as opposed to a link to a source article. */
    public boolean isFact() {
        return !relation.equals(GraphView.MENTIONED_IN);
    }
}
