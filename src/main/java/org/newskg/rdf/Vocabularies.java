package org.newskg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;

/** The few terms of standard vocabularies that Jena has no constants for (NIF 2.0, ITS 2.0, schema.org). */
public final class Vocabularies {
    static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    static final String ITSRDF = "http://www.w3.org/2005/11/its/rdf#";
    static final String SCHEMA = "https://schema.org/";
    static final String PROV = "http://www.w3.org/ns/prov#";

    static final org.apache.jena.rdf.model.Resource nifPhrase = ResourceFactory.createResource(NIF + "Phrase");
    static final org.apache.jena.rdf.model.Resource nifContext = ResourceFactory.createResource(NIF + "Context");
    static final Property nifBeginIndex = ResourceFactory.createProperty(NIF + "beginIndex");
    static final Property nifEndIndex = ResourceFactory.createProperty(NIF + "endIndex");
    static final Property nifAnchorOf = ResourceFactory.createProperty(NIF + "anchorOf");
    static final Property nifReferenceContext = ResourceFactory.createProperty(NIF + "referenceContext");
    static final Property nifIsString = ResourceFactory.createProperty(NIF + "isString");
    static final Property taIdentRef = ResourceFactory.createProperty(ITSRDF + "taIdentRef");
    /** An article's headline; public for the graph exports, which label article nodes with it. */
    public static final Property schemaHeadline = ResourceFactory.createProperty(SCHEMA + "headline");
    static final Property schemaDatePublished = ResourceFactory.createProperty(SCHEMA + "datePublished");
    static final Property provWasDerivedFrom = ResourceFactory.createProperty(PROV + "wasDerivedFrom");
    static final Property schemaSameAs = ResourceFactory.createProperty(SCHEMA + "sameAs");
    /** Wikidata's entity namespace (prefix {@code wd}). */
    public static final String WD = "http://www.wikidata.org/entity/";
    static final String ENWIKI = "https://en.wikipedia.org/wiki/";

    private Vocabularies() {}
}
