package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** Keeps {@link NKX} and ontology/extraction.ttl in step, both ways. */
class NkxVocabularyTest {
    @Test
    void everyConstantIsDeclaredAndEveryTermHasAConstant() throws IllegalAccessException {
        Model ontology = RDFDataMgr.loadModel("ontology/extraction.ttl");
        Set<String> declared = new HashSet<>();
        for (Resource type : new Resource[] {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}) {
            ontology.listSubjectsWithProperty(RDF.type, type).forEachRemaining(r -> {
                if (r.getURI().startsWith(NKX.NS)) {
                    declared.add(r.getLocalName());
                }
            });
        }
        Set<String> constants = new HashSet<>();
        for (Field f : NKX.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                Resource r = (Resource) f.get(null);
                assertEquals(NKX.NS + f.getName(), r.getURI(), "constant named as its local name");
                constants.add(f.getName());
            }
        }
        assertEquals(declared, constants);
    }
}
