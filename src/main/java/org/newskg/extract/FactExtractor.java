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
    private final AgreementFinder agreements;
    private final TitleExtractor titles;
    private final RelationRules rules;

    public FactExtractor(Gazetteer gazetteer, RelationRules rules) {
        this.entities = new EntityExtractor(gazetteer);
        this.agreements = new AgreementFinder(gazetteer);
        this.titles = new TitleExtractor(gazetteer);
        this.rules = rules;
    }

    /** With the gazetteer and rule files from the classpath. */
    public static FactExtractor load() {
        return new FactExtractor(Gazetteer.load(), RelationRules.load());
    }

    public DocumentFacts extract(Document doc, Annotation annotation) {
        return extract(AnnotationReader.read(doc, annotation));
    }

    public DocumentFacts extract(ParsedText text) {
        EntityLayer layer = agreements.extend(text, entities.extract(text));
        List<Assertion> assertions = new ArrayList<>();
        assertions.addAll(titles.extract(text, layer));
        assertions.addAll(rules.extract(text, layer));
        assertions.addAll(AgreementDates.extract(text, layer));
        return new DocumentFacts(text.document(), layer.entities(), assertions);
    }
}
