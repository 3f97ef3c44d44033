package org.newskg.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.model.EntityType;
import org.newskg.model.Relation;
import org.newskg.rdf.NKG;

/**
 * The ontology's terms as a person looks them up: each class and property of {@code ontology/newskg.ttl}
 * (read from the classpath with Jena) with its label, comment, domain and range, and an example
 * SPARQL query that needs no PREFIX lines ({@link QueryRunner#PREFIXES}). The terms come in the
 * ontology file's order, which groups them (entities, core relations, provenance, time, history,
 * curation). Served as the page {@code /vocabulary}.
 */
public final class Vocabulary {
    /** Where the build puts the ontology on the classpath. */
    public static final String ONTOLOGY = "ontology/newskg.ttl";

    /** What a term is. */
    public enum Kind {
        CLASS("Classes"), OBJECT_PROPERTY("Relations"), DATATYPE_PROPERTY("Values");

        private final String heading;

        Kind(String heading) {
            this.heading = heading;
        }

        /** The heading of the page's section for this kind. */
        public String heading() {
            return heading;
        }
    }

    /**
     * One term.
     *
     * @param curie       its compact name, e.g. {@code nkg:signed}
     * @param iri         its IRI
     * @param kind        class, relation (object property) or value (datatype property)
     * @param label       its rdfs:label
     * @param comment     its rdfs:comment, or ""
     * @param domain      its domain as compact names ("nkg:Person or nkg:Country"), or ""
     * @param range       its range likewise, or ""
     * @param values      for a class of named values (e.g. nkg:Tenure), those values, compact; else empty
     * @param example     a SPARQL query using it, without PREFIX lines
     */
    public record Term(String curie, String iri, Kind kind, String label, String comment, String domain, String range,
            List<String> values, String example) {
        public String localName() {
            return curie.substring(curie.indexOf(':') + 1);
        }
    }

    private static final Pattern DECLARED = Pattern.compile("(?m)^nkg:([A-Za-z]+) a ");

    private final List<Term> terms;

    private Vocabulary(List<Term> terms) {
        this.terms = List.copyOf(terms);
    }

    /** The ontology from the classpath. */
    public static Vocabulary load() {
        try (InputStream in = Vocabulary.class.getClassLoader().getResourceAsStream(ONTOLOGY)) {
            if (in == null) {
                throw new IllegalStateException(ONTOLOGY + " is not on the classpath");
            }
            return of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The vocabulary of an ontology in Turtle. */
    public static Vocabulary of(String turtle) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(m);
        List<String> order = new ArrayList<>();
        Matcher d = DECLARED.matcher(turtle);
        while (d.find()) {
            order.add(d.group(1));
        }
        List<Term> terms = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            Resource type = switch (kind) {
                case CLASS -> OWL.Class;
                case OBJECT_PROPERTY -> OWL.ObjectProperty;
                case DATATYPE_PROPERTY -> OWL.DatatypeProperty;
            };
            m.listResourcesWithProperty(RDF.type, type).forEachRemaining(r -> {
                if (r.isURIResource() && r.getURI().startsWith(NKG.NS)) {
                    terms.add(term(m, r, kind));
                }
            });
        }
        terms.sort(Comparator.comparing((Term t) -> t.kind().ordinal()).thenComparing(t -> position(order, t.localName()))
                .thenComparing(Term::curie));
        return new Vocabulary(terms);
    }

    public List<Term> terms() {
        return terms;
    }

    public List<Term> terms(Kind kind) {
        return terms.stream().filter(t -> t.kind() == kind).toList();
    }

    public Optional<Term> term(String curie) {
        return terms.stream().filter(t -> t.curie().equals(curie)).findFirst();
    }

    private static int position(List<String> order, String localName) {
        int i = order.indexOf(localName);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    private static Term term(Model m, Resource r, Kind kind) {
        String name = r.getLocalName();
        String label = literal(r, RDFS.label).orElse(name);
        String comment = literal(r, RDFS.comment).orElse("");
        String domain = classes(r.getPropertyResourceValue(RDFS.domain));
        String range = classes(r.getPropertyResourceValue(RDFS.range));
        List<String> values = new ArrayList<>();
        if (kind == Kind.CLASS) {
            m.listSubjectsWithProperty(RDF.type, r).forEachRemaining(v -> {
                if (v.isURIResource()) {
                    values.add(compact(v.getURI()));
                }
            });
            values.sort(Comparator.naturalOrder());
        }
        String rangeOfValues = values.isEmpty() ? null : propertyWithRange(m, r);
        return new Term("nkg:" + name, r.getURI(), kind, label, comment, domain, range, values,
                example(name, kind, r, rangeOfValues));
    }

    /** The property whose range is this class (nkg:status for nkg:FactualityStatus), compact. */
    private static String propertyWithRange(Model m, Resource cls) {
        List<String> found = new ArrayList<>();
        m.listSubjectsWithProperty(RDFS.range, cls).forEachRemaining(p -> found.add(compact(p.getURI())));
        found.sort(Comparator.naturalOrder());
        return found.isEmpty() ? null : found.get(0);
    }

    private static Optional<String> literal(Resource r, org.apache.jena.rdf.model.Property p) {
        Statement s = r.getProperty(p, "en");
        if (s == null) {
            s = r.getProperty(p);
        }
        return s == null || !s.getObject().isLiteral() ? Optional.empty() : Optional.of(s.getString());
    }

    /** A class, or a union of classes, as compact names: "nkg:Country or nkg:Organization"; "" for none. */
    private static String classes(Resource c) {
        if (c == null) {
            return "";
        }
        if (c.isURIResource()) {
            return compact(c.getURI());
        }
        Resource union = c.getPropertyResourceValue(OWL.unionOf);
        if (union != null && union.canAs(RDFList.class)) {
            List<String> names = new ArrayList<>();
            for (RDFNode n : union.as(RDFList.class).asJavaList()) {
                names.add(n.isURIResource() ? compact(n.asResource().getURI()) : "?");
            }
            return String.join(" or ", names);
        }
        return "";
    }

    /** An IRI by one of NewsKG's prefixes ({@code nkg:signed}), or in angle brackets. */
    public static String compact(String iri) {
        String best = null;
        for (Map.Entry<String, String> p : QueryRunner.PREFIXES.getNsPrefixMap().entrySet()) {
            if (iri.startsWith(p.getValue()) && (best == null || p.getValue().length() > QueryRunner.PREFIXES.getNsPrefixURI(best).length())) {
                best = p.getKey();
            }
        }
        return best == null ? "<" + iri + ">" : best + ":" + iri.substring(QueryRunner.PREFIXES.getNsPrefixURI(best).length());
    }

    // ---- example queries ---------------------------------------------------------------------------

    private static boolean isEntityType(String name) {
        for (EntityType t : EntityType.values()) {
            if (t.localName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Relation> relation(String name) {
        for (Relation r : Relation.values()) {
            if (r.localName().equals(name)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private static boolean aboutEvidence(Resource property) {
        Resource domain = property.getPropertyResourceValue(RDFS.domain);
        return domain != null && domain.isURIResource() && domain.getURI().equals(NKG.NS + "Evidence");
    }

    /**
     * A query that shows the term at work, in the words of what it is: an entity class lists its
     * entities by name, a relation between entities its facts by name with how many articles state
     * each, an evidence term the statements it qualifies; anything else the things that have it.
     */
    private static String example(String name, Kind kind, Resource r, String rangeOfValues) {
        String t = "nkg:" + name;
        if (kind == Kind.CLASS) {
            if (isEntityType(name)) {
                return "SELECT ?entity ?name WHERE {\n  ?entity a " + t + " ; skos:prefLabel ?name .\n}\nORDER BY ?name\nLIMIT 50";
            }
            if (rangeOfValues != null) {
                return "# how often each value is given\nSELECT ?value (COUNT(*) AS ?uses) WHERE {\n  ?thing " + rangeOfValues
                        + " ?value .\n}\nGROUP BY ?value\nORDER BY DESC(?uses)";
            }
            return switch (name) {
                case "Article" -> "SELECT ?article ?headline ?published WHERE {\n  ?article a nkg:Article .\n"
                        + "  OPTIONAL { ?article schema:headline ?headline }\n  OPTIONAL { ?article schema:datePublished ?published }\n}\n"
                        + "ORDER BY DESC(?published)\nLIMIT 50";
                case "Evidence", "Derivation" -> "SELECT ?subject ?relation ?object WHERE {\n  ?x a " + t
                        + " ; rdf:subject ?subject ; rdf:predicate ?relation ; rdf:object ?object .\n}\nLIMIT 50";
                case "CorpusChange" -> "SELECT ?n ?ended ?command WHERE {\n  ?change a nkg:CorpusChange ; nkg:sequence ?n .\n"
                        + "  OPTIONAL { ?change prov:endedAtTime ?ended }\n  OPTIONAL { ?change nkg:command ?command }\n}\nORDER BY DESC(?n)\nLIMIT 20";
                case "Change" -> "SELECT ?kind ?what WHERE {\n  ?c a nkg:Change ; nkg:changeKind ?kind ; rdfs:label ?what .\n}\nLIMIT 50";
                case "Curation" -> "SELECT ?n ?action ?entity ?why WHERE {\n  ?c a nkg:Curation ; nkg:sequence ?n ; nkg:curationAction ?action .\n"
                        + "  OPTIONAL { ?c nkg:curatedLabel ?entity }\n  OPTIONAL { ?c rdfs:comment ?why }\n}\nORDER BY ?n";
                default -> "SELECT ?x WHERE {\n  ?x a " + t + " .\n}\nLIMIT 50";
            };
        }
        Optional<Relation> core = relation(name);
        if (core.isPresent() && kind == Kind.OBJECT_PROPERTY) {
            return "# each fact by name, with how many articles state it\nSELECT ?subject ?object (COUNT(DISTINCT ?article) AS ?articles) WHERE {\n"
                    + "  GRAPH ?article { ?s " + t + " ?o }\n  ?article a nkg:Article .\n"
                    + "  ?s skos:prefLabel ?subject .\n  ?o skos:prefLabel ?object .\n}\n"
                    + "GROUP BY ?subject ?object\nORDER BY DESC(?articles) ?subject\nLIMIT 50";
        }
        if (core.isPresent()) {
            return "SELECT ?subject ?value WHERE {\n  ?s " + t + " ?value ; skos:prefLabel ?subject .\n}\nORDER BY ?subject\nLIMIT 50";
        }
        if (name.equals("mentionedIn")) {
            return "# the entities mentioned in the most articles\nSELECT ?entity (COUNT(DISTINCT ?article) AS ?articles) WHERE {\n"
                    + "  ?e nkg:mentionedIn ?article ; skos:prefLabel ?entity .\n}\nGROUP BY ?entity\nORDER BY DESC(?articles)\nLIMIT 50";
        }
        if (aboutEvidence(r)) {
            return "# the statements whose evidence has it\nSELECT ?subject ?relation ?object ?" + name + " WHERE {\n  ?evidence " + t
                    + " ?" + name + " ;\n    rdf:subject ?subject ; rdf:predicate ?relation ; rdf:object ?object .\n}\nLIMIT 50";
        }
        return "SELECT ?thing ?value WHERE {\n  ?thing " + t + " ?value .\n}\nLIMIT 50";
    }
}
