package org.newskg.rdf;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.model.Corpus;
import org.newskg.model.Derived;
import org.newskg.model.Document;
import org.newskg.model.Entity;
import org.newskg.model.EntityType;
import org.newskg.model.Evidence;
import org.newskg.model.Fact;
import org.newskg.model.Factuality;
import org.newskg.model.Identity;
import org.newskg.model.Mention;
import org.newskg.model.Relation;

/**
 * Maps a {@link Corpus} to RDF: one named graph per article with what that article says (its facts,
 * their evidence, its mentions), and one graph with the merged entities' types and labels. Same
 * corpus, same triples: every IRI is derived from content, never from a counter or a clock.
 */
public final class CorpusGraphs {
    private static final Map<String, String> PREFIXES = Map.ofEntries(
            Map.entry("nkg", NKG.NS), Map.entry("ent", NKG.DATA + "entity/"), Map.entry("art", NKG.DATA + "article/"),
            Map.entry("skos", SKOS.getURI()), Map.entry("rdfs", RDFS.getURI()), Map.entry("nif", Vocabularies.NIF),
            Map.entry("itsrdf", Vocabularies.ITSRDF), Map.entry("schema", Vocabularies.SCHEMA), Map.entry("prov", Vocabularies.PROV),
            Map.entry("xsd", XSDDatatype.XSD + "#"), Map.entry("owl", OWL.getURI()), Map.entry("wd", Vocabularies.WD),
            Map.entry("rdf", RDF.getURI()));

    private CorpusGraphs() {}

    /** The graphs of a corpus by graph IRI: the entities graph first, then one per article. */
    public static Map<String, Model> of(Corpus corpus) {
        Map<String, Model> graphs = new LinkedHashMap<>();
        each(corpus, graphs::put);
        return graphs;
    }

    /**
     * The graphs of {@link #of}, in its order, handed to {@code sink} one at a time: each article's
     * graph is made when its turn comes and can be written and forgotten, so that writing a corpus
     * never holds more than one article's RDF (the whole graph took several times the corpus' size).
     */
    public static void each(Corpus corpus, java.util.function.BiConsumer<String, Model> sink) {
        sink.accept(NKG.ENTITIES_GRAPH, entities(corpus));
        // What goes into each article's graph beside the article, in the order of() adds it.
        Map<String, List<Map.Entry<Resource, List<Mention>>>> mentions = new java.util.HashMap<>();
        for (Entity e : corpus.entities()) {
            Resource er = ResourceFactory.createResource(NKG.entityIri(e.slug()));
            e.mentions().forEach((docId, ms) -> mentions.computeIfAbsent(docId, k -> new java.util.ArrayList<>()).add(Map.entry(er, ms)));
        }
        Map<String, List<Map.Entry<Fact, Evidence>>> facts = new java.util.HashMap<>();
        for (Fact f : corpus.facts()) {
            for (Evidence ev : f.evidence()) {
                facts.computeIfAbsent(ev.docId(), k -> new java.util.ArrayList<>()).add(Map.entry(f, ev));
            }
        }
        for (Document d : corpus.documents()) {
            Model m = article(d);
            mentions.getOrDefault(d.id(), List.of()).forEach(x -> addMentions(m, d.id(), x.getKey(), x.getValue()));
            facts.getOrDefault(d.id(), List.of()).forEach(x -> addFact(m, x.getKey(), x.getValue()));
            sink.accept(NKG.articleIri(d.id()), m);
        }
    }

    /** The prefixes NewsKG's graphs use: written into exports, and known to queries without PREFIX lines. */
    public static Map<String, String> prefixes() {
        return PREFIXES;
    }

    public static Resource typeOf(EntityType t) {
        return switch (t) {
            case PERSON -> NKG.Person;
            case ORGANIZATION -> NKG.Organization;
            case COUNTRY -> NKG.Country;
            case CITY -> NKG.City;
            case PLACE -> NKG.Place;
            case AGREEMENT -> NKG.Agreement;
        };
    }

    /** The ontology property of a relation: its IRI is the ontology's namespace and the relation's local name. */
    public static Property propertyOf(Relation r) {
        return ResourceFactory.createProperty(NKG.NS + r.localName());
    }

    private static Model newModel() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(PREFIXES);
        return m;
    }

    private static Model entities(Corpus corpus) {
        Model m = newModel();
        for (Entity e : corpus.entities()) {
            Resource r = m.createResource(NKG.entityIri(e.slug()), typeOf(e.type()));
            r.addProperty(SKOS.prefLabel, e.prefLabel(), "en");
            r.addProperty(RDFS.label, e.prefLabel(), "en");
            e.altLabels().stream().sorted().forEach(a -> r.addProperty(SKOS.altLabel, a, "en"));
            Identity id = corpus.identities().get(e.slug());
            if (id != null) {
                r.addProperty(OWL.sameAs, m.createResource(Vocabularies.WD + id.qid()));
                if (id.wikipedia() != null) {
                    r.addProperty(Vocabularies.schemaSameAs, m.createResource(Vocabularies.ENWIKI
                            + URLEncoder.encode(id.wikipedia().replace(' ', '_'), StandardCharsets.UTF_8).replace("%2F", "/")));
                }
            }
        }
        if (corpus.derived().stream().anyMatch(d -> d.curation() == 0)) {
            m.createResource(NKG.KNOWLEDGE_BASE).addProperty(RDFS.label, "NewsKG's offline knowledge base (kb/SOURCES.md)", "en");
        }
        for (Derived d : corpus.derived()) {
            // A fact of the knowledge base or of a curation: the triple, and a node that says where it comes from (no article).
            Resource s = m.createResource(NKG.entityIri(d.subject()));
            Property p = propertyOf(d.relation());
            Resource o = m.createResource(NKG.entityIri(d.object()));
            m.add(s, p, o);
            Resource node = m.createResource(NKG.DATA + "derivation/" + hash(d.subject() + "|" + p.getURI() + "|" + d.object() + "|" + d.basis()),
                    NKG.Derivation);
            node.addProperty(RDF.subject, s).addProperty(RDF.predicate, p).addProperty(RDF.object, o);
            node.addProperty(Vocabularies.provWasDerivedFrom, m.createResource(d.curation() == 0 ? NKG.KNOWLEDGE_BASE : NKG.curationIri(d.curation())));
            node.addProperty(RDFS.comment, d.basis());
        }
        return m;
    }

    private static Model article(Document d) {
        Model m = newModel();
        Resource a = m.createResource(NKG.articleIri(d.id()), NKG.Article);
        a.addProperty(RDF.type, Vocabularies.nifContext);
        a.addProperty(Vocabularies.schemaHeadline, d.headline());
        a.addProperty(Vocabularies.nifIsString, d.text());
        d.sources().forEach(s -> a.addProperty(NKG.sourceFile, s));
        d.convertedFrom().ifPresent(f -> a.addProperty(NKG.convertedFrom, f));
        d.published().ifPresent(p -> a.addProperty(Vocabularies.schemaDatePublished, p.toString(), XSDDatatype.XSDdate));
        return m;
    }

    private static void addMentions(Model m, String docId, Resource entity, List<Mention> mentions) {
        Resource article = m.createResource(NKG.articleIri(docId));
        m.add(entity, NKG.mentionedIn, article);
        for (Mention men : mentions) {
            // NIF 2.0's offset-based IRI scheme (RFC 5147): <article#char=begin,end>.
            Resource r = m.createResource(NKG.articleIri(docId) + "#char=" + men.begin() + "," + men.end(), Vocabularies.nifPhrase);
            r.addLiteral(Vocabularies.nifBeginIndex, m.createTypedLiteral(men.begin(), XSDDatatype.XSDnonNegativeInteger));
            r.addLiteral(Vocabularies.nifEndIndex, m.createTypedLiteral(men.end(), XSDDatatype.XSDnonNegativeInteger));
            r.addProperty(Vocabularies.nifAnchorOf, men.text());
            r.addProperty(Vocabularies.nifReferenceContext, article);
            r.addLiteral(NKG.sentenceIndex, m.createTypedLiteral(men.sentence(), XSDDatatype.XSDinteger));
            r.addProperty(Vocabularies.taIdentRef, entity);
        }
    }

    private static void addFact(Model m, Fact f, Evidence ev) {
        Resource s = m.createResource(NKG.entityIri(f.subject()));
        Property p = propertyOf(f.relation());
        RDFNode o = f.object() != null ? m.createResource(NKG.entityIri(f.object())) : literal(m, f);
        Factuality fy = ev.factuality();
        if (fy.asserted()) {
            m.add(s, p, o);    // denied, planned, supposed and alleged statements live on their evidence only
        }
        Resource e = m.createResource(evidenceIri(s, p, o, ev), NKG.Evidence);
        e.addProperty(RDF.subject, s).addProperty(RDF.predicate, p).addProperty(RDF.object, o);
        e.addProperty(Vocabularies.provWasDerivedFrom, m.createResource(NKG.articleIri(ev.docId())));
        e.addProperty(NKG.sentence, ev.text());
        e.addLiteral(NKG.sentenceIndex, m.createTypedLiteral(ev.sentence(), XSDDatatype.XSDinteger));
        e.addLiteral(Vocabularies.nifBeginIndex, m.createTypedLiteral(ev.begin(), XSDDatatype.XSDnonNegativeInteger));
        e.addLiteral(Vocabularies.nifEndIndex, m.createTypedLiteral(ev.end(), XSDDatatype.XSDnonNegativeInteger));
        e.addProperty(NKG.extractor, ev.extractor());
        e.addLiteral(NKG.confidence, m.createTypedLiteral(confidence(ev)));
        e.addProperty(NKG.status, NKG.statusOf(fy.status()));
        if (!fy.cue().isEmpty()) {
            e.addProperty(NKG.cue, fy.cue());
        }
        if (fy.expected() != null) {
            e.addProperty(NKG.expectedDate, fy.expected().matches("\\d{4}-\\d{2}-\\d{2}")
                    ? m.createTypedLiteral(fy.expected(), XSDDatatype.XSDdate) : m.createLiteral(fy.expected()));
        }
        if (ev.tenure() != null) {
            e.addProperty(NKG.tenure, NKG.tenureOf(ev.tenure()));
        }
        if (fy.source() != null) {
            e.addProperty(NKG.attributedToText, fy.source().text());
            if (fy.source().slug() != null) {
                e.addProperty(NKG.attributedTo, m.createResource(NKG.entityIri(fy.source().slug())));
            }
        }
    }

    /**
     * One IRI per piece of evidence, the same in every build: a hash of the statement and of every
     * field of the evidence, so two statements of one fact in one sentence (same start, another end or
     * extractor) never share a node. Fields are length-prefixed so that no two field lists hash alike.
     */
    static String evidenceIri(Resource s, Property p, RDFNode o, Evidence ev) {
        StringBuilder key = new StringBuilder();
        for (Object field : List.of(ev.docId(), s.getURI(), p.getURI(), o.toString(), ev.sentence(), ev.begin(), ev.end(),
                ev.extractor(), confidence(ev).toPlainString(), ev.text(), ev.factuality(), String.valueOf(ev.tenure()))) {
            String v = String.valueOf(field);
            key.append(v.length()).append(':').append(v).append('|');
        }
        return NKG.DATA + "evidence/" + hash(key.toString());
    }

    /** The confidence as written to the graph (two decimals), so the IRI follows what is written. */
    private static java.math.BigDecimal confidence(Evidence ev) {
        return new java.math.BigDecimal(ev.confidence()).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static Literal literal(Model m, Fact f) {
        if (f.relation() == Relation.DATE && f.literal().matches("\\d{4}-\\d{2}-\\d{2}")) {
            return m.createTypedLiteral(f.literal(), XSDDatatype.XSDdate);
        }
        return m.createLiteral(f.literal());
    }

    private static String hash(String s) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
