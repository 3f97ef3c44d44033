package org.newskg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of NewsKG's extraction records ({@code ontology/extraction.ttl}, kept in step by
 * NkxVocabularyTest): what {@code newskg annotate} writes for one article, before merging.
 */
public final class NKX {
    public static final String NS = "https://w3id.org/newskg/extraction#";
    /** Base of the records' IRIs; not under {@link NKG#DATA}, so a store never takes a record for part of the graph. */
    public static final String RECORDS = "https://w3id.org/newskg/extraction/";

    public static final Resource Extraction = resource("Extraction");
    public static final Resource LocalEntity = resource("LocalEntity");
    public static final Resource Mention = resource("Mention");
    public static final Resource Assertion = resource("Assertion");
    public static final Resource Source = resource("Source");

    public static final Property pipeline = property("pipeline");
    public static final Property documentId = property("documentId");
    public static final Property headline = property("headline");
    public static final Property text = property("text");
    public static final Property published = property("published");
    public static final Property convertedFrom = property("convertedFrom");
    public static final Property source = property("source");
    public static final Property entity = property("entity");
    public static final Property assertion = property("assertion");
    public static final Property mention = property("mention");
    public static final Property index = property("index");
    public static final Property name = property("name");
    public static final Property alias = property("alias");
    public static final Property key = property("key");
    public static final Property value = property("value");
    public static final Property sentence = property("sentence");
    public static final Property begin = property("begin");
    public static final Property end = property("end");
    public static final Property anchor = property("anchor");
    public static final Property subject = property("subject");
    public static final Property relation = property("relation");
    public static final Property object = property("object");
    public static final Property literal = property("literal");
    public static final Property extractor = property("extractor");
    public static final Property confidence = property("confidence");
    public static final Property localId = property("localId");
    public static final Property status = property("status");
    public static final Property cue = property("cue");
    public static final Property expected = property("expected");
    public static final Property sourceText = property("sourceText");
    public static final Property sourceEntity = property("sourceEntity");
    public static final Property tenure = property("tenure");

    private NKX() {}

    /** The record's graph (and subject) for an article. */
    public static String recordIri(String docId) {
        return RECORDS + docId;
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
