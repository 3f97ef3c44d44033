package org.newskg.nlp;

import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.List;

/**
 * A sentence with its tokens and dependency graph (enhanced++ dependencies).
 *
 * @param index  0-based sentence index in the article
 * @param text   the sentence's text
 * @param begin  character offset in the article
 * @param end    character offset after it
 * @param tokens its tokens, token {@code i} at position {@code i - 1}
 * @param deps   the dependency graph, or null when the parser was not run
 */
public record ParsedSentence(int index, String text, int begin, int end, List<Token> tokens, SemanticGraph deps) {
    public ParsedSentence {
        tokens = List.copyOf(tokens);
    }

    public Token token(int index1) {
        return tokens.get(index1 - 1);
    }

    /** The text of tokens [from, to), 1-based, as written in the article. */
    /** Token {@code index1}, or the one after it when {@code index1} is a determiner ("of the Navy"). */
    public int afterDeterminer(int index1) {
        return index1 <= tokens.size() && token(index1).pos().equals("DT") ? index1 + 1 : index1;
    }

    public String span(String docText, int from, int to) {
        return docText.substring(token(from).begin(), token(to - 1).end());
    }
}
