package org.newskg.nlp;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.coref.data.Dictionaries;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newskg.model.Document;

/** Turns a CoreNLP {@link Annotation} into a {@link ParsedText}: the border where CoreNLP's types stop. */
public final class AnnotationReader {
    private AnnotationReader() {}

    public static ParsedText read(Document doc, Annotation annotation) {
        List<ParsedSentence> sentences = new ArrayList<>();
        List<NerSpan> spans = new ArrayList<>();
        List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        for (int s = 0; s < coreSentences.size(); s++) {
            CoreMap cs = coreSentences.get(s);
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel t : cs.get(CoreAnnotations.TokensAnnotation.class)) {
                tokens.add(new Token(t.index(), t.word(), t.lemma() == null ? t.word() : t.lemma(),
                        t.tag() == null ? "" : t.tag(), t.ner() == null ? "O" : t.ner(),
                        t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class),
                        t.beginPosition(), t.endPosition()));
            }
            SemanticGraph deps = cs.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            int begin = cs.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = cs.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            sentences.add(new ParsedSentence(s, doc.text().substring(begin, end), begin, end, tokens, deps));
            List<CoreMap> mentions = cs.get(CoreAnnotations.MentionsAnnotation.class);
            if (mentions != null) {
                for (CoreMap m : mentions) {
                    List<CoreLabel> mt = m.get(CoreAnnotations.TokensAnnotation.class);
                    spans.add(new NerSpan(s, mt.get(0).index(), mt.get(mt.size() - 1).index() + 1,
                            m.get(CoreAnnotations.NamedEntityTagAnnotation.class),
                            m.get(CoreAnnotations.TextAnnotation.class),
                            m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                            m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)));
                }
            }
        }
        List<List<CorefSpan>> chains = new ArrayList<>();
        Map<Integer, CorefChain> coref = annotation.get(CorefCoreAnnotations.CorefChainAnnotation.class);
        if (coref != null) {
            coref.keySet().stream().sorted().forEach(id -> {
                List<CorefSpan> chain = new ArrayList<>();
                for (CorefChain.CorefMention m : coref.get(id).getMentionsInTextualOrder()) {
                    chain.add(new CorefSpan(m.sentNum - 1, m.startIndex, m.endIndex, m.mentionSpan,
                            m.mentionType == Dictionaries.MentionType.PRONOMINAL));
                }
                chains.add(chain);
            });
        }
        return new ParsedText(doc, sentences, spans, chains);
    }
}
