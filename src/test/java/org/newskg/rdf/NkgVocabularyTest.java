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
}
