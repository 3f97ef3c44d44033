package org.newskg.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newskg.model.Assertion;
import org.newskg.model.EntityKey;
import org.newskg.model.EntityType;
import org.newskg.model.Evidence;
import org.newskg.model.LocalEntity;
import org.newskg.model.Relation;
import org.newskg.nlp.ParsedSentence;
import org.newskg.nlp.ParsedText;
import org.newskg.nlp.Token;

/**
 * Where organizations and places are, from the words that describe them: "the Freedonian carmaker
 * Example Motors", "Freedonia's Example Steel", "Example Motors, a Sylvanian parts maker", "the
 * Freedonian airline, Example Air,", "Velmora-based Example Air", "Example Air, headquartered in
 * Velmora", "the Freedonian city of Port Arlen". Gives locatedIn. A country named only by its
 * adjective becomes one of the article's entities when it places something ({@link AdjectiveCountries}).
 * The description must be a common noun phrase ("carmaker", "flag carrier"): "U.S. Example" alone says
 * nothing of where Example is.
 */
public final class OriginExtractor implements Extractor {
    private static final String EXTRACTOR = "origin";
    private final Gazetteer gazetteer;

    public OriginExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return "origins";
    }

    @Override
    public Set<Need> requires() {
        return EnumSet.of(Need.TOKENS, Need.NER, Need.ENTITIES);
    }

    @Override
    public Set<Need> provides() {
        return EnumSet.of(Need.ORIGINS);
    }

    @Override
    public Extraction apply(ParsedText text, Extraction sofar) {
        EntityLayer layer = AdjectiveCountries.owning(text, sofar.layer(), gazetteer, trial -> extract(text, trial));
        return sofar.withLayer(layer).plus(extract(text, layer));
    }

    List<Assertion> extract(ParsedText text, EntityLayer layer) {
        List<Assertion> out = new ArrayList<>();
        for (ParsedSentence s : text.sentences()) {
            int n = s.tokens().size();
            for (int i = 1; i <= n; i++) {
                Optional<LocalEntity> e = layer.at(s.index(), i);
                if (e.isEmpty() || (i > 1 && layer.at(s.index(), i - 1).equals(e))) {
                    continue;    // not the first token of a mention
                }
                final int from = i;
                final int end = layer.mentionEnd(s.index(), i);
                LocalEntity thing = e.get();
                if (thing.type() == EntityType.ORGANIZATION) {
                    described(s, layer, from, end).or(() -> based(s, layer, from, end))
                            .or(() -> namedAfter(s, layer, from, end))
                            .ifPresent(o -> out.add(fact(text, s, thing, o)));
                } else if (thing.type() == EntityType.CITY || thing.type() == EntityType.PLACE) {
                    division(s, layer, from, end).or(() -> cityCountry(s, layer, from, end))
                            .ifPresent(o -> out.add(fact(text, s, thing, o)));
                }
            }
        }
        return out;
    }

    /** Where a thing is, and the tokens [from, to) that say so. */
    private record Origin(LocalEntity where, int from, int to) {}

    private Assertion fact(ParsedText text, ParsedSentence s, LocalEntity thing, Origin o) {
        Evidence ev = new Evidence(text.document().id(), s.index(), s.text(), s.token(o.from()).begin(),
                s.token(o.to() - 1).end(), EXTRACTOR, 0.8);
        return Assertion.between(thing.id(), Relation.LOCATED_IN, o.where().id(), ev);
    }

    /**
     * The country of a description right before the name ("the Freedonian flag carrier Example Air",
     * "Freedonia's Example Steel"), after it ("Example Air, a Freedonian airline,") or before it and a
     * comma ("the Freedonian airline, Example Air").
     */
    private Optional<Origin> described(ParsedSentence s, EntityLayer layer, int from, int to) {
        for (int k = from; k <= Math.min(to, s.tokens().size()); k++) {
            if (isCommonNoun(s.token(k))) {
                // "Freedonia's Example Air fleet": the name modifies a noun, which is what is described
                // (a coreference chain may have made that noun a mention of the name's entity too)
                return Optional.empty();
            }
        }
        Optional<Origin> before = descriptionEndingAt(s, layer, from - 1, true);
        if (before.isPresent()) {
            return Optional.of(new Origin(before.get().where(), before.get().from(), to));
        }
        int n = s.tokens().size();
        if (to <= n && s.token(to).word().equals(",")) {
            // "Example Air, a Freedonian airline,": the description closed by punctuation
            int c = s.afterDeterminer(to + 1);
            Optional<LocalEntity> where = c <= n ? country(s, layer, c) : Optional.empty();
            if (where.isPresent()) {
                int k = layer.mentionEnd(s.index(), c);    // the country's name, or its adjective
                k += k <= n && s.token(k).pos().equals("POS") ? 1 : 0;
                int nouns = 0;
                while (k <= n && isDescriptive(s, layer, k)) {
                    nouns += s.token(k).pos().startsWith("NN") ? 1 : 0;
                    k++;
                }
                if (nouns > 0 && (k > n || s.token(k).word().matches("[,.;:]")) && !twoCountries(s, layer, c)) {
                    return Optional.of(new Origin(where.get(), from, k));
                }
            }
        }
        if (from > 2 && s.token(from - 1).word().equals(",")) {
            return descriptionEndingAt(s, layer, from - 2, false).map(o -> new Origin(o.where(), o.from(), to));
        }
        return Optional.empty();
    }

    /**
     * A country and the common nouns and adjectives after it, ending at token {@code last}: the
     * country's adjective or name (with a noun after it), or its possessive (with or without one).
     */
    private Optional<Origin> descriptionEndingAt(ParsedSentence s, EntityLayer layer, int last, boolean possessiveAlone) {
        int k = last;
        int nouns = 0;
        while (k >= 1 && isDescriptive(s, layer, k)) {
            nouns += s.token(k).pos().startsWith("NN") ? 1 : 0;
            k--;
        }
        final int j = k;
        if (j < 1 || (nouns == 0 && !(possessiveAlone && j == last))) {
            return Optional.empty();
        }
        if (s.token(j).pos().equals("POS") && j > 1) {
            return country(s, layer, j - 1).filter(c -> !twoCountries(s, layer, layer.mentionStart(s.index(), j - 1)))
                    .map(c -> new Origin(c, layer.mentionStart(s.index(), j - 1), last + 1));
        }
        return nouns == 0 ? Optional.empty() : country(s, layer, j).filter(c -> !twoCountries(s, layer, layer.mentionStart(s.index(), j)))
                .map(c -> new Origin(c, layer.mentionStart(s.index(), j), last + 1));
    }

    /** "Velmora-based Example Air", "the Velmora based carmaker Example", "Example Air, headquartered in Velmora". */
    private Optional<Origin> based(ParsedSentence s, EntityLayer layer, int from, int to) {
        int j = from - 1;
        while (j >= 1 && isDescriptive(s, layer, j) && !gazetteer.isSeatWord(s.token(j).word())) {
            j--;
        }
        if (j >= 2 && gazetteer.isSeatWord(s.token(j).word())) {
            int k = s.token(j - 1).word().equals("-") ? j - 2 : j - 1;
            Optional<LocalEntity> place = k >= 1 ? layer.at(s.index(), k).filter(OriginExtractor::isPlace) : Optional.empty();
            if (place.isPresent()) {
                return Optional.of(new Origin(place.get(), layer.mentionStart(s.index(), k), to));
            }
        }
        int n = s.tokens().size();
        if (to + 3 > n || !s.token(to).word().equals(",")) {
            return Optional.empty();
        }
        // "Example Air, headquartered in Velmora", "Example Air, a Freedonian airline based in Velmora"
        int k = to + 1;
        if (!gazetteer.isSeatWord(s.token(k).word())) {
            k = s.afterDeterminer(k);
            int nouns = 0;
            while (k <= n && (isDescriptive(s, layer, k) || country(s, layer, k).isPresent()
                    || gazetteer.countryByAdjective(s.token(k).word()).isPresent()) && !gazetteer.isSeatWord(s.token(k).word())) {
                nouns += s.token(k).pos().startsWith("NN") && isDescriptive(s, layer, k) ? 1 : 0;
                k = layer.at(s.index(), k).isPresent() ? layer.mentionEnd(s.index(), k) : k + 1;
            }
            if (nouns == 0) {
                return Optional.empty();
            }
        }
        if (k + 2 <= n && gazetteer.isSeatWord(s.token(k).word()) && s.token(k + 1).word().equals("in")) {
            int end = k + 2;
            return layer.at(s.index(), end).filter(OriginExtractor::isPlace).map(p -> new Origin(p, from, layer.mentionEnd(s.index(), end)));
        }
        return Optional.empty();
    }

    /** "the Freedonian city of Port Arlen", "Freedonia's province of Velmora". */
    private Optional<Origin> division(ParsedSentence s, EntityLayer layer, int from, int to) {
        if (from < 4 || !s.token(from - 1).word().equals("of") || !gazetteer.isDivisionWord(s.token(from - 2).word())) {
            return Optional.empty();
        }
        return descriptionEndingAt(s, layer, from - 2, false).map(o -> new Origin(o.where(), o.from(), to));
    }

    /**
     * "Port Arlen, Freedonia's largest port", "from Port Arlen, Freedonia, to ...", "in Port Arlen,
     * Freedonia.": a city and its country (or a state or province NER names) after a comma, when the
     * country is not one of a list ("Paris, Berlin and Rome").
     */
    private Optional<Origin> cityCountry(ParsedSentence s, EntityLayer layer, int from, int to) {
        int n = s.tokens().size();
        if (to + 1 > n || !s.token(to).word().equals(",")) {
            return Optional.empty();
        }
        // "Springfield, Illinois": a state or province NER names after a city's comma is where it is too
        boolean state = s.token(to + 1).ner().equals("STATE_OR_PROVINCE");
        Optional<LocalEntity> c = layer.at(s.index(), to + 1)
                .filter(e -> e.type() == EntityType.COUNTRY || (state && e.type() == EntityType.PLACE));
        if (c.isEmpty()) {
            return Optional.empty();
        }
        int k = layer.mentionEnd(s.index(), to + 1);
        boolean possessive = k <= n && s.token(k).pos().equals("POS");
        boolean closed = k <= n && s.token(k).word().equals(",") && (k + 1 > n
                || (layer.at(s.index(), k + 1).isEmpty() && !s.token(k + 1).word().matches("and|or")));
        closed |= k == n && s.token(k).word().equals(".");    // "... in Port Arlen, Freedonia.
        return possessive || closed ? Optional.of(new Origin(c.get(), from, k)) : Optional.empty();
    }

    /** Words before a country's name that make it a region's ("North America", "East Asia"). */
    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "central",
            "northern", "southern", "eastern", "western", "latin", "greater");

    /**
     * "Example Air Freedonia", "Example Freedonia": a company's name that ends in the name of a country
     * (written as the gazetteer lists it, after at least one name word, and all of it tagged as one
     * organization's name by NER) is that country's branch or carrier. Not "Bank of Freedonia" (a body
     * "of" a country is often its government's), nor "Example North America" (a region's).
     */
    private Optional<Origin> namedAfter(ParsedSentence s, EntityLayer layer, int from, int to) {
        for (int j = from; j < to; j++) {
            if (!s.token(j).ner().equals("ORGANIZATION")) {
                return Optional.empty();    // NER read the country as a country ("Global Freedonia"), not as part of a name
            }
        }
        for (int k = Math.max(from + 1, to - 3); k < to; k++) {
            StringBuilder tail = new StringBuilder();
            for (int j = k; j < to; j++) {
                tail.append(j > k ? " " : "").append(s.token(j).word());
            }
            Optional<Gazetteer.Country> c = gazetteer.country(tail.toString());
            String before = s.token(k - 1).word();
            // the word before is a name's ("Example Freedonia"), not an adjective of the country ("Global Freedonia")
            if (c.isEmpty() || !Character.isUpperCase(tail.charAt(0)) || !s.token(k - 1).pos().startsWith("NNP")
                    || COMPASS.contains(before.toLowerCase(Locale.ROOT))) {
                continue;
            }
            EntityKey key = EntityKey.country(c.get().code());
            return layer.entities().stream().filter(e -> key.equals(e.key())).findFirst().map(e -> new Origin(e, from, to));
        }
        return Optional.empty();
    }

    /** A lower-case common noun, adjective or participle of a description, or a hyphen, that is no entity. */
    private static boolean isDescriptive(ParsedSentence s, EntityLayer layer, int k) {
        Token t = s.token(k);
        boolean lower = !t.word().isEmpty() && Character.isLowerCase(t.word().charAt(0));
        return layer.at(s.index(), k).isEmpty()
                && (t.word().equals("-") || (lower && t.pos().matches("NNS?|JJ|VBN|HYPH")));
    }

    private static boolean isCommonNoun(Token t) {
        // by its case, not its tag: the tagger may call "declaration" after a name NNP
        return t.pos().startsWith("NN") && !t.word().isEmpty() && Character.isLowerCase(t.word().charAt(0));
    }

    /**
     * The country token {@code k} names, by its name or its adjective (an adjective of a country the
     * article names elsewhere is no mention of it, but stands for it).
     */
    private Optional<LocalEntity> country(ParsedSentence s, EntityLayer layer, int k) {
        Optional<LocalEntity> e = layer.at(s.index(), k);
        return e.isPresent() ? e.filter(x -> x.type() == EntityType.COUNTRY)
                : AdjectiveCountries.countryEntity(layer, gazetteer, s.token(k).word());
    }

    /** "French-German", "Turkish Cypriot": two countries in a row describe no one country's body. */
    private boolean twoCountries(ParsedSentence s, EntityLayer layer, int first) {
        int k = first - 1;
        if (k >= 1 && s.token(k).word().matches("-|and|/")) {
            k--;
        }
        return k >= 1 && country(s, layer, k).isPresent() && !country(s, layer, k).equals(country(s, layer, first));
    }

    private static boolean isPlace(LocalEntity e) {
        return e.type() == EntityType.CITY || e.type() == EntityType.PLACE || e.type() == EntityType.COUNTRY;
    }
}
