package org.newskg.serve;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.query.QueryFactory;
import org.newskg.NewsKgException;
import org.newskg.build.BuildReport;
import org.newskg.build.EntityNames;
import org.newskg.build.KgBuild;
import org.newskg.curate.Curation;
import org.newskg.curate.Curator;
import org.newskg.model.Relation;
import org.newskg.rdf.CurationGraph;
import org.newskg.rdf.NKG;
import org.newskg.store.GraphStore;

/**
 * Curations made through a running server ({@code newskg serve --allow-update}): what
 * {@code newskg curate} does, on the server's open store. A request is checked against the graph
 * (its entities, relation, type, the fact it rejects) before anything is written; then the curation is
 * added to the store's curations graph and the graph rebuilt from the stored articles, both under the
 * server's write lock (which a watched folder or feed shares), so no round of theirs interleaves.
 * A rebuild that fails puts the curations back as they were.
 */
public final class ServedCurations {
    /** A rebuild of the open store from its stored articles, with its curations, recorded as {@code command}. */
    @FunctionalInterface
    public interface Rebuild {
        BuildReport run(GraphStore store, String command);
    }

    /**
     * What a person asks for; entities by IRI (or ent:SLUG, or a name only one entity has).
     *
     * @param relation reject, assert: the fact's relation, e.g. {@code metWith} or its IRI
     * @param object   merge: the entity merged into {@code subject}; reject: the fact's object (an
     *                 entity, or a value such as a date); assert: the entity the fact relates it to
     * @param value    split: the name that is another thing; rename: the new label; retype: the type; link: the QID, then optionally a space and the title
     */
    public record Request(String action, String subject, String relation, String object, String value, String why) {}

    /** A curation made, and the rebuild that applied it. */
    public record Made(Curation curation, BuildReport report) {}

    /** Why a request is refused: one line, nothing changed. */
    public static final class Refused extends NewsKgException {
        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message);
        }
    }

    private final GraphStore store;
    private final Object writeLock;
    private final Rebuild rebuild;
    private final Consumer<String> report;

    /**
     * @param writeLock held while the curations graph is written and the graph rebuilt
     * @param report    where to say what was done (the server's console)
     */
    public ServedCurations(GraphStore store, Object writeLock, Rebuild rebuild, Consumer<String> report) {
        this.store = Objects.requireNonNull(store, "store");
        this.writeLock = Objects.requireNonNull(writeLock, "writeLock");
        this.rebuild = Objects.requireNonNull(rebuild, "rebuild");
        this.report = Objects.requireNonNull(report, "report");
    }

    /** The store's curations, in the order they apply, each with why it applies to nothing now (if it does not). */
    public List<Listed> list() {
        EntityNames names = EntityNames.of(store);
        return KgBuild.curations(store).stream().map(c -> new Listed(c, names.idle(c))).toList();
    }

    /** A curation and, when it applies to nothing in the graph now, why. */
    public record Listed(Curation curation, Optional<String> idle) {}

    /**
     * Checks the request, adds the curation by {@code curator} and rebuilds the graph with it.
     *
     * @throws Refused when the request names what the graph does not have (nothing is changed)
     */
    public Made add(Request r, String curator) {
        synchronized (writeLock) {
            List<Curation> existing = KgBuild.curations(store);
            int n = existing.stream().mapToInt(Curation::sequence).max().orElse(0) + 1;
            Curation c = curation(r, n, curator, EntityNames.of(store));
            if (existing.stream().anyMatch(x -> x.action() == c.action() && x.subject().equals(c.subject())
                    && x.relation().equals(c.relation()) && x.object().equals(c.object()) && x.value().equals(c.value()))) {
                throw new Refused("the store has this curation already (" + c.describe() + "); nothing was changed");
            }
            List<Curation> all = new ArrayList<>(existing);
            all.add(c);
            BuildReport b = rebuildWith(all, existing, "curate #" + n + " " + c.describe() + (curator.isEmpty() ? "" : " (by " + curator + ")"),
                    "curation #" + n + " by " + curator + ": " + c.describe());
            return new Made(c, b);
        }
    }

    /**
     * Takes curation {@code n} away, by {@code curator}, and rebuilds the graph without it: what it
     * did is undone, and later builds no longer apply it.
     *
     * @throws Refused when the store has no curation {@code n} (nothing is changed)
     */
    public Made drop(int n, String curator) {
        synchronized (writeLock) {
            List<Curation> existing = KgBuild.curations(store);
            Curation gone = existing.stream().filter(c -> c.sequence() == n).findFirst()
                    .orElseThrow(() -> new Refused("the store has no curation #" + n + "; nothing was changed"));
            List<Curation> rest = new ArrayList<>(existing);
            rest.remove(gone);
            BuildReport b = rebuildWith(rest, existing, "curate drop #" + n + " " + gone.describe() + (curator.isEmpty() ? "" : " (by " + curator + ")"),
                    "curation #" + n + " (" + gone.describe() + ") dropped by " + curator);
            return new Made(gone, b);
        }
    }

    /**
     * Stores {@code curations} and rebuilds the graph with them, recorded as {@code command}; a rebuild
     * that fails puts {@code before} back. Says {@code done} on the server's console.
     */
    private BuildReport rebuildWith(List<Curation> curations, List<Curation> before, String command, String done) {
        store.replaceGraph(NKG.CURATIONS_GRAPH, CurationGraph.model(curations));
        BuildReport b;
        try {
            b = rebuild.run(store, command);
        } catch (RuntimeException e) {
            store.replaceGraph(NKG.CURATIONS_GRAPH, CurationGraph.model(before));
            throw e;
        }
        report.accept("newskg serve: " + done + "; the graph is rebuilt" + b.change().map(ch -> " (change #" + ch.sequence() + ")")
                .orElse(" (nothing changed)"));
        return b;
    }

    private Curation curation(Request r, int n, String curator, EntityNames names) {
        String action = text(r.action()).toLowerCase(Locale.ROOT);
        String why = text(r.why());
        Instant now = Instant.now();
        if (!List.of("merge", "split", "reject", "assert", "rename", "retype", "link").contains(action)) {
            throw new Refused("no curation action '" + text(r.action()) + "'; one of merge, split, reject, assert, rename, retype, link");
        }
        Curation.Ref subject = ref(names, required(r.subject(), "subject", "the entity to curate, by its IRI"));
        return switch (action) {
            case "merge" -> {
                Curation.Ref gone = ref(names, required(r.object(), "object", "the entity to merge in, by its IRI"));
                if (gone.slug().equals(subject.slug())) {
                    throw new Refused("'" + subject.label() + "' cannot be merged into itself; nothing was changed");
                }
                yield new Curation(n, Curation.Action.MERGE, subject, Optional.empty(), Optional.of(gone), Optional.empty(), curator, now, why);
            }
            case "split" -> {
                String name;
                try {
                    name = names.nameOf(NKG.entityIri(subject.slug()), required(r.value(), "value", "the name that is another thing"));
                } catch (NewsKgException e) {
                    throw new Refused(e.getMessage());
                }
                yield new Curation(n, Curation.Action.SPLIT, subject, Optional.empty(), Optional.empty(), Optional.of(name), curator, now, why);
            }
            case "reject" -> {
                Relation rel = relation(required(r.relation(), "relation", "the fact's relation, e.g. metWith"));
                String o = required(r.object(), "object", "the fact's object");
                Curation.Ref object = rel.range().types().isEmpty() ? new Curation.Ref("", o) : ref(names, o);
                if (!stated(subject, rel, object)) {
                    throw new Refused("the graph has no fact '" + subject.label() + "' " + rel.localName() + " '" + object.label()
                            + "' to reject; nothing was changed");
                }
                yield new Curation(n, Curation.Action.REJECT, subject, Optional.of(rel), Optional.of(object), Optional.empty(), curator, now, why);
            }
            case "assert" -> {
                Relation rel = relation(required(r.relation(), "relation", "the fact's relation, e.g. metWith"));
                if (rel.range().types().isEmpty()) {
                    throw new Refused("assert relates two entities; " + rel.localName() + " takes a value; nothing was changed");
                }
                Curation.Ref object = ref(names, required(r.object(), "object", "the entity the fact relates it to, by its IRI"));
                Optional<org.newskg.model.EntityType> st = type(names, subject);
                Optional<org.newskg.model.EntityType> ot = type(names, object);
                if (st.isPresent() && ot.isPresent() && (!rel.domain().allows(st.get()) || !rel.range().allows(ot.get()))) {
                    throw new Refused("a " + st.get().localName() + " cannot be " + rel.localName() + " a " + ot.get().localName()
                            + "; nothing was changed");
                }
                if (stated(subject, rel, object)) {
                    throw new Refused("the graph has '" + subject.label() + "' " + rel.localName() + " '" + object.label()
                            + "' already; nothing was changed");
                }
                yield new Curation(n, Curation.Action.ASSERT, subject, Optional.of(rel), Optional.of(object), Optional.empty(), curator, now, why);
            }
            case "rename" -> new Curation(n, Curation.Action.RENAME, subject, Optional.empty(), Optional.empty(),
                    Optional.of(required(r.value(), "value", "the new label")), curator, now, why);
            case "retype" -> {
                String type;
                try {
                    type = Curator.type(required(r.value(), "value", "the new type, e.g. Person")).localName();
                } catch (IllegalArgumentException e) {
                    throw new Refused(e.getMessage() + "; nothing was changed");
                }
                yield new Curation(n, Curation.Action.RETYPE, subject, Optional.empty(), Optional.empty(), Optional.of(type), curator, now, why);
            }
            default -> {
                String v = required(r.value(), "value", "the Wikidata item, e.g. Q42, then optionally its English Wikipedia title");
                String[] parts = v.split("\\s+", 2);
                String qid = parts[0].toUpperCase(Locale.ROOT).replaceFirst("^WD:", "");
                if (!qid.matches("Q\\d+")) {
                    throw new Refused("a Wikidata item is Q and a number, e.g. Q42; not '" + parts[0] + "'; nothing was changed");
                }
                yield new Curation(n, Curation.Action.LINK, subject, Optional.empty(), Optional.empty(),
                        Optional.of(parts.length == 2 ? qid + " " + parts[1].strip() : qid), curator, now, why);
            }
        };
    }

    /** Whether an article (or the knowledge base) states the fact: a rejection of a fact the graph lacks is a mistake. */
    private boolean stated(Curation.Ref s, Relation r, Curation.Ref o) {
        String object = o.isValue() ? "?o FILTER (str(?o) = \"" + escape(o.label()) + "\")" : "<" + NKG.entityIri(o.slug()) + ">";
        String ask = "ASK { GRAPH ?g { <" + NKG.entityIri(s.slug()) + "> <" + NKG.NS + r.localName() + "> " + object + " } }";
        return store.query(QueryFactory.create(ask), qe -> qe.execAsk());
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r");
    }

    /** The entity's type, as the graph has it (none when the graph gives it no NewsKG type). */
    private static Optional<org.newskg.model.EntityType> type(EntityNames names, Curation.Ref ref) {
        return names.entities().stream().filter(e -> e.slug().equals(ref.slug())).findFirst().flatMap(e -> {
            try {
                return Optional.of(Curator.type(e.type()));
            } catch (IllegalArgumentException notOurs) {
                return Optional.empty();
            }
        });
    }

    private static Curation.Ref ref(EntityNames names, String given) {
        try {
            return names.ref(given);
        } catch (NewsKgException e) {
            throw new Refused(e.getMessage().replace(" ('newskg query entities' lists them)", "")
                    .replace(" ('newskg query names' lists every name)", ""));
        }
    }

    private static Relation relation(String given) {
        String g = given.strip();
        String local = g.startsWith(NKG.NS) ? g.substring(NKG.NS.length()) : g.replaceFirst("^nkg:", "");
        try {
            return Relation.byLocalName(local);
        } catch (IllegalArgumentException e) {
            throw new Refused("no relation '" + given + "'; one of " + java.util.Arrays.stream(Relation.values())
                    .map(Relation::localName).toList() + "; nothing was changed");
        }
    }

    private static String required(String value, String field, String what) {
        if (value == null || value.isBlank()) {
            throw new Refused("give " + field + ": " + what + "; nothing was changed");
        }
        return value.strip();
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }
}
