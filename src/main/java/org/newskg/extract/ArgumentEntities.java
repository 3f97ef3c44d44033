package org.newskg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.Optional;
import java.util.Set;
import org.newskg.model.EntityType;
import org.newskg.model.LocalEntity;
import org.newskg.nlp.ParsedSentence;

/**
 * The entity a word that fills a relation's role stands for. Shared by the dependency rules and the
 * predicate frames, which find the role's head word in different ways but turn it into an entity alike.
 */
final class ArgumentEntities {
    /** Relations inside a noun phrase that join a title or suffix to the name it belongs to. */
    private static final Set<String> NAME_LINKS = Set.of("appos", "flat", "compound", "dep");

    private final Gazetteer gazetteer;

    ArgumentEntities(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * The entity word {@code w} stands for, of one of the wanted types: the word itself, or for a
     * person one step away inside its noun phrase, since the parser often makes a title or suffix the
     * head ("Minister ... Ana Example", "Ana Example, Jr.").
     */
    Optional<LocalEntity> at(ParsedSentence s, EntityLayer layer, IndexedWord w, Set<EntityType> types) {
        Optional<LocalEntity> e = layer.at(s.index(), w.index()).filter(x -> types.contains(x.type()));
        if (e.isEmpty() && types.contains(EntityType.COUNTRY)) {
            e = countryReferredTo(s, layer, w).or(() -> countryGoverned(s, layer, w));
        }
        if (e.isPresent() || !types.contains(EntityType.PERSON)) {
            return e;    // "the Freedonian naval base" is a base, not Freedonia: only people are looked for nearby,
        }
        // and only people are found there: "visit the U.S. naval base" visits no country
        for (SemanticGraphEdge edge : s.deps().outgoingEdgeIterable(w)) {
            if (NAME_LINKS.contains(edge.getRelation().toString())) {
                e = layer.at(s.index(), edge.getDependent().index()).filter(x -> x.type() == EntityType.PERSON);
                if (e.isPresent()) {
                    return e;
                }
            }
        }
        // "met the First Minister of Freedonia Ana Example": the parser may hang the name on the title's
        // "of"; "met the Republic of Freedonia President Ana Example": on the country's "of"
        boolean countryOrBody = layer.at(s.index(), w.index())
                .filter(x -> x.type() == EntityType.COUNTRY || x.type() == EntityType.ORGANIZATION).isPresent();
        if (isTitle(w) || countryOrBody) {
            for (SemanticGraphEdge edge : s.deps().outgoingEdgeIterable(w)) {
                if (edge.getRelation().toString().equals("nmod:of")) {
                    e = layer.at(s.index(), edge.getDependent().index()).filter(x -> x.type() == EntityType.PERSON);
                    if (e.isPresent()) {
                        return e;
                    }
                }
            }
        }
        for (SemanticGraphEdge edge : s.deps().incomingEdgeIterable(w)) {
            if (edge.getRelation().toString().equals("compound")) {
                e = layer.at(s.index(), edge.getGovernor().index()).filter(x -> x.type() == EntityType.PERSON);
                if (e.isPresent()) {
                    return e;
                }
            }
        }
        return Optional.empty();
    }

    private boolean isTitle(IndexedWord w) {
        return "TITLE".equals(w.ner()) || gazetteer.title(w.word()).isPresent();
    }

    /**
     * The country a country adjective names ("Freedonian attacks"), when the article has it among its
     * entities: the adjective's own entity, or the country of that adjective.
     */
    Optional<LocalEntity> countryOfAdjective(ParsedSentence s, EntityLayer layer, IndexedWord w) {
        Optional<LocalEntity> e = layer.at(s.index(), w.index()).filter(x -> x.type() == EntityType.COUNTRY);
        if (e.isPresent()) {
            return e;
        }
        return AdjectiveCountries.countryEntity(layer, gazetteer, w.word());
    }

    /**
     * "the Government of Freedonia", "Freedonia's government", "the Freedonian foreign ministry",
     * "the Freedonian embassy": a government, and a body of it named by a common noun
     * ({@code gazetteer/government-nouns.txt}), acts for its country in relations between states.
     * Only a country the article has among its entities.
     */
    private Optional<LocalEntity> countryGoverned(ParsedSentence s, EntityLayer layer, IndexedWord w) {
        if (!gazetteer.isGovernmentBody(w.word())) {
            return Optional.empty();
        }
        for (SemanticGraphEdge edge : s.deps().outgoingEdgeIterable(w)) {
            String rel = edge.getRelation().toString();
            if (rel.equals("nmod:of") || rel.equals("nmod:poss") || rel.equals("compound") || rel.equals("amod")) {
                Optional<LocalEntity> e = countryOfAdjective(s, layer, edge.getDependent());
                if (e.isPresent()) {
                    return e;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "the country" / "the nation" with no coreference: the country named last before it in the same
     * sentence ("According to Freedonia's ministry, the country relies on ...").
     */
    private Optional<LocalEntity> countryReferredTo(ParsedSentence s, EntityLayer layer, IndexedWord w) {
        String lemma = w.lemma() == null ? w.word() : w.lemma();
        if (!gazetteer.isCountryNoun(lemma) || w.index() < 2 || !s.token(w.index() - 1).word().equalsIgnoreCase("the")) {
            return Optional.empty();
        }
        for (int i = w.index() - 2; i >= 1; i--) {
            Optional<LocalEntity> e = layer.at(s.index(), i).filter(x -> x.type() == EntityType.COUNTRY);
            if (e.isPresent()) {
                return e;
            }
        }
        return Optional.empty();
    }
}
