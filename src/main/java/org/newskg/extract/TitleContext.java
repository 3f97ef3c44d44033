package org.newskg.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newskg.kb.KnowledgeBase;
import org.newskg.model.Assertion;
import org.newskg.model.EntityKey;
import org.newskg.model.EntityType;
import org.newskg.model.LocalEntity;
import org.newskg.model.Relation;
import org.newskg.nlp.ParsedSentence;
import org.newskg.nlp.ParsedText;
import org.newskg.nlp.Token;

/**
 * Gives a title without a country the article's country, when the context leaves no doubt: the
 * dateline names a city the knowledge base places in one country the article mentions ("OSLO -
 * Prime Minister Ana Example ..."), or names that country; and the knowledge base, if it knows the
 * person as an office holder, knows them in that country.
 * Only for people the article gives no other country or organization, with its own extractor name
 * and a lower confidence than a title that names its country.
 */
final class TitleContext implements Extractor {
    static final String EXTRACTOR = "title-context";
    /** A dateline: a few capitalized words at the start of the text, then a dash ("OSLO -", "Port Adel, May 3 (Agency) —"). */
    private static final int MAX_DATELINE_TOKENS = 8;

    private final TitleExtractor titles;
    private final KnowledgeBase kb;

    TitleContext(TitleExtractor titles, KnowledgeBase kb) {
        this.titles = titles;
        this.kb = kb;
    }

    @Override
    public String name() {
        return EXTRACTOR;
    }

    @Override
    public Set<Need> requires() {
        return EnumSet.of(Need.TOKENS, Need.ENTITIES, Need.TITLES);
    }

    @Override
    public Set<Need> provides() {
        return EnumSet.of(Need.TITLE_CONTEXT);
    }

    @Override
    public Extraction apply(ParsedText text, Extraction sofar) {
        Optional<LocalEntity> country = articleCountry(text, sofar.layer());
        if (country.isEmpty()) {
            return sofar;
        }
        Set<Integer> placed = new HashSet<>();    // people the article already attaches to a country or organization
        for (Assertion a : sofar.assertions()) {
            if (a.relation() == Relation.LEADER_OF || a.relation() == Relation.MEMBER_OF) {
                placed.add(a.subject());
            }
        }
        List<Assertion> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (Assertion a : sofar.assertions()) {
            if (a.relation() != Relation.HOLDS_TITLE || placed.contains(a.subject())) {
                continue;
            }
            Optional<Gazetteer.Title> office = titles.officeOf(a.literal()).filter(t -> !t.scope().equals("organization"));
            if (office.isEmpty()) {
                continue;
            }
            if (!kbAgrees(sofar.layer().entities().get(a.subject()), country.get())) {
                continue;    // "WASHINGTON - ... President X", where X heads another country
            }
            Relation r = office.get().leader() ? Relation.LEADER_OF : Relation.MEMBER_OF;
            if (done.add(a.subject() + " " + r + " " + a.evidence().sentence())) {
                out.add(Assertion.between(a.subject(), r, country.get().id(), a.evidence().withExtractor(EXTRACTOR, 0.6)));
            }
        }
        return sofar.plus(out);
    }

    /** Whether the knowledge base, if it knows the person as an office holder, knows them in this country. */
    private boolean kbAgrees(LocalEntity person, LocalEntity country) {
        Set<String> codes = new HashSet<>();
        person.names().stream().filter(n -> n.contains(" ")).forEach(n -> kb.holdings(n).forEach(h -> codes.add(h.iso2())));
        return codes.isEmpty() || codes.contains(country.key().value());
    }

    /** The article's country, if the dateline or the article's mentions leave one. */
    private Optional<LocalEntity> articleCountry(ParsedText text, EntityLayer layer) {
        List<LocalEntity> countries = layer.entities().stream()
                .filter(e -> e.type() == EntityType.COUNTRY && e.key() != null && e.key().kind() == EntityKey.Kind.COUNTRY).toList();
        if (countries.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> dateline = dateline(text);
        if (dateline.isPresent()) {
            String place = dateline.get();
            Optional<LocalEntity> named = countries.stream().filter(c -> c.names().stream().anyMatch(n -> n.equalsIgnoreCase(place))).findFirst();
            if (named.isPresent()) {
                return named;
            }
            Set<String> codes = new HashSet<>();
            kb.cities(place).forEach(c -> codes.add(c.iso2()));
            List<LocalEntity> here = countries.stream().filter(c -> codes.contains(c.key().value())).toList();
            if (here.size() == 1) {
                return Optional.of(here.get(0));
            }
        }
        // An article that merely mentions one country says nothing of whose officials it names
        // ("Secretary X met the Freedonian minister"): without a dateline, no context.
        return Optional.empty();
    }

    /** The place a dateline names: the capitalized words before the first dash or comma of the text's first lines. */
    private static Optional<String> dateline(ParsedText text) {
        for (ParsedSentence s : text.sentences().subList(0, Math.min(3, text.sentences().size()))) {
            List<Token> ts = s.tokens();
            for (int i = 0; i < Math.min(ts.size(), MAX_DATELINE_TOKENS); i++) {
                String w = ts.get(i).word();
                if (w.matches("-+|--|—|–|,|\\(")) {
                    if (i == 0 || (!w.matches("-+|--|—|–") && !dashFollows(ts, i))) {
                        break;
                    }
                    return Optional.of(text.document().text().substring(ts.get(0).begin(), ts.get(i - 1).end()));
                }
                if (!Character.isUpperCase(w.charAt(0))) {
                    break;
                }
            }
        }
        return Optional.empty();
    }

    /** "Port Adel, May 3 -": a comma in a dateline is followed by a dash within a few tokens. */
    private static boolean dashFollows(List<Token> ts, int from) {
        for (int i = from + 1; i < Math.min(ts.size(), from + 7); i++) {
            if (ts.get(i).word().matches("-+|--|—|–")) {
                return true;
            }
        }
        return false;
    }
}
