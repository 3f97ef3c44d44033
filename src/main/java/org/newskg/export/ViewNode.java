package org.newskg.export;

import java.util.Objects;

/**
 * A node of the {@link GraphView}: an entity, or (in the full view) an article or a literal value.
 *
 * @param id    short identifier, the same in every format (e.g. {@code entity:marta-velk}); safe as an
 *              XML name token, so GraphML accepts it as it is
 * @param iri   the node's IRI in the RDF graph; for a literal value, its lexical form
 * @param label what a person reads: the entity's preferred label, the article's headline, the value
 * @param type  the ontology class's local name ({@code Person}, {@code Country}, ...), or
 *              {@link GraphView#ARTICLE} or {@link GraphView#VALUE}
 */
public record ViewNode(String id, String iri, String label, String type) {
    public ViewNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
    }
}
