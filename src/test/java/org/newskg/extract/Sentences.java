package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newskg.model.Document;
import org.newskg.nlp.ParsedSentence;
import org.newskg.nlp.ParsedText;
import org.newskg.nlp.Token;

/**
 * Hand-made parsed text for extractor tests, no CoreNLP: each token written as word/POS/NER
 * ("Freedonia/NNP/COUNTRY"), NER "O" when left out. The sentences have no dependency graph, so the
 * extractors that read one (AgreementFinder, RelationRules, AgreementDates) skip them: their tests
 * parse real sentences with {@link Parsed}.
 */
final class Sentences {
    private Sentences() {}

    static ParsedText parse(String... sentences) {
        StringBuilder text = new StringBuilder();
        List<ParsedSentence> out = new ArrayList<>();
        for (int si = 0; si < sentences.length; si++) {
            List<Token> tokens = new ArrayList<>();
            int sentenceBegin = text.length();
            String[] parts = sentences[si].trim().split("\\s+");
            for (int i = 0; i < parts.length; i++) {
                String[] f = parts[i].split("/");
                if (i > 0) {
                    text.append(' ');
                }
                int begin = text.length();
                text.append(f[0]);
                tokens.add(new Token(i + 1, f[0], f[0].toLowerCase(), f[1], f.length > 2 ? f[2] : "O", null, begin, text.length()));
            }
            out.add(new ParsedSentence(si, text.substring(sentenceBegin), sentenceBegin, text.length(), tokens, null));
            text.append('\n');
        }
        String t = text.toString();
        Document doc = new Document("doc", List.of("doc.txt"), "h", t, Optional.empty());
        return new ParsedText(doc, out, List.of(), List.of());
    }
}
