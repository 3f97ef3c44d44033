package org.newskg.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.newskg.model.EntityType;
import org.newskg.model.Relation;

/**
 * What part of the graph a graph format shows ({@code newskg export --view --types --relations
 * --min-support --keep-isolated}). The same options apply to every graph format alike. By default, as
 * on the web page, the nodes no edge touches are left out: in a news graph most entities are named
 * once and linked to nothing, and drawn they bury the facts.
 *
 * @param view         {@link View#ENTITY} or {@link View#FULL}
 * @param types        node types to keep (canonical names such as {@code Person}); empty keeps all
 * @param relations    relations to keep (local names such as {@code metWith}); empty keeps all
 * @param minSupport   facts stated by fewer articles than this are left out ({@code mentionedIn} links
 *                     are not facts and are kept)
 * @param dropIsolated leave out the nodes that have no edge once the rest is filtered
 */
public record GraphViewOptions(View view, Set<String> types, Set<String> relations, int minSupport, boolean dropIsolated) {
    /** The export's defaults: the entity view, every fact between two entities, the entities they link. */
    public static final GraphViewOptions DEFAULT = new GraphViewOptions(View.ENTITY, Set.of(), Set.of(), 1, true);
    /** The whole entity graph: every entity, linked or not ({@code --keep-isolated}), every fact between two. */
    public static final GraphViewOptions WHOLE = new GraphViewOptions(View.ENTITY, Set.of(), Set.of(), 1, false);

    public enum View {
        /** One node per entity, one edge per fact between two entities. */
        ENTITY,
        /**
         * The entity view, plus the articles (with {@code mentionedIn} links from the entities they
         * mention) and the literal values of facts such as {@code holdsTitle} and {@code date}.
         */
        FULL;

        public String optionName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public GraphViewOptions {
        types = Set.copyOf(types);
        relations = Set.copyOf(relations);
        if (minSupport < 1) {
            throw new IllegalArgumentException("--min-support must be 1 or more, not " + minSupport);
        }
        for (String t : types) {
            if (!typeNames(view).contains(t)) {
                throw new IllegalArgumentException(unknownType(t, view));
            }
        }
        for (String r : relations) {
            if (!relationNames(view).contains(r)) {
                throw new IllegalArgumentException(unknownRelation(r, view));
            }
        }
    }

    /**
     * Options from the command line's text: {@code view} is {@code entity} or {@code full} (null:
     * entity), {@code types} and {@code relations} comma-separated lists (null: all), matched without
     * regard to case, {@code minSupport} a whole number (null: 1).
     *
     * @throws IllegalArgumentException naming the wrong value and listing the right ones
     */
    public static GraphViewOptions parse(String view, String types, String relations, String minSupport, boolean dropIsolated) {
        View v = view == null ? View.ENTITY : parseView(view);
        return new GraphViewOptions(v, canonical(types, typeNames(View.FULL)), canonical(relations, relationNames(View.FULL)),
                parseMinSupport(minSupport), dropIsolated);
    }

    /**
     * Whether these options leave every fact in (the entity view, all types, all relations, support
     * 1), whatever they do with isolated nodes: RDF formats, which write the whole graph, accept only
     * such options.
     */
    public boolean keepsEveryFact() {
        return view == View.ENTITY && types.isEmpty() && relations.isEmpty() && minSupport == 1;
    }

    /** These options, keeping or leaving out the nodes without edges. */
    public GraphViewOptions withDropIsolated(boolean drop) {
        return new GraphViewOptions(view, types, relations, minSupport, drop);
    }

    /** The node types a view can hold: the entity classes, and in the full view Article and Value. */
    public static List<String> typeNames(View view) {
        Stream<String> entities = Arrays.stream(EntityType.values()).map(EntityType::localName);
        return (view == View.FULL ? Stream.concat(entities, Stream.of(GraphView.ARTICLE, GraphView.VALUE)) : entities).toList();
    }

    /**
     * The relations a view can hold: in the entity view those between two entities; the full view
     * adds those to a literal value ({@code holdsTitle}, {@code date}) and {@code mentionedIn}.
     */
    public static List<String> relationNames(View view) {
        List<String> names = new ArrayList<>();
        for (Relation r : Relation.values()) {
            if (view == View.FULL || !r.literal()) {
                names.add(r.localName());
            }
        }
        if (view == View.FULL) {
            names.add(GraphView.MENTIONED_IN);
        }
        return names;
    }

    /** The relations only the full view holds: those to a value, and mentionedIn. */
    public static List<String> fullViewOnlyRelations() {
        List<String> names = new ArrayList<>(relationNames(View.FULL));
        names.removeAll(relationNames(View.ENTITY));
        return names;
    }

    private static View parseView(String text) {
        for (View v : View.values()) {
            if (v.optionName().equalsIgnoreCase(text.strip())) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown view '" + text + "'; use entity or full");
    }

    private static int parseMinSupport(String text) {
        if (text == null) {
            return 1;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--min-support takes a whole number of articles, e.g. 2, not '" + text + "'");
        }
    }

    /** The list's names in their canonical spelling; a name no view knows is kept as given, to be reported. */
    private static Set<String> canonical(String list, List<String> known) {
        Set<String> out = new LinkedHashSet<>();
        if (list == null) {
            return out;
        }
        for (String item : list.split(",")) {
            String name = item.strip();
            if (!name.isEmpty()) {
                out.add(known.stream().filter(k -> k.equalsIgnoreCase(name)).findFirst().orElse(name));
            }
        }
        return out;
    }

    private static String unknownType(String type, View view) {
        if (view == View.ENTITY && typeNames(View.FULL).contains(type)) {
            return type + " nodes are only in the full view; add --view full";
        }
        return "unknown type '" + type + "' in --types; use " + String.join(", ", typeNames(View.FULL))
                + " (Article and Value with --view full)";
    }

    private static String unknownRelation(String relation, View view) {
        if (view == View.ENTITY && relationNames(View.FULL).contains(relation)) {
            return relation + (relation.equals(GraphView.MENTIONED_IN) ? " links entities to articles" : " links an entity to a value")
                    + ", which are only in the full view; add --view full";
        }
        return "unknown relation '" + relation + "' in --relations; use " + String.join(", ", relationNames(View.FULL))
                + " (" + String.join(", ", fullViewOnlyRelations()) + " with --view full)";
    }
}
