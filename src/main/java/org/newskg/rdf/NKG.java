package org.newskg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The NewsKG ontology's terms, named exactly as their local names in {@code ontology/newskg.ttl}
 * (NkgVocabularyTest keeps the two in step), and the IRI scheme of the data.
 */
public final class NKG {
    public static final String NS = "https://w3id.org/newskg/ontology#";
    /** Base of every data IRI: entities, articles, evidence, graphs. */
    public static final String DATA = "https://w3id.org/newskg/id/";
    /** The named graph that holds the merged view of each entity: types, labels, identities, and the knowledge base's facts. */
    public static final String ENTITIES_GRAPH = DATA + "graph/entities";
    /** The offline knowledge base, as the source facts are derived from. */
    public static final String KNOWLEDGE_BASE = "https://w3id.org/newskg/kb";

    // Classes
    public static final Resource Person = resource("Person");
    public static final Resource Organization = resource("Organization");
    public static final Resource Country = resource("Country");
    public static final Resource City = resource("City");
    public static final Resource Place = resource("Place");
    public static final Resource Agreement = resource("Agreement");
    public static final Resource Article = resource("Article");
    public static final Resource Evidence = resource("Evidence");
    public static final Resource FactualityStatus = resource("FactualityStatus");
    public static final Resource Derivation = resource("Derivation");

    // Core relations
    public static final Property leaderOf = property("leaderOf");
    public static final Property memberOf = property("memberOf");
    public static final Property holdsTitle = property("holdsTitle");
    public static final Property metWith = property("metWith");
    public static final Property visited = property("visited");
    public static final Property signed = property("signed");
    public static final Property partyTo = property("partyTo");
    public static final Property establishes = property("establishes");
    public static final Property date = property("date");
    public static final Property location = property("location");
    public static final Property locatedIn = property("locatedIn");
    public static final Property dependsOn = property("dependsOn");
    public static final Property partnerOf = property("partnerOf");
    public static final Property inConflictWith = property("inConflictWith");
    public static final Property associatedWith = property("associatedWith");

    // Provenance and articles
    public static final Property mentionedIn = property("mentionedIn");
    public static final Property extractor = property("extractor");
    public static final Property confidence = property("confidence");
    public static final Property sentence = property("sentence");
    public static final Property sentenceIndex = property("sentenceIndex");
    public static final Property sourceFile = property("sourceFile");
    public static final Property convertedFrom = property("convertedFrom");

    // What an article does with a statement (individuals of FactualityStatus: see statusOf)
    public static final Property status = property("status");
    public static final Property cue = property("cue");
    public static final Property expectedDate = property("expectedDate");
    public static final Property attributedTo = property("attributedTo");
    public static final Property attributedToText = property("attributedToText");
    public static final Property tenure = property("tenure");
    public static final Resource Tenure = resource("Tenure");

    // The store's history: what each build changed (individuals of ChangeKind: see kindOf)
    public static final Resource CorpusChange = resource("CorpusChange");
    public static final Resource Change = resource("Change");
    public static final Resource ChangeKind = resource("ChangeKind");
    public static final Property sequence = property("sequence");
    public static final Property command = property("command");
    public static final Property change = property("change");
    public static final Property changeKind = property("changeKind");
    public static final Property changedResource = property("changedResource");
    public static final Property changedSubject = property("changedSubject");
    public static final Property changedRelation = property("changedRelation");
    public static final Property changedObject = property("changedObject");
    public static final Property supportBefore = property("supportBefore");
    public static final Property supportAfter = property("supportAfter");

    // Corrections people make (individuals of CurationAction: see actionOf)
    public static final Resource Curation = resource("Curation");
    public static final Resource CurationAction = resource("CurationAction");
    public static final Property curationAction = property("curationAction");
    public static final Property curatedEntity = property("curatedEntity");
    public static final Property curatedLabel = property("curatedLabel");
    public static final Property otherEntity = property("otherEntity");
    public static final Property otherLabel = property("otherLabel");
    public static final Property curatedRelation = property("curatedRelation");
    public static final Property newValue = property("newValue");
    public static final Property curator = property("curator");

    /** Where the store's history lives: each corpus change is a graph of its own, named like the change. */
    public static final String CHANGES = DATA + "change/";

    private NKG() {}

    /** The corpus change with this sequence number, and the name of its graph. */
    public static String changeIri(int sequence) {
        return CHANGES + sequence;
    }

    /** Whether a graph is part of the store's history, which builds never drop. */
    public static boolean isHistory(String graph) {
        return graph.startsWith(CHANGES);
    }

    /** The graph of the corrections people made ({@code newskg curate}), which builds never drop. */
    public static final String CURATIONS_GRAPH = DATA + "graph/curations";

    /** Whether builds keep a graph they were not given: the history and the curations are not the articles'. */
    public static boolean isKept(String graph) {
        return isHistory(graph) || graph.equals(CURATIONS_GRAPH);
    }

    /** A curation's IRI. */
    public static String curationIri(int sequence) {
        return DATA + "curation/" + sequence;
    }

    public static String articleIri(String docId) {
        return DATA + "article/" + docId;
    }

    public static String entityIri(String slug) {
        return DATA + "entity/" + slug;
    }

    /** The status individual, e.g. {@code nkg:Negated}. */
    public static Resource statusOf(org.newskg.model.Factuality.Status s) {
        return resource(s.localName());
    }

    /** The tenure individual, e.g. {@code nkg:Former}. */
    public static Resource tenureOf(org.newskg.model.OfficeTime t) {
        String n = t.name().toLowerCase(java.util.Locale.ROOT);
        return resource(Character.toUpperCase(n.charAt(0)) + n.substring(1));
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
