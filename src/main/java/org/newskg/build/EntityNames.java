package org.newskg.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.QueryFactory;
import org.newskg.NewsKgException;
import org.newskg.curate.Curation;
import org.newskg.rdf.NKG;
import org.newskg.store.GraphStore;

/**
 * The store's entities by IRI, label and other names, to read the entities a person names in a
 * curation ({@code newskg curate}, and the page's curation endpoint when the server allows updates).
 * A name that fits no entity, or several, is a {@link NewsKgException} whose message says so in one
 * line, ending "nothing was changed".
 */
public final class EntityNames {
    private static final String ENTITY = NKG.entityIri("");

    /** One entity: its slug (the IRI's last part), label, other names and type's local name. */
    public record Named(String slug, String label, List<String> names, String type) {}

    private final List<Named> entities;

    private EntityNames(List<Named> entities) {
        this.entities = List.copyOf(entities);
    }

    /** The entities of the store's entities graph. */
    public static EntityNames of(GraphStore store) {
        Map<String, Named> bySlug = new LinkedHashMap<>();
        store.query(QueryFactory.create("PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?e ?label ?alt ?type WHERE { GRAPH <"
                + NKG.ENTITIES_GRAPH + "> { ?e skos:prefLabel ?label ; a ?type OPTIONAL { ?e skos:altLabel ?alt } } }"), qe -> {
            qe.execSelect().forEachRemaining(r -> {
                String iri = r.getResource("e").getURI();
                if (!iri.startsWith(ENTITY)) {
                    return;
                }
                String slug = iri.substring(ENTITY.length());
                Named n = bySlug.computeIfAbsent(slug, s -> new Named(s, r.getLiteral("label").getString(), new ArrayList<>(),
                        r.getResource("type").getLocalName()));
                if (r.contains("alt") && !n.names().contains(r.getLiteral("alt").getString())) {
                    n.names().add(r.getLiteral("alt").getString());
                }
            });
            return null;
        });
        return new EntityNames(new ArrayList<>(bySlug.values()));
    }

    public List<Named> entities() {
        return entities;
    }

    /** The entity a person names: its IRI, ent:SLUG, its label, or another name only it has. */
    public Curation.Ref ref(String given) {
        String g = given.strip();
        String slug = g.startsWith(ENTITY) ? g.substring(ENTITY.length()) : g.startsWith("ent:") ? g.substring(4) : null;
        if (slug != null) {
            String s = slug;
            return entities.stream().filter(e -> e.slug().equals(s)).findFirst().map(e -> new Curation.Ref(e.slug(), e.label()))
                    .orElseThrow(() -> new NewsKgException("no entity " + given + " in the store ('newskg query entities' lists them);"
                            + " nothing was changed"));
        }
        List<Named> byLabel = entities.stream().filter(e -> e.label().equalsIgnoreCase(g)).toList();
        List<Named> found = byLabel.isEmpty() ? entities.stream().filter(e -> e.names().stream().anyMatch(x -> x.equalsIgnoreCase(g))).toList()
                : byLabel;
        if (found.size() == 1) {
            return new Curation.Ref(found.get(0).slug(), found.get(0).label());
        }
        if (found.isEmpty()) {
            throw new NewsKgException("no entity named '" + given + "' in the store ('newskg query names' lists every name);"
                    + " nothing was changed");
        }
        throw new NewsKgException("'" + given + "' names " + found.size() + " entities: " + found.stream()
                .map(e -> e.label() + " (" + e.type() + ", ent:" + e.slug() + ")").toList() + "; give one by its IRI, e.g. ent:"
                + found.get(0).slug() + "; nothing was changed");
    }

    /**
     * One of the names of the entity {@code given} names, as the graph writes it: what a split takes
     * away. A name it does not have is a {@link NewsKgException} listing the ones it has.
     */
    public String nameOf(String given, String name) {
        Curation.Ref ref = ref(given);
        Named e = entities.stream().filter(x -> x.slug().equals(ref.slug())).findFirst().orElseThrow();
        List<String> all = new ArrayList<>(List.of(e.label()));
        all.addAll(e.names());
        return all.stream().filter(x -> x.equalsIgnoreCase(name.strip())).findFirst().orElseThrow(() -> new NewsKgException("'"
                + e.label() + "' is not called '" + name.strip() + "'; its names are " + all + "; nothing was changed"));
    }

    /** Why a curation applies to nothing in this graph, if it does not: one of its entities is gone. */
    public Optional<String> idle(Curation c) {
        List<Curation.Ref> refs = new ArrayList<>(List.of(c.subject()));
        c.object().filter(o -> !o.isValue()).ifPresent(refs::add);
        for (Curation.Ref r : refs) {
            // A merged entity lives on as another name of the one it was merged into.
            boolean there = entities.stream().anyMatch(e -> e.slug().equals(r.slug()) || e.label().equalsIgnoreCase(r.label())
                    || e.names().stream().anyMatch(x -> x.equalsIgnoreCase(r.label())));
            if (!there) {
                return Optional.of("'" + r.label() + "' is not in the graph");
            }
        }
        if (c.action() == Curation.Action.SPLIT) {
            // Applied, it left an entity of that name beside the one it was split from.
            String name = c.value().orElseThrow();
            if (entities.stream().noneMatch(e -> !e.slug().equals(c.subject().slug()) && e.label().equalsIgnoreCase(name))) {
                return Optional.of("no article calls '" + c.subject().label() + "' only '" + name + "'");
            }
        }
        return Optional.empty();
    }
}
