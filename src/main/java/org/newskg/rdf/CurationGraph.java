package org.newskg.rdf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.jena.datatypes.xsd.XSDDateTime;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.curate.Curation;
import org.newskg.model.Relation;

/**
 * The curations in RDF: the graph {@link NKG#CURATIONS_GRAPH}, one {@code nkg:Curation} each (see the
 * ontology's section "corrections people make"). Written by {@code newskg curate}, read by every build,
 * exported to and imported from Turtle to keep in version control.
 *
 * <pre>
 * cur:3 a nkg:Curation ; nkg:sequence 3 ; nkg:curationAction nkg:Merge ;
 *     nkg:curatedEntity ent:anna-berg ; nkg:curatedLabel "Anna Berg" ;
 *     nkg:otherEntity ent:a-berg ; nkg:otherLabel "A. Berg" ;
 *     nkg:curator "lena" ; prov:generatedAtTime "…"^^xsd:dateTime ; rdfs:comment "one person" .
 * </pre>
 */
public final class CurationGraph {
    private static final Property GENERATED = ResourceFactory.createProperty(Vocabularies.PROV + "generatedAtTime");
    private static final String ENTITY = NKG.entityIri("");

    private CurationGraph() {}

    /** The curations as a graph. */
    public static Model model(List<Curation> curations) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(CorpusGraphs.prefixes());
        m.setNsPrefix("cur", NKG.DATA + "curation/");
        for (Curation c : curations) {
            Resource r = m.createResource(NKG.curationIri(c.sequence()), NKG.Curation)
                    .addLiteral(NKG.sequence, m.createTypedLiteral(c.sequence()))
                    .addProperty(NKG.curationAction, m.createResource(NKG.NS + c.action().localName()))
                    .addProperty(NKG.curatedLabel, c.subject().label())
                    .addProperty(NKG.curator, c.curator());
            Calendar cal = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            cal.setTimeInMillis(c.when().toEpochMilli());
            r.addLiteral(GENERATED, m.createTypedLiteral(new XSDDateTime(cal)));
            if (!c.subject().isValue()) {
                r.addProperty(NKG.curatedEntity, m.createResource(ENTITY + c.subject().slug()));
            }
            c.object().ifPresent(o -> {
                r.addProperty(NKG.otherLabel, o.label());
                if (!o.isValue()) {
                    r.addProperty(NKG.otherEntity, m.createResource(ENTITY + o.slug()));
                }
            });
            c.relation().ifPresent(rel -> r.addProperty(NKG.curatedRelation, CorpusGraphs.propertyOf(rel)));
            c.value().ifPresent(v -> r.addProperty(NKG.newValue, v));
            if (!c.why().isEmpty()) {
                r.addProperty(RDFS.comment, c.why());
            }
        }
        return m;
    }

    /**
     * The curations a graph holds, in order. A node that is not a whole curation is an error that
     * names it and what is missing (an imported file may be edited by hand).
     */
    public static List<Curation> read(Model m) {
        List<Curation> out = new ArrayList<>();
        for (Resource r : m.listSubjectsWithProperty(RDF.type, NKG.Curation).toList()) {
            String where = r.isURIResource() ? "<" + r.getURI() + ">" : "a curation";
            try {
                Curation.Action action = Optional.ofNullable(r.getPropertyResourceValue(NKG.curationAction))
                        .flatMap(a -> Curation.Action.ofLocalName(a.getLocalName()))
                        .orElseThrow(() -> new IllegalArgumentException("no nkg:curationAction of nkg:Merge, Split, Reject, Assert, Rename, Retype or Link"));
                int sequence = required(r, NKG.sequence).getInt();
                Curation.Ref subject = new Curation.Ref(slug(r.getPropertyResourceValue(NKG.curatedEntity)),
                        required(r, NKG.curatedLabel).getString());
                Optional<Curation.Ref> object = r.hasProperty(NKG.otherLabel)
                        ? Optional.of(new Curation.Ref(slug(r.getPropertyResourceValue(NKG.otherEntity)), r.getProperty(NKG.otherLabel).getString()))
                        : Optional.empty();
                Optional<Relation> relation = Optional.ofNullable(r.getPropertyResourceValue(NKG.curatedRelation))
                        .map(p -> Relation.byLocalName(p.getLocalName()));
                Optional<String> value = Optional.ofNullable(r.getProperty(NKG.newValue)).map(Statement::getString);
                Instant when = r.hasProperty(GENERATED) ? Instant.parse(r.getProperty(GENERATED).getLiteral().getLexicalForm()) : Instant.EPOCH;
                out.add(new Curation(sequence, action, subject, relation, object, value,
                        r.hasProperty(NKG.curator) ? r.getProperty(NKG.curator).getString() : "",
                        when, r.hasProperty(RDFS.comment) ? r.getProperty(RDFS.comment).getString() : ""));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        out.sort(java.util.Comparator.comparingInt(Curation::sequence));
        return out;
    }

    private static Statement required(Resource r, Property p) {
        Statement s = r.getProperty(p);
        if (s == null) {
            throw new IllegalArgumentException("no " + p.getLocalName());
        }
        return s;
    }

    private static String slug(Resource entity) {
        if (entity == null) {
            return "";
        }
        if (!entity.isURIResource() || !entity.getURI().startsWith(ENTITY)) {
            throw new IllegalArgumentException("not a NewsKG entity: " + entity);
        }
        return entity.getURI().substring(ENTITY.length());
    }
}
