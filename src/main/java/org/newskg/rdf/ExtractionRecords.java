package org.newskg.rdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.newskg.NewsKgException;
import org.newskg.model.Assertion;
import org.newskg.model.Document;
import org.newskg.model.DocumentFacts;
import org.newskg.model.EntityKey;
import org.newskg.model.Factuality;
import org.newskg.model.EntityType;
import org.newskg.model.Evidence;
import org.newskg.model.LocalEntity;
import org.newskg.model.Mention;
import org.newskg.model.OfficeTime;
import org.newskg.model.Relation;

/**
 * An article's extraction record in RDF ({@link NKX}, {@code ontology/extraction.ttl}): its
 * {@link DocumentFacts} in a named graph of their own, written as N-Quads by {@code newskg annotate}
 * and read back by {@code newskg merge}. Writing then reading gives back equal facts. The N-Quads
 * text is a pure function of the facts and the pipeline label: no blank nodes, lines sorted, so the
 * same article annotated on any machine gives the same bytes.
 */
public final class ExtractionRecords {
    private ExtractionRecords() {}

    /** A record as read back: the facts and the pipeline that made them. */
    public record Record(DocumentFacts facts, String pipeline) {}

    /** The record as N-Quads, one statement a line, sorted. */
    public static String toNQuads(DocumentFacts facts, String pipeline) {
        Dataset ds = DatasetFactory.create();
        ds.addNamedModel(NKX.recordIri(facts.document().id()), toModel(facts, pipeline));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, ds, Lang.NQUADS);
        return out.toString(StandardCharsets.UTF_8).lines().sorted().collect(Collectors.joining("\n", "", "\n"));
    }

    static Model toModel(DocumentFacts facts, String pipeline) {
        Document d = facts.document();
        String base = NKX.recordIri(d.id());
        Model m = ModelFactory.createDefaultModel();
        Resource x = m.createResource(base, NKX.Extraction)
                .addProperty(NKX.pipeline, pipeline)
                .addProperty(NKX.documentId, d.id())
                .addProperty(NKX.headline, d.headline())
                .addProperty(NKX.text, d.text());
        d.published().ifPresent(p -> x.addLiteral(NKX.published, m.createTypedLiteral(p.toString(), XSDDatatype.XSDdate)));
        d.convertedFrom().ifPresent(c -> x.addProperty(NKX.convertedFrom, c));
        for (int i = 0; i < d.sources().size(); i++) {
            x.addProperty(NKX.source, m.createResource(base + "/source/" + i, NKX.Source)
                    .addLiteral(NKX.index, integer(m, i)).addProperty(NKX.value, d.sources().get(i)));
        }
        for (int i = 0; i < facts.entities().size(); i++) {
            LocalEntity e = facts.entities().get(i);
            String eIri = base + "/entity/" + i;
            Resource er = m.createResource(eIri, NKX.LocalEntity)
                    .addProperty(RDF.type, CorpusGraphs.typeOf(e.type()))
                    .addLiteral(NKX.index, integer(m, i))
                    .addLiteral(NKX.localId, integer(m, e.id()))
                    .addProperty(NKX.name, e.name())
                    .addProperty(NKX.key, e.key() == null ? "" : e.key().toString());
            e.names().forEach(n -> er.addProperty(NKX.alias, n));
            x.addProperty(NKX.entity, er);
            for (int k = 0; k < e.mentions().size(); k++) {
                Mention men = e.mentions().get(k);
                er.addProperty(NKX.mention, span(m.createResource(eIri + "/mention/" + k, NKX.Mention), k,
                        men.sentence(), men.begin(), men.end(), men.text()));
            }
        }
        for (int i = 0; i < facts.assertions().size(); i++) {
            Assertion a = facts.assertions().get(i);
            Evidence ev = a.evidence();
            Resource ar = span(m.createResource(base + "/assertion/" + i, NKX.Assertion), i,
                    ev.sentence(), ev.begin(), ev.end(), ev.text())
                    .addLiteral(NKX.subject, integer(m, a.subject()))
                    .addProperty(NKX.relation, CorpusGraphs.propertyOf(a.relation()))
                    .addProperty(NKX.extractor, ev.extractor())
                    .addLiteral(NKX.confidence, m.createTypedLiteral(Double.toString(ev.confidence()), XSDDatatype.XSDdouble));
            if (a.literal() != null) {
                ar.addProperty(NKX.literal, a.literal());
            } else {
                ar.addLiteral(NKX.object, integer(m, a.object()));
            }
            Factuality f = ev.factuality();
            if (!f.asserted()) {    // a plain assertion writes nothing more: records of asserted facts stay as they were
                ar.addProperty(NKX.status, f.status().name());
            }
            if (!f.cue().isEmpty()) {
                ar.addProperty(NKX.cue, f.cue());
            }
            if (f.expected() != null) {
                ar.addProperty(NKX.expected, f.expected());
            }
            if (ev.tenure() != null) {
                ar.addProperty(NKX.tenure, ev.tenure().name());
            }
            if (f.source() != null) {
                ar.addProperty(NKX.sourceText, f.source().text());
                if (f.source().entity() != Assertion.NONE) {
                    ar.addLiteral(NKX.sourceEntity, integer(m, f.source().entity()));
                }
            }
            x.addProperty(NKX.assertion, ar);
        }
        return m;
    }

    private static Resource span(Resource r, int index, int sentence, int begin, int end, String text) {
        Model m = r.getModel();
        return r.addLiteral(NKX.index, integer(m, index))
                .addLiteral(NKX.sentence, integer(m, sentence))
                .addLiteral(NKX.begin, integer(m, begin))
                .addLiteral(NKX.end, integer(m, end))
                .addProperty(NKX.anchor, text);
    }

    private static Literal integer(Model m, int i) {
        return m.createTypedLiteral(Integer.toString(i), XSDDatatype.XSDinteger);
    }

    /** Every record in a dataset (an N-Quads file read whole), in no particular order. */
    public static List<Record> read(Dataset ds, String source) {
        List<Record> out = new ArrayList<>();
        for (Node g : (Iterable<Node>) () -> ds.asDatasetGraph().listGraphNodes()) {
            if (g.isURI() && g.getURI().startsWith(NKX.RECORDS)) {
                out.add(fromModel(ds.getNamedModel(g.getURI()), g.getURI(), source));
            }
        }
        return out;
    }

    static Record fromModel(Model m, String iri, String source) {
        Resource x = m.getResource(iri);
        Function<String, NewsKgException> bad = what -> new NewsKgException(source + ": the extraction record " + iri
                + " is incomplete (" + what + "); annotate the article again");
        if (!m.contains(x, RDF.type, NKX.Extraction)) {
            throw bad.apply("no nkx:Extraction");
        }
        String id = string(x, NKX.documentId).orElseThrow(() -> bad.apply("no documentId"));
        List<String> sources = sorted(m, x, NKX.source).stream().map(r -> string(r, NKX.value).orElseThrow(() -> bad.apply("a source without value"))).toList();
        Document d = new Document(id, sources, string(x, NKX.headline).orElseThrow(() -> bad.apply("no headline")),
                string(x, NKX.text).orElseThrow(() -> bad.apply("no text")),
                string(x, NKX.published).map(LocalDate::parse), string(x, NKX.convertedFrom));
        Map<String, EntityType> types = Stream.of(EntityType.values())
                .collect(Collectors.toMap(t -> CorpusGraphs.typeOf(t).getURI(), t -> t));
        Map<String, Relation> relations = Stream.of(Relation.values())
                .collect(Collectors.toMap(r -> CorpusGraphs.propertyOf(r).getURI(), r -> r));
        List<LocalEntity> entities = new ArrayList<>();
        for (Resource e : sorted(m, x, NKX.entity)) {
            EntityType type = e.listProperties(RDF.type).toList().stream().map(s -> types.get(s.getObject().toString()))
                    .filter(java.util.Objects::nonNull).findFirst().orElseThrow(() -> bad.apply("an entity without a type"));
            Set<String> names = new HashSet<>();
            e.listProperties(NKX.alias).forEachRemaining(s -> names.add(s.getString()));
            List<Mention> mentions = sorted(m, e, NKX.mention).stream().map(r -> new Mention(integer(r, NKX.sentence),
                    integer(r, NKX.begin), integer(r, NKX.end), string(r, NKX.anchor).orElse(""))).toList();
            entities.add(new LocalEntity(integer(e, NKX.localId), type, string(e, NKX.name).orElseThrow(() -> bad.apply("an entity without a name")),
                    names, key(e, bad), mentions));
        }
        List<Assertion> assertions = new ArrayList<>();
        for (Resource a : sorted(m, x, NKX.assertion)) {
            Relation rel = Optional.ofNullable(a.getPropertyResourceValue(NKX.relation)).map(r -> relations.get(r.getURI()))
                    .orElseThrow(() -> bad.apply("an assertion without a known relation"));
            Evidence ev = new Evidence(id, integer(a, NKX.sentence), string(a, NKX.anchor).orElse(""), integer(a, NKX.begin),
                    integer(a, NKX.end), string(a, NKX.extractor).orElse(""), a.getProperty(NKX.confidence).getDouble(),
                    factuality(a, bad), tenure(a, bad));
            Optional<String> literal = string(a, NKX.literal);
            assertions.add(literal.isPresent()
                    ? Assertion.literal(integer(a, NKX.subject), rel, literal.get(), ev)
                    : Assertion.between(integer(a, NKX.subject), rel, integer(a, NKX.object), ev));
        }
        return new Record(new DocumentFacts(d, entities, assertions), string(x, NKX.pipeline).orElse(""));
    }

    /** The objects of {@code p}, in their {@link NKX#index} order. */
    private static List<Resource> sorted(Model m, Resource r, Property p) {
        return r.listProperties(p).toList().stream().map(Statement::getResource)
                .sorted(Comparator.comparingInt(x -> integer(x, NKX.index))).toList();
    }

    private static OfficeTime tenure(Resource a, Function<String, NewsKgException> bad) {
        try {
            return string(a, NKX.tenure).map(OfficeTime::valueOf).orElse(null);
        } catch (IllegalArgumentException e) {
            throw bad.apply("an assertion with an unknown tenure");
        }
    }

    private static Factuality factuality(Resource a, Function<String, NewsKgException> bad) {
        Factuality.Status status;
        try {
            status = string(a, NKX.status).map(Factuality.Status::valueOf).orElse(Factuality.Status.ASSERTED);
        } catch (IllegalArgumentException e) {
            throw bad.apply("an assertion with an unknown status");
        }
        Factuality.Attribution source = string(a, NKX.sourceText).map(t -> new Factuality.Attribution(t,
                a.hasProperty(NKX.sourceEntity) ? integer(a, NKX.sourceEntity) : Assertion.NONE, null)).orElse(null);
        if (status == Factuality.Status.ASSERTED && source == null && !a.hasProperty(NKX.cue)) {
            return Factuality.ASSERTED;
        }
        return new Factuality(status, string(a, NKX.cue).orElse(""), string(a, NKX.expected).orElse(null), source);
    }

    /** An entity's key: written as "" when it has none. */
    private static EntityKey key(Resource e, Function<String, NewsKgException> bad) {
        String k = string(e, NKX.key).orElseThrow(() -> bad.apply("an entity without a key"));
        try {
            return EntityKey.parse(k);
        } catch (IllegalArgumentException ex) {
            throw bad.apply(ex.getMessage());
        }
    }

    private static Optional<String> string(Resource r, Property p) {
        Statement s = r.getProperty(p);
        if (s == null) {
            return Optional.empty();
        }
        RDFNode o = s.getObject();
        return Optional.of(o.isLiteral() ? o.asLiteral().getLexicalForm() : o.toString());
    }

    private static int integer(Resource r, Property p) {
        Statement s = r.getProperty(p);
        if (s == null) {
            throw new NewsKgException("the extraction record " + r.getURI() + " has no " + p.getLocalName() + "; annotate the article again");
        }
        return s.getInt();
    }
}
