package org.newskg.rdf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDateTime;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.history.Change;
import org.newskg.history.CorpusChange;
import org.newskg.history.CorpusState;
import org.newskg.model.Relation;

/**
 * The store's history in RDF: each {@link CorpusChange} is a {@code prov:Activity} in a graph of its
 * own, named like it ({@link NKG#changeIri}); and the {@link CorpusState} of a dataset, which a build
 * compares before and after to know what it changed.
 *
 * <pre>
 * chg:7 a nkg:CorpusChange ; nkg:sequence 7 ; nkg:command "add more/" ;
 *     prov:startedAtTime "…"^^xsd:dateTime ; prov:endedAtTime "…"^^xsd:dateTime ; nkg:change chg:7-3 .
 * chg:7-3 a nkg:Change ; nkg:changeKind nkg:NewFact ; rdfs:label "Lena Marsh metWith Jonas Breuer" ;
 *     nkg:changedSubject ent:… ; nkg:changedRelation nkg:metWith ; nkg:changedObject ent:… ;
 *     nkg:supportBefore 0 ; nkg:supportAfter 1 .
 * </pre>
 */
public final class ChangeGraphs {
    private static final String ARTICLES = NKG.articleIri("");
    private static final org.apache.jena.rdf.model.Property STARTED = org.apache.jena.rdf.model.ResourceFactory
            .createProperty(Vocabularies.PROV + "startedAtTime");
    private static final org.apache.jena.rdf.model.Property ENDED = org.apache.jena.rdf.model.ResourceFactory
            .createProperty(Vocabularies.PROV + "endedAtTime");
    private static final Resource ACTIVITY = org.apache.jena.rdf.model.ResourceFactory.createResource(Vocabularies.PROV + "Activity");

    private static final Query ARTICLES_QUERY = QueryFactory.create("""
            PREFIX nkg: <%s> PREFIX schema: <%s>
            SELECT ?a ?headline ?source WHERE {
              GRAPH ?a { ?a a nkg:Article OPTIONAL { ?a schema:headline ?headline } OPTIONAL { ?a nkg:sourceFile ?source } }
            }""".formatted(NKG.NS, Vocabularies.SCHEMA));
    private static final Query ENTITIES_QUERY = QueryFactory.create("""
            PREFIX skos: <%s>
            SELECT ?e ?label ?type WHERE { GRAPH <%s> { ?e skos:prefLabel ?label OPTIONAL { ?e a ?type } } }"""
            .formatted(SKOS.getURI(), NKG.ENTITIES_GRAPH));
    /** A fact's support: the articles whose graphs state it as a plain triple (asserted). */
    private static final Query SUPPORT_QUERY = QueryFactory.create("""
            SELECT ?s ?p ?o (COUNT(DISTINCT ?g) AS ?n) WHERE {
              VALUES ?p { %s }
              GRAPH ?g { ?s ?p ?o }
              FILTER(STRSTARTS(STR(?g), "%s"))
            } GROUP BY ?s ?p ?o""".formatted(
            java.util.Arrays.stream(Relation.values()).map(r -> "<" + CorpusGraphs.propertyOf(r).getURI() + ">")
                    .collect(Collectors.joining(" ")), ARTICLES));
    /** The facts a curation asserts: in the entities graph, derived from the curation (CorpusGraphs). */
    private static final Query CURATED_QUERY = QueryFactory.create("""
            PREFIX nkg: <%s> PREFIX rdf: <%s> PREFIX prov: <%s>
            SELECT DISTINCT ?s ?p ?o WHERE {
              GRAPH <%s> { ?d a nkg:Derivation ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?c }
              FILTER(STRSTARTS(STR(?c), "%s"))
            }""".formatted(NKG.NS, org.apache.jena.vocabulary.RDF.getURI(), Vocabularies.PROV, NKG.ENTITIES_GRAPH, NKG.curationIri(0)
            .replaceFirst("0$", "")));
    private static final Query LAST_QUERY = QueryFactory.create("""
            PREFIX nkg: <%s>
            SELECT (MAX(?n) AS ?last) WHERE { GRAPH ?g { ?a a nkg:CorpusChange ; nkg:sequence ?n } }""".formatted(NKG.NS));

    private ChangeGraphs() {}

    /**
     * What a store holds, as far as history compares, read with {@code select} (which runs a SELECT
     * query and hands each row to the consumer): the store's own queries, or {@link #state(Map, Optional)}.
     *
     * @param contradictions the saved query {@code contradictions}, whose rows are the contradictions;
     *                       none to leave them out
     */
    public static CorpusState state(BiConsumer<Query, Consumer<QuerySolution>> select, Optional<Query> contradictions) {
        Map<Change.FactKey, Integer> support = new HashMap<>();
        select.accept(SUPPORT_QUERY, s -> addSupport(s, support));
        return new CorpusState(articles(select), entities(select), support, curated(select), disputes(select, contradictions),
                lastSequence(select));
    }

    /**
     * What part of a store holds, as far as history compares: the articles and entities of
     * {@code part} (some article graphs, with the part of the entities graph about the entities they
     * name, in one version), the support of every fact those graphs state as {@code store} counts it,
     * and what only the whole store can say (the facts curations assert, contradictions, the last change
     * number) from {@code store}. Two such states of the same part, before and after an update that
     * changes nothing else, differ as the whole store's states would ({@link org.newskg.history.ChangeSet}),
     * for the cost of the part: adding one article to 100,000 need not read them all.
     *
     * @param facts the graphs whose facts' support to count: both versions of the part, so that a fact
     *              either states is counted in both states
     */
    public static CorpusState state(Map<String, Model> part, java.util.Collection<Model> facts,
                                    BiConsumer<Query, Consumer<QuerySolution>> store, Optional<Query> contradictions) {
        BiConsumer<Query, Consumer<QuerySolution>> here = inPlace(part);
        Map<Change.FactKey, Integer> support = new HashMap<>();
        List<String> rows = new ArrayList<>();
        java.util.Set<org.apache.jena.graph.Triple> seen = new java.util.HashSet<>();
        java.util.Set<Node> relations = java.util.Arrays.stream(Relation.values()).map(r -> CorpusGraphs.propertyOf(r).asNode())
                .collect(Collectors.toSet());
        for (Model m : facts) {
            m.getGraph().find().forEachRemaining(t -> {
                if (t.getSubject().isURI() && relations.contains(t.getPredicate()) && seen.add(t)) {
                    rows.add("(" + NodeFmtLib.strNT(t.getSubject()) + " " + NodeFmtLib.strNT(t.getPredicate()) + " "
                            + NodeFmtLib.strNT(t.getObject()) + ")");
                }
            });
        }
        // The facts' support, counted by the store: a few hundred facts per query, each looked up by its triple.
        for (int i = 0; i < rows.size(); i += 500) {
            Query q = QueryFactory.create("SELECT ?s ?p ?o (COUNT(DISTINCT ?g) AS ?n) WHERE { VALUES (?s ?p ?o) { "
                    + String.join(" ", rows.subList(i, Math.min(rows.size(), i + 500)))
                    + " } GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"" + ARTICLES + "\")) } GROUP BY ?s ?p ?o");
            store.accept(q, s -> addSupport(s, support));
        }
        return new CorpusState(articles(here), entities(here), support, curated(store), disputes(store, contradictions),
                lastSequence(store));
    }

    private static Map<String, CorpusState.Article> articles(BiConsumer<Query, Consumer<QuerySolution>> select) {
        Map<String, String> headlines = new HashMap<>();
        Map<String, List<String>> sources = new HashMap<>();
        select.accept(ARTICLES_QUERY, s -> {
            String a = s.getResource("a").getURI();
            headlines.merge(a, s.contains("headline") ? s.getLiteral("headline").getString() : a.substring(ARTICLES.length()),
                    (x, y) -> x.compareTo(y) <= 0 ? x : y);
            List<String> src = sources.computeIfAbsent(a, k -> new ArrayList<>());
            if (s.contains("source") && !src.contains(s.getLiteral("source").getString())) {
                src.add(s.getLiteral("source").getString());
            }
        });
        Map<String, CorpusState.Article> articles = new HashMap<>();
        headlines.forEach((a, h) -> articles.put(a, new CorpusState.Article(h, sources.get(a).stream().sorted().toList())));
        return articles;
    }

    private static Map<String, String> entities(BiConsumer<Query, Consumer<QuerySolution>> select) {
        Map<String, String> entities = new HashMap<>();
        // "Label (Type)": a rename or a retype is a change of the entity (the first label and type, for a stable answer).
        select.accept(ENTITIES_QUERY, s -> entities.merge(s.getResource("e").getURI(), s.getLiteral("label").getString()
                + (s.contains("type") && s.get("type").isURIResource() ? " (" + s.getResource("type").getLocalName() + ")" : ""),
                (x, y) -> x.compareTo(y) <= 0 ? x : y));
        return entities;
    }

    private static void addSupport(QuerySolution s, Map<Change.FactKey, Integer> support) {
        if (s.get("s").isURIResource()) {
            support.put(new Change.FactKey(s.getResource("s").getURI(), s.getResource("p").getURI(), key(s.get("o"))),
                    s.getLiteral("n").getInt());
        }
    }

    private static java.util.Set<Change.FactKey> curated(BiConsumer<Query, Consumer<QuerySolution>> select) {
        java.util.Set<Change.FactKey> curated = new java.util.HashSet<>();
        select.accept(CURATED_QUERY, s -> curated.add(new Change.FactKey(s.getResource("s").getURI(), s.getResource("p").getURI(),
                key(s.get("o")))));
        return curated;
    }

    private static Map<String, String> disputes(BiConsumer<Query, Consumer<QuerySolution>> select, Optional<Query> contradictions) {
        Map<String, String> disputes = new LinkedHashMap<>();
        contradictions.ifPresent(q -> select.accept(q, s -> {
            List<String> values = new ArrayList<>();
            q.getResultVars().forEach(v -> values.add(s.contains(v) ? text(s.get(v)) : ""));
            disputes.put(String.join("\u001f", values), disputeWords(q.getResultVars(), values));
        }));
        return disputes;
    }

    private static int lastSequence(BiConsumer<Query, Consumer<QuerySolution>> select) {
        int[] last = {0};
        select.accept(LAST_QUERY, s -> {
            if (s.contains("last")) {
                last[0] = s.getLiteral("last").getInt();
            }
        });
        return last[0];
    }

    /**
     * What these graphs hold (a build's, before they are stored), read in place: a dataset that links
     * them, with their union as its default graph, as in the store; nothing is copied.
     */
    public static CorpusState state(Map<String, Model> graphs, Optional<Query> contradictions) {
        return state(inPlace(graphs), contradictions);
    }

    /** Queries on a dataset that links these graphs, with their union as its default graph, as in the store. */
    private static BiConsumer<Query, Consumer<QuerySolution>> inPlace(Map<String, Model> graphs) {
        org.apache.jena.graph.compose.MultiUnion union = new org.apache.jena.graph.compose.MultiUnion();
        graphs.values().forEach(m -> union.addGraph(m.getGraph()));
        DatasetGraph dsg = DatasetGraphFactory.createGeneral(union);
        graphs.forEach((name, m) -> dsg.addGraph(NodeFactory.createURI(name), m.getGraph()));
        Dataset ds = DatasetFactory.wrap(dsg);
        return (q, row) -> select(ds, q, row);
    }

    /** A dispute in words: the query's columns as "subject relation: one (oneSource) / other (otherSource)" when it has them. */
    private static String disputeWords(List<String> vars, List<String> values) {
        Map<String, String> v = new HashMap<>();
        for (int i = 0; i < vars.size(); i++) {
            v.put(vars.get(i), values.get(i));
        }
        if (v.keySet().containsAll(List.of("subject", "relation", "one", "other"))) {
            return v.get("subject") + " " + v.get("relation") + ": " + v.get("one")
                    + (v.getOrDefault("oneSource", "").isEmpty() ? "" : " (" + v.get("oneSource") + ")") + " / " + v.get("other")
                    + (v.getOrDefault("otherSource", "").isEmpty() ? "" : " (" + v.get("otherSource") + ")");
        }
        return String.join(" | ", values);
    }

    /** The graph of one corpus change. */
    public static Model graph(CorpusChange c) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(CorpusGraphs.prefixes());
        String iri = NKG.changeIri(c.sequence());
        Resource a = m.createResource(iri, NKG.CorpusChange).addProperty(RDF.type, ACTIVITY)
                .addLiteral(NKG.sequence, m.createTypedLiteral(c.sequence()))
                .addProperty(NKG.command, c.command())
                .addLiteral(STARTED, dateTime(m, c.started()))
                .addLiteral(ENDED, dateTime(m, c.ended()));
        int k = 0;
        for (Change ch : c.changes()) {
            Resource r = m.createResource(iri + "-" + (++k), NKG.Change)
                    .addProperty(NKG.changeKind, m.createResource(NKG.NS + ch.kind().localName()))
                    .addProperty(RDFS.label, ch.label());
            ch.about().ifPresent(x -> r.addProperty(NKG.changedResource, m.createResource(x)));
            ch.fact().ifPresent(f -> {
                r.addProperty(NKG.changedSubject, m.createResource(f.subject()))
                        .addProperty(NKG.changedRelation, m.createResource(f.relation()))
                        .addProperty(NKG.changedObject, m.asRDFNode(node(f.object())))
                        .addLiteral(NKG.supportBefore, m.createTypedLiteral(ch.before()))
                        .addLiteral(NKG.supportAfter, m.createTypedLiteral(ch.after()));
            });
            a.addProperty(NKG.change, r);
        }
        return m;
    }

    /** The store's history, oldest first (run in the caller's read transaction). */
    public static List<CorpusChange> read(Dataset ds) {
        List<CorpusChange> out = new ArrayList<>();
        List<String> names = new ArrayList<>();
        ds.listModelNames().forEachRemaining(r -> names.add(r.getURI()));
        for (String g : names) {
            if (!NKG.isHistory(g)) {
                continue;
            }
            Model m = ds.getNamedModel(g);
            Resource a = m.getResource(g);
            if (!m.contains(a, RDF.type, NKG.CorpusChange) || !a.hasProperty(NKG.sequence)) {
                continue;
            }
            List<Change> changes = new ArrayList<>();
            for (Statement st : a.listProperties(NKG.change).toList()) {
                Resource r = st.getResource();
                Optional<Change.Kind> kind = Optional.ofNullable(r.getPropertyResourceValue(NKG.changeKind))
                        .flatMap(k -> Change.Kind.ofLocalName(k.getLocalName()));
                if (kind.isEmpty()) {
                    continue;    // a kind this version does not know
                }
                Optional<String> about = Optional.ofNullable(r.getPropertyResourceValue(NKG.changedResource)).map(Resource::getURI);
                Optional<Change.FactKey> fact = r.hasProperty(NKG.changedSubject)
                        ? Optional.of(new Change.FactKey(r.getPropertyResourceValue(NKG.changedSubject).getURI(),
                                r.getPropertyResourceValue(NKG.changedRelation).getURI(), key(r.getProperty(NKG.changedObject).getObject())))
                        : Optional.empty();
                changes.add(new Change(kind.get(), r.hasProperty(RDFS.label) ? r.getProperty(RDFS.label).getString() : "", about, fact,
                        r.hasProperty(NKG.supportBefore) ? r.getProperty(NKG.supportBefore).getInt() : 0,
                        r.hasProperty(NKG.supportAfter) ? r.getProperty(NKG.supportAfter).getInt() : 0));
            }
            changes.sort(java.util.Comparator.comparing(Change::kind).thenComparing(Change::label));
            out.add(new CorpusChange(a.getProperty(NKG.sequence).getInt(), a.hasProperty(NKG.command) ? a.getProperty(NKG.command).getString() : "",
                    instant(a.getProperty(STARTED)), instant(a.getProperty(ENDED)), changes));
        }
        out.sort(java.util.Comparator.comparingInt(CorpusChange::sequence));
        return out;
    }

    private static void select(Dataset ds, Query q, Consumer<QuerySolution> row) {
        try (QueryExecution qe = QueryExecution.create(q, ds)) {
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining(row);
        }
    }

    /** A fact's object as {@link Change.FactKey} keeps it: an IRI as it is, a literal in N-Triples form. */
    private static String key(RDFNode o) {
        return o.isURIResource() ? o.asResource().getURI() : FmtUtils.stringForNode(o.asNode());
    }

    private static Node node(String key) {
        return key.startsWith("\"") ? NodeFactoryExtra.parseNode(key) : org.apache.jena.graph.NodeFactory.createURI(key);
    }

    private static String text(RDFNode n) {
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : n.toString();
    }

    private static Literal dateTime(Model m, Instant t) {
        Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(t.toEpochMilli());
        return m.createTypedLiteral(new XSDDateTime(c));
    }

    private static Instant instant(Statement st) {
        if (st == null) {
            return Instant.EPOCH;
        }
        try {
            return Instant.parse(st.getLiteral().getLexicalForm());
        } catch (java.time.format.DateTimeParseException e) {
            return java.time.OffsetDateTime.parse(st.getLiteral().getLexicalForm()).toInstant();
        }
    }
}
