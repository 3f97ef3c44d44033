package org.newskg.nlp;

import java.util.List;
import org.newskg.model.Document;

/**
 * An article after NLP, in NewsKG's own terms: sentences, named-entity spans and coreference chains.
 * Everything the extractors read is here, so they can be tested on hand-made values.
 */
public record ParsedText(Document document, List<ParsedSentence> sentences, List<NerSpan> entities, List<List<CorefSpan>> corefChains) {
    public ParsedText {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        corefChains = corefChains.stream().map(List::copyOf).toList();
    }
}
