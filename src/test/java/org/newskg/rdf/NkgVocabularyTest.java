package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.newskg.model.EntityType;
import org.newskg.model.Relation;

/** Keeps {@link NKG} and ontology/newskg.ttl in step, both ways. */
class NkgVocabularyTest {
    private static final Model ONTOLOGY = RDFDataMgr.loadModel("ontology/newskg.ttl");

    private static Set<String> declared() {
        Set<String> terms = new HashSet<>();
        for (Resource type : new Resource[] {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}) {
            ONTOLOGY.listSubjectsWithProperty(RDF.type, type).forEachRemaining(r -> {
                // individuals (nkg:Negated...) are reached through NKG.statusOf, not constants
                if (r.isURIResource() && r.getURI().startsWith(NKG.NS)) {
                    terms.add(r.getLocalName());
                }
            });
        }
        return terms;
    }

    private static Set<String> constants() throws IllegalAccessException {
        Set<String> terms = new HashSet<>();
        for (Field f : NKG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                Resource r = (Resource) f.get(null);
                assertEquals(NKG.NS + f.getName(), r.getURI(), "constant named as its local name");
                terms.add(f.getName());
            }
        }
        return terms;
    }

    @Test
    void everyConstantIsDeclaredAndEveryTermHasAConstant() throws IllegalAccessException {
        assertEquals(declared(), constants());
    }

    @Test
    void everyEntityTypeAndRelationMapsToADeclaredTerm() {
        Set<String> declared = declared();
        for (EntityType t : EntityType.values()) {
            assertEquals(t.localName(), CorpusGraphs.typeOf(t).getLocalName());
            assertTrue(declared.contains(t.localName()), t.localName());
        }
        for (Relation r : Relation.values()) {
            assertEquals(r.localName(), CorpusGraphs.propertyOf(r).getLocalName());
            assertTrue(declared.contains(r.localName()), r.localName());
            assertEquals(r.symmetric(), ONTOLOGY.contains(CorpusGraphs.propertyOf(r), RDF.type, OWL.SymmetricProperty),
                    r.localName() + " symmetric");
        }
    }

    /** The classes an rdfs:domain or rdfs:range names: one class, or an owl:unionOf list of them. */
    private static Set<String> classes(Resource property, org.apache.jena.rdf.model.Property p) {
        Set<String> out = new HashSet<>();
        org.apache.jena.rdf.model.Statement s = property.getProperty(p);
        if (s == null) {
            return out;
        }
        Resource c = s.getResource();
        if (c.isURIResource()) {
            out.add(c.getURI());
        } else {
            c.getPropertyResourceValue(OWL.unionOf).as(org.apache.jena.rdf.model.RDFList.class)
                    .iterator().forEachRemaining(n -> out.add(n.asResource().getURI()));
        }
        return out;
    }

    private static Set<String> iris(Relation.Types types) {
        Set<String> out = new HashSet<>();
        types.types().forEach(t -> out.add(CorpusGraphs.typeOf(t).getURI()));
        return out;
    }

    /**
     * Relations are declared once: each {@link Relation}'s domain, range, literal-ness and symmetry are
     * the ontology's, and every ontology property between entity classes is a {@link Relation}.
     */
    @Test
    void relationsHaveTheOntologysDomainRangeAndKind() {
        for (Relation r : Relation.values()) {
            Resource p = ONTOLOGY.getResource(NKG.NS + r.localName());
            assertEquals(classes(p, org.apache.jena.vocabulary.RDFS.domain), iris(r.domain()), r.localName() + " domain");
            assertEquals(r.literal(), ONTOLOGY.contains(p, RDF.type, OWL.DatatypeProperty), r.localName() + " literal");
            if (!r.literal()) {
                assertEquals(classes(p, org.apache.jena.vocabulary.RDFS.range), iris(r.range()), r.localName() + " range");
            }
        }
        Set<String> entityClasses = new HashSet<>();
        for (EntityType t : EntityType.values()) {
            entityClasses.add(CorpusGraphs.typeOf(t).getURI());
        }
        Set<String> relations = new HashSet<>();
        for (Relation r : Relation.values()) {
            relations.add(r.localName());
        }
        for (Resource type : new Resource[] {OWL.ObjectProperty, OWL.DatatypeProperty}) {
            ONTOLOGY.listSubjectsWithProperty(RDF.type, type).forEachRemaining(p -> {
                Set<String> domain = classes(p, org.apache.jena.vocabulary.RDFS.domain);
                if (!domain.isEmpty() && entityClasses.containsAll(domain)) {
                    assertTrue(relations.contains(p.getLocalName()), p.getLocalName() + " relates entities but is no Relation");
                }
            });
        }
    }

    @Test
    void everyFactualityStatusIsAnIndividualOfTheOntology() {
        for (org.newskg.model.Factuality.Status st : org.newskg.model.Factuality.Status.values()) {
            assertTrue(ONTOLOGY.contains(NKG.statusOf(st), RDF.type, NKG.FactualityStatus), st.name());
        }
        assertEquals(org.newskg.model.Factuality.Status.values().length,
                ONTOLOGY.listSubjectsWithProperty(RDF.type, NKG.FactualityStatus).toList().size());
    }

    @Test
    void everyChangeKindIsAnIndividualOfTheOntology() {
        for (org.newskg.history.Change.Kind k : org.newskg.history.Change.Kind.values()) {
            assertTrue(ONTOLOGY.contains(ONTOLOGY.createResource(NKG.NS + k.localName()), RDF.type, NKG.ChangeKind), k.name());
        }
        assertEquals(org.newskg.history.Change.Kind.values().length,
                ONTOLOGY.listSubjectsWithProperty(RDF.type, NKG.ChangeKind).toList().size());
    }
}
