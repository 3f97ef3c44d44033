package org.newskg.extract;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newskg.model.LocalEntity;

/**
 * An article's entities, and which entity each token refers to (by name or through coreference), so
 * that relation rules can turn matched tokens into entities.
 */
public record EntityLayer(List<LocalEntity> entities, Map<Long, Integer> tokenEntity, int mainAgreement) {
    public static final int NO_AGREEMENT = -1;

    public EntityLayer {
        entities = List.copyOf(entities);
        tokenEntity = Map.copyOf(tokenEntity);
    }

    public EntityLayer(List<LocalEntity> entities, Map<Long, Integer> tokenEntity) {
        this(entities, tokenEntity, NO_AGREEMENT);
    }

    /** The agreement the article is about (its unnamed "the deal"), if it speaks of one. */
    public Optional<LocalEntity> agreement() {
        return mainAgreement == NO_AGREEMENT ? Optional.empty() : Optional.of(entities.get(mainAgreement));
    }

    public static long key(int sentence, int token) {
        return ((long) sentence << 20) | token;
    }

    /** The first token of the mention token {@code token} is part of ({@code token} itself when it is part of none). */
    public int mentionStart(int sentence, int token) {
        Optional<LocalEntity> e = at(sentence, token);
        int j = token;
        while (e.isPresent() && j > 1 && at(sentence, j - 1).equals(e)) {
            j--;
        }
        return j;
    }

    /** The first token after the mention token {@code token} is part of (the next token when it is part of none). */
    public int mentionEnd(int sentence, int token) {
        Optional<LocalEntity> e = at(sentence, token);
        int j = token + 1;
        while (e.isPresent() && at(sentence, j).equals(e)) {
            j++;
        }
        return j;
    }

    /** The entity token {@code token} (1-based) of sentence {@code sentence} refers to. */
    public Optional<LocalEntity> at(int sentence, int token) {
        Integer id = tokenEntity.get(key(sentence, token));
        return id == null ? Optional.empty() : Optional.of(entities.get(id));
    }
}
