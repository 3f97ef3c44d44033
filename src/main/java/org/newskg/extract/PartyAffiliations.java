package org.newskg.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.newskg.kb.KnowledgeBase;
import org.newskg.model.Assertion;
import org.newskg.model.EntityKey;
import org.newskg.model.EntityType;
import org.newskg.model.Evidence;
import org.newskg.model.LocalEntity;
import org.newskg.model.Mention;
import org.newskg.model.Names;
import org.newskg.model.Relation;
import org.newskg.nlp.ParsedSentence;
import org.newskg.nlp.ParsedText;
import org.newskg.nlp.Token;

/**
 * Party membership from a party's word next to a person: before a title ("Republican Senator Ana
 * Example", "Labour MP Ana Example", "the Conservative presidential candidate Ana Example") or in an
 * apposition after the name ("Ana Example, a Republican from Velmora,"). The word names the party
 * the knowledge base has as "WORD Party" or by that very name ("Democrat" also as "Democratic
 * Party") in a country of the article: a country it names, its cities' countries, or a country its
 * officials serve. When several such parties, or none, fit, the word names none. A party the
 * article does not name becomes one of its entities, the word its mention. Gives memberOf
 * ({@value #EXTRACTOR}).
 */
final class PartyAffiliations implements Extractor {
    static final String EXTRACTOR = "party-title";
    private static final double CONFIDENCE = 0.8;
    /** How many lowercase words may stand between the party's word and the title ("presidential"). */
    private static final int MODIFIERS = 2;

    private final Gazetteer gazetteer;
    private final KnowledgeBase kb;

    PartyAffiliations(Gazetteer gazetteer, KnowledgeBase kb) {
        this.gazetteer = gazetteer;
        this.kb = kb;
    }

    @Override
    public String name() {
        return "parties";
    }

    @Override
    public Set<Need> requires() {
        return EnumSet.of(Need.TOKENS, Need.NER, Need.ENTITIES, Need.TITLE_CONTEXT);
    }

    @Override
    public Set<Need> provides() {
        return EnumSet.of(Need.PARTIES);
    }

    /** One person's party word: where it stands, and the word. */
    private record Affiliation(ParsedSentence sentence, int person, int word, int nameFrom, int nameTo) {}

    @Override
    public Extraction apply(ParsedText text, Extraction sofar) {
        EntityLayer layer = sofar.layer();
        List<Affiliation> found = new ArrayList<>();
        for (ParsedSentence s : text.sentences()) {
            int n = s.tokens().size();
            for (int i = 1; i <= n; i++) {
                Optional<LocalEntity> person = layer.at(s.index(), i).filter(e -> e.type() == EntityType.PERSON);
                if (person.isEmpty() || (i > 1 && layer.at(s.index(), i - 1).equals(person))) {
                    continue;
                }
                int end = layer.mentionEnd(s.index(), i);
                int id = person.get().id();
                int from = i;
                beforeTitle(s, layer, from).ifPresent(w -> found.add(new Affiliation(s, id, w, from, end)));
                afterName(s, layer, end).ifPresent(w -> found.add(new Affiliation(s, id, w, from, end)));
            }
        }
        if (found.isEmpty()) {
            return sofar;
        }
        Set<String> countries = countries(layer);
        List<LocalEntity> entities = new ArrayList<>(layer.entities());
        Map<Long, Integer> tokens = new HashMap<>(layer.tokenEntity());
        Map<String, Integer> added = new LinkedHashMap<>();
        List<Assertion> out = new ArrayList<>();
        String doc = text.document().text();
        for (Affiliation a : found) {
            ParsedSentence s = a.sentence();
            Token word = s.token(a.word());
            Optional<KnowledgeBase.Organization> party = party(word.word(), countries);
            if (party.isEmpty()) {
                continue;
            }
            KnowledgeBase.Organization p = party.get();
            Integer id = layer.at(s.index(), a.word()).map(LocalEntity::id)
                    .or(() -> named(layer, p).map(LocalEntity::id))
                    .orElseGet(() -> added.computeIfAbsent(p.qid().isEmpty() ? p.name() : p.qid(), k -> {
                        entities.add(new LocalEntity(entities.size(), EntityType.ORGANIZATION, p.name(), Set.of(p.name()), null, List.of()));
                        return entities.size() - 1;
                    }));
            if (layer.at(s.index(), a.word()).isEmpty()) {
                LocalEntity e = entities.get(id);
                List<Mention> ms = new ArrayList<>(e.mentions());
                ms.add(new Mention(s.index(), word.begin(), word.end(), doc.substring(word.begin(), word.end())));
                entities.set(id, new LocalEntity(id, e.type(), e.name(), e.names(), e.key(), ms));
                tokens.put(EntityLayer.key(s.index(), a.word()), id);
            }
            int from = Math.min(a.word(), a.nameFrom());
            int to = Math.max(a.word(), a.nameTo() - 1);
            out.add(Assertion.between(a.person(), Relation.MEMBER_OF, id, new Evidence(text.document().id(), s.index(), s.text(),
                    s.token(from).begin(), s.token(to).end(), EXTRACTOR, CONFIDENCE)));
        }
        EntityLayer withParties = new EntityLayer(entities, tokens, layer.mainAgreement());
        return sofar.withLayer(withParties).plus(out);
    }

    /** "Republican Senator [Ana Example]": the party's word before the title words before the name. */
    private Optional<Integer> beforeTitle(ParsedSentence s, EntityLayer layer, int name) {
        int k = name - 1;
        while (k >= 1 && gazetteer.isHonorific(s.token(k).word())) {
            k--;
        }
        int titleEnd = k;
        while (k >= 1 && layer.at(s.index(), k).isEmpty() && isTitleWord(s.token(k))) {
            k--;
        }
        if (k == titleEnd) {
            return Optional.empty();
        }
        for (int m = 0; m < MODIFIERS && k >= 1 && s.token(k).pos().startsWith("JJ")
                && Character.isLowerCase(s.token(k).word().charAt(0)); m++) {
            k--;    // "Democratic presidential candidate"
        }
        return k >= 1 && partyWord(s, layer, k) ? Optional.of(k) : Optional.empty();
    }

    /** "[Ana Example], a Republican from Velmora,": the party's word as a noun in an apposition. */
    private Optional<Integer> afterName(ParsedSentence s, EntityLayer layer, int end) {
        int n = s.tokens().size();
        if (end + 3 > n || !s.token(end).word().equals(",") || !s.token(end + 1).word().matches("(?i)a|an")) {
            return Optional.empty();
        }
        int w = end + 2;
        boolean closed = s.token(w + 1).word().matches("[,.;:]|from|of|who|and");
        return closed && partyWord(s, layer, w) ? Optional.of(w) : Optional.empty();
    }

    private boolean isTitleWord(Token t) {
        return t.ner().equals("TITLE") || gazetteer.title(t.word()).isPresent();
    }

    /** A capitalized word that no person, place or country claims; a one-word body's name may be it ("Labour"). */
    private boolean partyWord(ParsedSentence s, EntityLayer layer, int k) {
        Token t = s.token(k);
        if (!Character.isUpperCase(t.word().charAt(0)) || t.word().length() < 3 || gazetteer.countryByAdjective(t.word()).isPresent()) {
            return false;
        }
        Optional<LocalEntity> e = layer.at(s.index(), k);
        return e.isEmpty() || (e.get().type() == EntityType.ORGANIZATION && !e.get().name().contains(" "));
    }

    /** The one party of the article's countries that the word names. */
    private Optional<KnowledgeBase.Organization> party(String word, Set<String> countries) {
        List<String> names = new ArrayList<>(List.of(word + " Party", word));
        if (word.toLowerCase(Locale.ROOT).endsWith("crat")) {
            names.add(word + "ic Party");    // "a Democrat": a member of the Democratic Party
        }
        Map<String, KnowledgeBase.Organization> fits = new LinkedHashMap<>();
        for (String n : names) {
            for (KnowledgeBase.Organization o : kb.organizations(n)) {
                boolean here = List.of(o.iso2().split("\\|")).stream().anyMatch(countries::contains);
                if (o.kind().equals("party") && here) {
                    fits.putIfAbsent(o.qid().isEmpty() ? o.name() : o.qid(), o);
                }
            }
        }
        return fits.size() == 1 ? Optional.of(fits.values().iterator().next()) : Optional.empty();
    }

    /** The article's own entity for the party, when it names it ("the Republican Party"). */
    private static Optional<LocalEntity> named(EntityLayer layer, KnowledgeBase.Organization p) {
        Set<String> names = new TreeSet<>();
        names.add(Names.fold(p.name()));
        p.aliases().forEach(a -> names.add(Names.fold(a)));
        return layer.entities().stream().filter(e -> e.type() == EntityType.ORGANIZATION)
                .filter(e -> e.names().stream().anyMatch(x -> names.contains(Names.fold(x)))).findFirst();
    }

    /**
     * The article's countries (ISO codes): those it names (an official's country among them: titles
     * and their context add it), and those of its cities the knowledge base places in one country.
     */
    private Set<String> countries(EntityLayer layer) {
        Set<String> out = new TreeSet<>();
        for (LocalEntity e : layer.entities()) {
            if (e.type() == EntityType.COUNTRY && e.key() != null && e.key().kind() == EntityKey.Kind.COUNTRY) {
                out.add(e.key().value());
            } else if (e.type() == EntityType.CITY) {
                Set<String> cs = kb.countriesOfCity(e.name());
                if (cs.size() == 1) {
                    out.addAll(cs);
                }
            }
        }
        return out;
    }
}
