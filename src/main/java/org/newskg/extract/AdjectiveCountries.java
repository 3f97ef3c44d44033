package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.newskg.model.Assertion;
import org.newskg.model.EntityKey;
import org.newskg.model.EntityType;
import org.newskg.model.LocalEntity;
import org.newskg.model.Mention;
import org.newskg.nlp.ParsedSentence;
import org.newskg.nlp.ParsedText;
import org.newskg.nlp.Token;

/**
 * Countries an article names only by their adjective ("French Foreign Minister Ana Example", "the
 * Italian carmaker Example Motors"). An adjective that owns something an extractor reads refers to
 * the country, which then becomes one of the article's entities with the adjective as its mention;
 * an adjective that owns nothing ("French wine") adds nothing.
 */
final class AdjectiveCountries {
    private AdjectiveCountries() {
    }

    /**
     * The layer with the countries whose adjectives own what {@code read} finds: read once with every
     * unplaced country adjective standing for its country, and keep the countries it came out with as
     * objects.
     */
    static EntityLayer owning(ParsedText text, EntityLayer layer, Gazetteer gazetteer, Function<EntityLayer, List<Assertion>> read) {
        EntityLayer trial = add(text, layer, gazetteer, code -> true);
        Set<String> owners = new HashSet<>();
        for (Assertion a : read.apply(trial)) {
            if (a.object() >= layer.entities().size()) {
                owners.add(trial.entities().get(a.object()).key().value());
            }
        }
        return owners.isEmpty() ? layer : add(text, layer, gazetteer, owners::contains);
    }

    /**
     * The layer with a country entity for each country adjective of the text that no entity claims and
     * whose country the article does not name, for the countries {@code wanted} (ISO codes) lets in;
     * the adjectives are its mentions.
     */
    static EntityLayer add(ParsedText text, EntityLayer layer, Gazetteer gazetteer, Predicate<String> wanted) {
        List<LocalEntity> entities = new ArrayList<>(layer.entities());
        Map<Long, Integer> tokens = new HashMap<>(layer.tokenEntity());
        Map<String, Integer> added = new HashMap<>();
        String doc = text.document().text();
        for (ParsedSentence s : text.sentences()) {
            for (int i = 1; i <= s.tokens().size(); i++) {
                Token t = s.token(i);
                Optional<Gazetteer.Country> c = gazetteer.countryByAdjective(t.word()).filter(x -> wanted.test(x.code()));
                if (c.isEmpty() || layer.at(s.index(), i).isPresent() || countryEntity(layer, gazetteer, t.word()).isPresent()) {
                    continue;
                }
                int id = added.computeIfAbsent(c.get().code(), code -> {
                    entities.add(new LocalEntity(entities.size(), EntityType.COUNTRY, c.get().name(), Set.of(c.get().name()),
                            EntityKey.country(code), List.of()));
                    return entities.size() - 1;
                });
                LocalEntity e = entities.get(id);
                List<Mention> ms = new ArrayList<>(e.mentions());
                ms.add(new Mention(s.index(), t.begin(), t.end(), doc.substring(t.begin(), t.end())));
                entities.set(id, new LocalEntity(id, e.type(), e.name(), e.names(), e.key(), ms));
                tokens.put(EntityLayer.key(s.index(), i), id);
            }
        }
        return added.isEmpty() ? layer : new EntityLayer(entities, tokens, layer.mainAgreement());
    }

    /** The article's entity for the country an adjective names ("Japanese"), if the article mentions it. */
    static Optional<LocalEntity> countryEntity(EntityLayer layer, Gazetteer gazetteer, String adjective) {
        Optional<Gazetteer.Country> c = gazetteer.countryByAdjective(adjective);
        if (c.isEmpty()) {
            return Optional.empty();
        }
        EntityKey key = EntityKey.country(c.get().code());
        return layer.entities().stream().filter(e -> key.equals(e.key())).findFirst();
    }
}
