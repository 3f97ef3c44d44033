package org.newskg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.kb.KnowledgeBase;
import org.newskg.model.EntityKey;
import org.newskg.model.EntityType;
import org.newskg.model.LocalEntity;
import org.newskg.model.Mention;
import org.newskg.model.Names;
import org.newskg.nlp.CorefSpan;
import org.newskg.nlp.NerSpan;
import org.newskg.nlp.ParsedSentence;
import org.newskg.nlp.ParsedText;
import org.newskg.nlp.Token;

/**
 * Finds the entities of one article: CoreNLP's named-entity spans, cleaned and typed with the
 * gazetteer, grouped so that "Ana Example", "Example" and "Ms. Example" are one entity, and joined with
 * their coreference chains ("she", "the prime minister").
 */
public final class EntityExtractor implements Extractor {
    /** Share of capitalized words above which a line is a headline, where NER is unreliable. */
    private static final double HEADLINE_CAPS = 0.7;

    private final Gazetteer gazetteer;
    private final KnowledgeBase kb;

    public EntityExtractor(Gazetteer gazetteer) {
        this(gazetteer, KnowledgeBase.get());
    }

    public EntityExtractor(Gazetteer gazetteer, KnowledgeBase kb) {
        this.gazetteer = gazetteer;
        this.kb = kb;
    }

    /** A cleaned, typed name occurrence before grouping. */
    record Candidate(int sentence, int from, int to, EntityType type, String name, EntityKey key, Mention mention) {
        /** The same words and mention, taken for another type (and key). */
        Candidate as(EntityType type, EntityKey key) {
            return new Candidate(sentence, from, to, type, name, key, mention);
        }
    }

    @Override
    public String name() {
        return "entities";
    }

    /** Coreference is used when the pipeline has it, not required: without it pronouns stay unresolved. */
    @Override
    public Set<Need> requires() {
        return EnumSet.of(Need.TOKENS, Need.NER);
    }

    @Override
    public Set<Need> provides() {
        return EnumSet.of(Need.ENTITIES);
    }

    @Override
    public Extraction apply(ParsedText text, Extraction sofar) {
        return sofar.withLayer(extract(text));
    }

    EntityLayer extract(ParsedText text) {
        String doc = text.document().text();
        Set<Long> covered = new java.util.HashSet<>();
        List<Candidate> candidates = new ArrayList<>(gazetteerPhrases(text, covered));
        candidates.addAll(geographicNames(text, covered));
        candidates.addAll(institutionNames(text, covered));
        candidates.addAll(companyNames(text, covered));
        candidates.addAll(namesAfterTitles(text, covered));
        // Organizations named with their country ("the U.S. Congress") take the country's words.
        Map<NerSpan, NerSpan> extended = new HashMap<>();
        Set<Long> absorbed = new java.util.HashSet<>();
        for (NerSpan ner : text.entities()) {
            ParsedSentence s = text.sentences().get(ner.sentence());
            NerSpan span = withNationality(s, doc, ner, covered, candidates);
            if (span != ner) {
                extended.put(ner, span);
                for (int k = span.from(); k < ner.from(); k++) {
                    absorbed.add(EntityLayer.key(s.index(), k));
                }
            }
        }
        for (NerSpan ner : text.entities()) {
            ParsedSentence s = text.sentences().get(ner.sentence());
            NerSpan span = extended.getOrDefault(ner, ner);
            if (overlaps(absorbed, span) && span == ner) {
                continue;    // the country's name is part of an organization's ("U.S." in "U.S. Congress")
            }
            if (overlaps(covered, span)) {
                continue;    // the gazetteer knows the whole phrase ("Republic of the X Islands")
            }
            span = withSaintsName(s, doc, span);
            for (int k = ner.to(); k < span.to(); k++) {
                covered.add(EntityLayer.key(s.index(), k));
            }
            if (!span.type().equals("COUNTRY") && countriesIn(s, span.from(), span.to()) >= 2) {
                // "US-Japan Alliance", "U.S.-China talks": a relationship, not a body; its countries are the parties
                for (int i = span.from(); i < span.to(); i++) {
                    if (gazetteer.country(s.token(i).word()).isPresent()) {
                        candidate(s, doc, "COUNTRY", i, i + 1).ifPresent(candidates::add);
                    }
                }
                continue;
            }
            if (spillsOver(text, span)) {
                continue;
            }
            for (int[] part : splitParts(s, span.from(), span.to())) {
                int person = personAfterPlace(s, span.type(), part[0], part[1]);
                if (person > 0) {
                    // "First Minister of Freedonia Ana Example": NER ran the title's place into the name
                    int start = s.token(part[0]).word().matches("of|for") ? part[0] + 1 : part[0];
                    String place = gazetteer.country(joined(s, start, person)).isPresent() ? "COUNTRY" : "LOCATION";
                    candidate(s, doc, place, start, person).ifPresent(candidates::add);
                    candidate(s, doc, "PERSON", person, part[1]).ifPresent(candidates::add);
                    continue;
                }
                candidate(s, doc, span.type(), part[0], part[1]).map(c -> withCountryName(s, doc, ner, c)).ifPresent(candidates::add);
            }
        }
        candidates = describedBodies(text, candidates);
        candidates = camelCaseBodies(text, candidates);
        candidates = bodiesOfOffices(text, candidates);
        candidates = dropHeadlineOnly(text, candidates);
        candidates = dropPortfolios(text, candidates);
        candidates = retypeByPersonNames(candidates);
        candidates = companiesTakenForPersons(candidates);
        candidates = teamsApartFromCountries(text, candidates);
        // "the Federal District", "the Autonomous Region": a place named only by the kind of a division
        candidates = candidates.stream().filter(c -> !(c.type() == EntityType.PLACE && c.key() == null && kb.isRegionKind(c.name()))).toList();
        candidates = knownCities(text, candidates);
        candidates = citiesBeforeRegions(text, candidates);
        return group(text, candidates);
    }

    /**
     * Names of bodies that NER misses or cuts up: capitalized words ending in the head of an
     * institution's name ("the Harbour and Pilotage Council", "the Norway Coastal Agency": the
     * country's name is part of the body's), or the head, "of" or "for" and capitalized words ("the
     * Department of Fisheries and Coastal Affairs", "the Velmora Institute of Marine Studies"). Not a title's words ("Chief Executive"),
     * nor a person's, nor a name NER reads whole as an organization, nor in a title-case headline.
     */
    private List<Candidate> institutionNames(ParsedText text, Set<Long> covered) {
        String doc = text.document().text();
        List<Candidate> out = new ArrayList<>();
        for (ParsedSentence s : prose(text)) {
            int n = s.tokens().size();
            for (int i = 1; i <= n; i++) {
                if (!gazetteer.isInstitutionHead(s.token(i).word()) || !nameWord(s, i, covered)) {
                    continue;
                }
                int from = i;
                while (from > 1 && (nameWord(s, from - 1, covered)
                        || (s.token(from - 1).word().matches("and|&") && from > 2 && nameWord(s, from - 2, covered)
                            && !s.token(from - 2).ner().equals("ORGANIZATION")))) {    // not "the University of Velmora and Orvanta University"
                    from--;
                }
                int to = i + 1;
                if (to < n && s.token(to).word().matches("of|for")) {
                    int k = s.token(to + 1).word().equals("the") ? to + 2 : to + 1;
                    int e = k;
                    // "the Office of the Special Envoy": a body named after an office takes its title words
                    while (e <= n && (nameWord(s, e, covered) || officeWord(s, e, covered)
                            || (s.token(e).word().matches("and|&") && e < n && e > k && nameWord(s, e + 1, covered)
                                && !anotherBody(s, e + 1, covered)))) {
                        e++;
                    }
                    // "the Supreme Court of Freedonia": the country stays the country, the court is its body
                    boolean country = e > k && gazetteer.country(doc.substring(s.token(k).begin(), s.token(e - 1).end())).isPresent();
                    to = e > k && !country ? e : to;
                }
                if (to - from < 2 || withinNerOrganization(text, s, from, to)) {
                    continue;
                }
                Optional<Candidate> c = candidate(s, doc, "ORGANIZATION", from, to);
                if (c.isPresent()) {
                    out.add(c.get());
                    countryInName(s, doc, from, i).ifPresent(out::add);
                    for (int k = from; k < to; k++) {
                        covered.add(EntityLayer.key(s.index(), k));
                    }
                    i = to - 1;
                }
            }
        }
        return out;
    }

    /**
     * A company's name that ends in its legal form, which NER often leaves untagged or cuts at a
     * bracket: "Velcor Harbour (NZ) Limited", "Orvanta Foods Ltd". Capitalized words before the legal
     * form, with a country in brackets among them, and at least one word that is neither.
     */
    private List<Candidate> companyNames(ParsedText text, Set<Long> covered) {
        String doc = text.document().text();
        List<Candidate> out = new ArrayList<>();
        for (ParsedSentence s : prose(text)) {
            for (int i = 2; i <= s.tokens().size(); i++) {
                String w = s.token(i).word();
                if (!gazetteer.isLegalForm(w) || !(Character.isUpperCase(w.charAt(0)) || w.equals("plc"))
                        || covered.contains(EntityLayer.key(s.index(), i))) {
                    continue;
                }
                int from = i;
                boolean named = false;
                while (from > 1) {
                    int k = from - 1;
                    if (nameWord(s, k, covered) && !s.token(k).ner().equals("COUNTRY")) {
                        named |= !gazetteer.isLegalForm(s.token(k).word());
                        from = k;
                    } else if (k > 3 && s.token(k).word().equals(")") && s.token(k - 2).word().equals("(")
                            && (gazetteer.country(s.token(k - 1).word()).isPresent()
                                || kb.countryCodeOfFolded(Names.fold(s.token(k - 1).word())).isPresent())) {
                        from = k - 2;    // "(UK)": the national company of a group
                    } else if (k > 2 && s.token(k).word().equals("&") && nameWord(s, k - 1, covered)) {
                        from = k;
                    } else {
                        break;
                    }
                }
                while (from < i && !nameWord(s, from, covered)) {
                    from++;
                }
                if (!named || withinNerOrganization(text, s, from, i + 1)) {
                    continue;
                }
                claim(candidate(s, doc, "ORGANIZATION", from, i + 1), s, out, covered);
            }
        }
        out.addAll(shortCompanyNames(text, out, covered));
        return out;
    }

    /**
     * "President Talon and Prime Minister Ana Example": a name NER does not know, right after an
     * office NER tags as a title, is the holder's. One or two capitalized words inside a sentence that
     * no list knows as anything else (a country, its adjective, a title, a body's or place's head, an
     * honorific), followed by no further capitalized word.
     */
    private List<Candidate> namesAfterTitles(ParsedText text, Set<Long> covered) {
        String doc = text.document().text();
        List<Candidate> out = new ArrayList<>();
        for (ParsedSentence s : prose(text)) {
            int n = s.tokens().size();
            for (int i = 2; i <= n; i++) {
                // an office written as one ("President"), not a description ("manufacturer Velcor")
                if (!s.token(i - 1).ner().equals("TITLE") || !Character.isUpperCase(s.token(i - 1).word().charAt(0))
                        || !unknownName(s, i, covered)) {
                    continue;
                }
                int to = i + 1;
                if (to <= n && unknownName(s, to, covered)) {
                    to++;
                }
                if (to <= n && Character.isUpperCase(s.token(to).word().charAt(0)) && s.token(to).pos().startsWith("NNP")) {
                    continue;    // a longer name: NER's call
                }
                claim(candidate(s, doc, "PERSON", i, to), s, out, covered);
            }
        }
        return out;
    }

    /** Keeps a candidate and marks its words as read, so that no later pass or NER span claims them again. */
    private static void claim(Optional<Candidate> candidate, ParsedSentence s, List<Candidate> out, Set<Long> covered) {
        candidate.ifPresent(c -> {
            out.add(c);
            for (int k = c.from(); k < c.to(); k++) {
                covered.add(EntityLayer.key(s.index(), k));
            }
        });
    }

    /** A capitalized proper noun that NER left untagged and that no word list knows. */
    private boolean unknownName(ParsedSentence s, int k, Set<Long> covered) {
        Token t = s.token(k);
        String w = t.word();
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && !w.equals(w.toUpperCase(Locale.ROOT))
                && t.pos().equals("NNP") && t.ner().equals("O") && !covered.contains(EntityLayer.key(s.index(), k))
                && gazetteer.title(w).isEmpty() && gazetteer.country(w).isEmpty() && gazetteer.countryByAdjective(w).isEmpty()
                && !gazetteer.isInstitutionHead(w) && !gazetteer.isPlaceHead(w) && !gazetteer.isAgreementHead(w)
                && !gazetteer.isHonorific(w) && gazetteer.organization(w).isEmpty() && !gazetteer.isRegion(w);
    }

    /**
     * "Velcor Harbour (NZ) Limited ... Velcor Harbour closed": the company named again without its legal
     * form, which NER takes for no name. Only names of two words or more, capitalized as written.
     */
    private List<Candidate> shortCompanyNames(ParsedText text, List<Candidate> companies, Set<Long> covered) {
        String doc = text.document().text();
        Set<String> cores = new LinkedHashSet<>();
        for (Candidate c : companies) {
            String core = gazetteer.withoutCompanySuffixes(c.name());
            if (core.contains(" ") && !core.equals(c.name())) {
                cores.add(core);
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (String core : cores) {
            String[] words = core.split(" ");
            for (ParsedSentence s : text.sentences()) {
                for (int i = 1; i + words.length - 1 <= s.tokens().size(); i++) {
                    boolean match = true;
                    for (int k = 0; k < words.length && match; k++) {
                        match = s.token(i + k).word().equals(words[k]) && !covered.contains(EntityLayer.key(s.index(), i + k));
                    }
                    if (!match || withinNerOrganization(text, s, i, i + words.length)) {
                        continue;    // NER reads it, perhaps with its legal form again
                    }
                    // "Velcor Harbour" is still no harbour
                    claim(candidate(s, doc, "ORGANIZATION", i, i + words.length).map(c -> c.as(EntityType.ORGANIZATION, null)), s, out, covered);
                }
            }
        }
        return out;
    }

    /**
     * Whether the words hold a one-word office followed by its "of"/"for" portfolio with no body's
     * head word before it ("Freedonian Minister of Public Works"), which is a title, not a body ("the
     * Office of the Minister for Trade" is a body).
     */
    private boolean officeWithPortfolio(ParsedSentence s, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            String w = s.token(k).word();
            if (gazetteer.isInstitutionHead(w)) {
                return false;
            }
            if (Character.isUpperCase(w.charAt(0)) && gazetteer.title(w).isPresent() && s.token(k + 1).word().matches("of|for")) {
                return true;
            }
        }
        return false;
    }

    /** A capitalized word that may be part of a body's name: not "The", a title's, a person's, or one already read. */
    private boolean nameWord(ParsedSentence s, int k, Set<Long> covered) {
        Token t = s.token(k);
        return !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0)) && !t.word().equals("The")
                && t.pos().matches("NNP?S?|JJ|VBN|VBG") && !t.ner().matches("PERSON|TITLE") && gazetteer.title(t.word()).isEmpty()
                && !covered.contains(EntityLayer.key(s.index(), k));
    }

    /**
     * "the Canadian Department of ...", "the Norway Coastal Agency": the country whose name or adjective
     * starts a body's name is found too, by a mention that claims no tokens (as for NER's bodies).
     */
    private Optional<Candidate> countryInName(ParsedSentence s, String doc, int from, int head) {
        String tag = s.token(from).ner();
        if (!tag.equals("NATIONALITY") && !tag.equals("COUNTRY")) {
            return Optional.empty();
        }
        int k = from;
        while (k < head && s.token(k).ner().equals(tag)) {
            k++;
        }
        String words = s.span(doc, from, k);
        Optional<Gazetteer.Country> country = tag.equals("NATIONALITY") ? gazetteer.countryByAdjective(words) : gazetteer.country(words);
        Mention m = new Mention(s.index(), s.token(from).begin(), s.token(k - 1).end(), words);
        return country.map(c -> new Candidate(s.index(), from, from, EntityType.COUNTRY, c.name(), EntityKey.country(c.code()), m));
    }

    /** A title's capitalized word ("Representative", "Minister") that NER gave no person. */
    private boolean officeWord(ParsedSentence s, int k, Set<Long> covered) {
        Token t = s.token(k);
        return !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0)) && t.pos().startsWith("NNP")
                && !t.ner().equals("PERSON") && (t.ner().equals("TITLE") || gazetteer.title(t.word()).isPresent())
                && !covered.contains(EntityLayer.key(s.index(), k));
    }

    /**
     * Whether the name words from {@code k} on name a body of their own ("... of Velmora and Orvanta
     * University", "... of Fisheries and ESA"), not the rest of one ("... of Fisheries and Coastal Affairs").
     */
    private boolean anotherBody(ParsedSentence s, int k, Set<Long> covered) {
        for (int j = k; j <= s.tokens().size() && nameWord(s, j, covered); j++) {
            String w = s.token(j).word();
            if (gazetteer.isInstitutionHead(w) || w.replace(".", "").matches("\\p{Lu}{2,}")) {
                return true;
            }
        }
        return false;
    }

    private static boolean withinNerOrganization(ParsedText text, ParsedSentence s, int from, int to) {
        return text.entities().stream().anyMatch(e -> e.sentence() == s.index() && e.type().equals("ORGANIZATION")
                && e.from() <= from && e.to() >= to);
    }

    /** The sentences whose capitals say something of names: all but title-case headlines. */
    private static List<ParsedSentence> prose(ParsedText text) {
        return text.sentences().stream().filter(s -> !titleCase(s)).toList();
    }

    /** A headline written in title case ("Minister Meets Council Leaders"): its capitals say nothing of names. */
    private static boolean titleCase(ParsedSentence s) {
        int words = 0;
        int capitals = 0;
        for (Token t : s.tokens()) {
            if (t.word().matches("\\p{L}{4,}")) {
                words++;
                capitals += Character.isUpperCase(t.word().charAt(0)) ? 1 : 0;
            }
        }
        String last = s.tokens().isEmpty() ? "" : s.token(s.tokens().size()).word();
        return words >= 3 && capitals * 10 >= words * 7 && !last.matches("[.!?]");    // a headline has no full stop
    }

    /** NER tags that a word of a place's name may carry when NER cuts the name up. */
    private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "COUNTRY", "NATIONALITY", "CITY", "STATE_OR_PROVINCE");

    /**
     * Names of natural features and regions that NER cuts up: "the Chinese Sea", "the Danish Straits",
     * "the Iberian Peninsula" (a country's name or adjective, then a feature's head:
     * {@code gazetteer/feature-heads.txt}), "the Gulf of Aden" (the head, "of", a name) and
     * "Central Asia" (a compass word, then a continent). Each is one place, not the country
     * whose name it holds. Words the gazetteer already read ("Ivory Coast") are left alone.
     */
    private List<Candidate> geographicNames(ParsedText text, Set<Long> covered) {
        String doc = text.document().text();
        List<Candidate> out = new ArrayList<>();
        for (ParsedSentence s : text.sentences()) {
            int n = s.tokens().size();
            for (int i = 1; i <= n; i++) {
                Token t = s.token(i);
                if (!t.isProperNoun() || !Character.isUpperCase(t.word().charAt(0)) || covered.contains(EntityLayer.key(s.index(), i))) {
                    continue;
                }
                int from = i;
                int to = i;
                if (gazetteer.isFeatureHead(t.word()) && (t.ner().equals("O") || PLACE_TAGS.contains(t.ner()))) {
                    while (from > 1 && placeWord(s, from - 1, covered)) {
                        from--;
                    }
                    to = i + 1;
                    if (from == i && i + 2 <= n && s.token(i + 1).word().equals("of") && placeWord(s, i + 2, covered)) {
                        to = i + 2;
                        while (to <= n && placeWord(s, to, covered)) {
                            to++;
                        }
                    }
                } else if (gazetteer.isCompassWord(t.word()) && i + 1 <= n && placeWord(s, i + 1, covered)
                        && gazetteer.isRegion(s.token(i + 1).word())) {
                    to = i + 2;
                }
                if (to - from < 2 || gazetteer.isRegion(s.span(doc, from, to)) && PLACE_TAGS.contains(s.token(from).ner())
                        && s.token(from).ner().equals(s.token(to - 1).ner())) {
                    continue;    // nothing before or after the head; or NER has the whole name already
                }
                String name = s.span(doc, from, to);
                out.add(new Candidate(s.index(), from, to, EntityType.PLACE, name, null,
                        new Mention(s.index(), s.token(from).begin(), s.token(to - 1).end(), name)));
                for (int k = from; k < to; k++) {
                    covered.add(EntityLayer.key(s.index(), k));
                }
                i = to - 1;
            }
        }
        return out;
    }

    /** A capitalized proper noun that NER took for (part of) a place, a country or a people, and that no name has taken. */
    private static boolean placeWord(ParsedSentence s, int i, Set<Long> covered) {
        Token t = s.token(i);
        return (t.isProperNoun() || t.pos().equals("JJ")) && Character.isUpperCase(t.word().charAt(0))
                && PLACE_TAGS.contains(t.ner()) && !covered.contains(EntityLayer.key(s.index(), i));
    }

    /**
     * "the Canadian Department of National Defence", "the U.S. Congress": NER tags the adjective
     * NATIONALITY (or the country's name COUNTRY) and the rest ORGANIZATION. The organization's name is the whole phrase (the Norwegian and the Icelandic
     * fisheries ministries are two bodies), and the country it names is still found: it gets a
     * mention that claims no tokens, so the words stay the organization's.
     */
    private NerSpan withNationality(ParsedSentence s, String doc, NerSpan span, Set<Long> covered, List<Candidate> candidates) {
        if (!span.type().equals("ORGANIZATION") || gazetteer.organization(span.text()).isPresent()) {
            return span;
        }
        int from = span.from();
        String tag = from > 1 ? s.token(from - 1).ner() : "O";
        if (!tag.equals("NATIONALITY") && !tag.equals("COUNTRY")) {
            return span;
        }
        while (from > 1 && s.token(from - 1).ner().equals(tag) && s.token(from - 1).end() + 1 >= s.token(from).begin()) {
            from--;
        }
        final int start = from;
        boolean anyCovered = false;
        for (int k = from; k < span.from(); k++) {
            anyCovered |= covered.contains(EntityLayer.key(s.index(), k));
        }
        if (anyCovered) {
            // "the United States Congress": the gazetteer read "United States" as the country. It
            // stays found, by a mention that now claims no tokens; the words go to the body.
            int at = -1;
            for (int c = 0; c < candidates.size(); c++) {
                Candidate x = candidates.get(c);
                if (x.sentence() == s.index() && x.from() <= start && x.to() == span.from() && x.type() == EntityType.COUNTRY) {
                    at = c;
                }
            }
            if (at < 0) {
                return span;    // the covered words are some other name's
            }
            Candidate x = candidates.get(at);
            candidates.set(at, new Candidate(x.sentence(), x.from(), x.from(), x.type(), x.name(), x.key(), x.mention()));
            for (int k = x.from(); k < span.from(); k++) {
                covered.remove(EntityLayer.key(s.index(), k));
            }
            Token first = s.token(start);
            return new NerSpan(span.sentence(), start, span.to(), span.type(), doc.substring(first.begin(), span.end()),
                    first.begin(), span.end());
        }
        String words = s.span(doc, from, span.from());
        // "the U.S. Congress": a country's name before the body, as its adjective is.
        Optional<Gazetteer.Country> country = tag.equals("NATIONALITY") ? gazetteer.countryByAdjective(words) : gazetteer.country(words);
        if (country.isEmpty()) {
            return span;    // an adjective we cannot place: the organization stays as NER cut it
        }
        Token first = s.token(from);
        Token last = s.token(span.from() - 1);
        Mention m = new Mention(s.index(), first.begin(), last.end(), s.span(doc, from, span.from()));
        candidates.add(new Candidate(s.index(), from, from, EntityType.COUNTRY, country.get().name(),
                EntityKey.country(country.get().code()), m));
        return new NerSpan(span.sentence(), from, span.to(), span.type(), doc.substring(first.begin(), span.end()),
                first.begin(), span.end());
    }

    /**
     * "U.S. Congress" and "United States Congress" are one body: an organization that took a
     * country's name into its own is named with the gazetteer's name for the country.
     */
    private Candidate withCountryName(ParsedSentence s, String doc, NerSpan ner, Candidate c) {
        if (c.type() != EntityType.ORGANIZATION || c.key() != null || c.from() >= ner.from() || c.to() != ner.to()
                || !s.token(c.from()).ner().equals("COUNTRY")) {
            return c;
        }
        return gazetteer.country(s.span(doc, c.from(), ner.from()))
                .map(country -> new Candidate(c.sentence(), c.from(), c.to(), c.type(),
                        country.name() + " " + s.span(doc, ner.from(), ner.to()), c.key(), c.mention()))
                .orElse(c);
    }

    /** Longest phrases reach no further than this many tokens ("United Kingdom of Great Britain and Northern Ireland"). */
    private static final int MAX_PHRASE_TOKENS = 9;
    /** A government body's abbreviation as news writes it: three to seven capitals ("MCA", "DE&S"). */
    private static final java.util.regex.Pattern GOVERNMENT_ABBREVIATION = java.util.regex.Pattern.compile("[A-Z][A-Z&]{2,6}");

    /**
     * Names of two or more words that the gazetteer knows as a whole: a country's long form, an
     * organization, a region, a capital ("Washington, D.C."). NER often splits them; the whole
     * phrase wins over the pieces.
     */
    private List<Candidate> gazetteerPhrases(ParsedText text, Set<Long> covered) {
        String doc = text.document().text();
        List<Candidate> out = new ArrayList<>();
        for (ParsedSentence s : text.sentences()) {
            int n = s.tokens().size();
            int i = 1;
            while (i <= n) {
                int matched = 0;
                // "The U.S. Navy" at a sentence's start: "the" belongs to no name, and a country
                // phrase taken with it would hide the organization NER found after it
                if (Character.isUpperCase(s.token(i).word().charAt(0)) && !s.token(i).word().equals("The")) {
                    for (int len = Math.min(MAX_PHRASE_TOKENS, n - i + 1); len >= 2 && matched == 0; len--) {
                        String phrase = doc.substring(s.token(i).begin(), s.token(i + len - 1).end());
                        Optional<Candidate> c = phraseCandidate(s, i, i + len, phrase);
                        if (c.isPresent()) {
                            out.add(c.get());
                            matched = len;
                        }
                    }
                    // A country NER missed ("U.S.-UK cooperation"): one proper noun written exactly as listed.
                    Token t = s.token(i);
                    if (matched == 0 && t.ner().matches("O|MISC") && t.isProperNoun() && gazetteer.countryExact(t.word()).isPresent()) {
                        Mention m = new Mention(s.index(), t.begin(), t.end(), t.word());
                        out.add(new Candidate(s.index(), i, i + 1, EntityType.COUNTRY, t.word(),
                                EntityKey.country(gazetteer.countryExact(t.word()).get().code()), m));
                        matched = 1;
                    } else if (matched == 0 && t.ner().matches("O|MISC|ORGANIZATION")) {
                        Optional<String> body = abbreviated(t.word(), doc);
                        if (body.isPresent()) {
                            Mention m = new Mention(s.index(), t.begin(), t.end(), t.word());
                            out.add(new Candidate(s.index(), i, i + 1, EntityType.ORGANIZATION, t.word(),
                                    EntityKey.organization(body.get()), m));
                            matched = 1;
                        }
                    }
                }
                if (matched > 0) {
                    for (int k = i; k < i + matched; k++) {
                        covered.add(EntityLayer.key(s.index(), k));
                    }
                    i += matched;
                } else {
                    i++;
                }
            }
        }
        return out;
    }

    /**
     * The full name of the body an abbreviation stands for: the gazetteer's organization, or ("MCA" in
     * an article that names the Maritime and Coastguard Agency) the one government body it abbreviates,
     * when the article names that body in full, since abbreviations are many bodies'.
     */
    private Optional<String> abbreviated(String word, String doc) {
        Optional<String> listed = gazetteer.organizationAcronym(word).map(Gazetteer.Organization::name);
        if (listed.isPresent() || !GOVERNMENT_ABBREVIATION.matcher(word).matches()) {
            return listed;
        }
        return kb.governmentBodyByAbbreviation(word).map(KnowledgeBase.Organization::name).filter(doc::contains);
    }

    private Optional<Candidate> phraseCandidate(ParsedSentence s, int from, int to, String phrase) {
        String last = s.token(to - 1).word();
        if (!Character.isUpperCase(last.charAt(0))) {
            return Optional.empty();
        }
        Mention m = new Mention(s.index(), s.token(from).begin(), s.token(to - 1).end(), phrase);
        Optional<Gazetteer.Country> country = gazetteer.country(phrase);
        if (country.isPresent()) {
            return Optional.of(new Candidate(s.index(), from, to, EntityType.COUNTRY, phrase, EntityKey.country(country.get().code()), m));
        }
        Optional<Gazetteer.Organization> org = gazetteer.organization(phrase);
        if (org.isPresent()) {
            return Optional.of(new Candidate(s.index(), from, to, EntityType.ORGANIZATION, phrase, EntityKey.organization(org.get().name()), m));
        }
        Optional<KnowledgeBase.Organization> body = kb.governmentBody(phrase);    // "Sport England", which NER cuts at the country
        if (body.isPresent()) {
            return Optional.of(new Candidate(s.index(), from, to, EntityType.ORGANIZATION, phrase, EntityKey.organization(body.get().name()), m));
        }
        if (gazetteer.isRegion(phrase)) {
            return Optional.of(new Candidate(s.index(), from, to, EntityType.PLACE, phrase, null, m));
        }
        if (gazetteer.countryOfCapital(phrase).isPresent()) {
            return Optional.of(new Candidate(s.index(), from, to, EntityType.CITY, phrase, EntityKey.city(phrase), m));
        }
        return Optional.empty();
    }

    private static boolean overlaps(Set<Long> covered, NerSpan span) {
        for (int i = span.from(); i < span.to(); i++) {
            if (covered.contains(EntityLayer.key(span.sentence(), i))) {
                return true;
            }
        }
        return false;
    }

    private int countriesIn(ParsedSentence s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (gazetteer.country(s.token(i).word()).isPresent()) {
                n++;
            }
        }
        return n;
    }

    /**
     * A one-word name right after another entity's name ("Tokyo Plan") is NER running on into the
     * next word, unless the gazetteer knows it.
     */
    private boolean spillsOver(ParsedText text, NerSpan span) {
        if (span.to() - span.from() != 1 || span.type().equals("PERSON")) {
            return false;
        }
        ParsedSentence s = text.sentences().get(span.sentence());
        String word = s.token(span.from()).word();
        if (gazetteer.country(word).isPresent() || gazetteer.organization(word).isPresent()) {
            return false;
        }
        return span.from() > 1 && !s.token(span.from() - 1).ner().equals("O")
                && !s.token(span.from() - 1).ner().equals(span.type())
                && s.token(span.from() - 1).end() + 1 >= s.token(span.from()).begin();
    }

    /**
     * Where a person's name starts inside a span that begins with a place after "of" or "for"
     * ("Minister of Freedonia Ana Example", "Envoy for Oceania and Antarctica Ana Example"): the place
     * is one the gazetteer or the knowledge base knows, and the rest is a given name the CoreNLP
     * name list knows and a surname. 0 when the span is one name.
     */
    private int personAfterPlace(ParsedSentence s, String ner, int from, int to) {
        if (s.token(from).word().matches("of|for") && from + 1 < to) {
            from++;    // NER took the preposition into the span: "[of Freedonia Ana Example]"
        } else if (from < 2 || !s.token(from - 1).word().matches("of|for|and")) {
            return 0;
        }
        if (!ner.matches("PERSON|LOCATION") || to - from < 3) {
            return 0;
        }
        for (int k = from + 1; k <= to - 2; k++) {
            String place = joined(s, from, k);
            boolean known = gazetteer.country(place).isPresent() || gazetteer.isRegion(place)
                    || !kb.regions(place).isEmpty() || !kb.cities(place).isEmpty();
            boolean name = NameGenders.of(s.token(k).word()).isPresent() && s.token(to - 1).word().matches("\\p{Lu}.*")
                    && java.util.stream.IntStream.range(k, to).noneMatch(j -> gazetteer.isRegion(s.token(j).word()));
            if (known && name) {
                return k;
            }
        }
        return 0;
    }

    /**
     * "Reuters / Reuters" and "US Japan" are two names in one span; "Jean-Luc Marchand" and
     * "Pak So-yeon" are one (CoreNLP splits words at hyphens, so a dash written inside a word is a
     * token of its own).
     */
    private List<int[]> splitParts(ParsedSentence s, int from, int to) {
        List<int[]> parts = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            String w = s.token(i).word();
            boolean dash = w.equals("-") || w.equals("–");
            boolean bracket = w.matches("[()]|-LRB-|-RRB-");    // "X Centres (X CDC": NER ran into a parenthesis
            if (w.equals("/") || w.equals("|") || bracket || (dash && !insideWord(s, from, i, to))) {
                if (i > start) {
                    parts.add(new int[] {start, i});
                }
                start = i + 1;
            }
        }
        if (start < to) {
            parts.add(new int[] {start, to});
        }
        List<int[]> out = new ArrayList<>();
        for (int[] p : parts) {
            // "US Japan": every token a country of its own.
            boolean allCountries = p[1] - p[0] > 1;
            for (int i = p[0]; i < p[1] && allCountries; i++) {
                allCountries = gazetteer.country(s.token(i).word()).isPresent();
            }
            if (allCountries && gazetteer.country(joined(s, p[0], p[1])).isEmpty()) {
                for (int i = p[0]; i < p[1]; i++) {
                    out.add(new int[] {i, i + 1});
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * A dash with no space on either side and a word on each, that does not join two names the
     * gazetteer knows ("U.S.-UK"), is part of one word.
     */
    private boolean insideWord(ParsedSentence s, int from, int dash, int to) {
        if (dash <= from || dash + 1 >= to) {
            return false;
        }
        Token before = s.token(dash - 1);
        Token at = s.token(dash);
        Token after = s.token(dash + 1);
        if (before.end() != at.begin() || at.end() != after.begin()) {
            return false;
        }
        return !(known(before.word()) && known(after.word()));
    }

    private boolean known(String name) {
        return gazetteer.country(name).isPresent() || gazetteer.organization(name).isPresent()
                || gazetteer.countryOfCapital(name).isPresent();
    }

    /**
     * "St Barthélemy", "St. Kitts": NER often tags "St" apart from the name after it; a place's "St" with
     * the capitalized words after it is one name.
     */
    private static NerSpan withSaintsName(ParsedSentence s, String doc, NerSpan span) {
        if (!PLACE_TAGS.contains(span.type()) || !s.token(span.to() - 1).word().matches("St\\.?|Saint")) {
            return span;
        }
        int to = span.to();
        while (to <= s.tokens().size() && s.token(to).pos().equals("NNP") && Character.isUpperCase(s.token(to).word().charAt(0))) {
            to++;
        }
        return to == span.to() ? span : new NerSpan(span.sentence(), span.from(), to, span.type(),
                doc.substring(span.begin(), s.token(to - 1).end()), span.begin(), s.token(to - 1).end());
    }

    /** A territory the knowledge base lists among countries ("St Barthélemy" for its "Saint Barthélemy"). */
    private boolean knownTerritory(String name) {
        String folded = Names.fold(name);
        return kb.countryCodeOfFolded(folded).or(() -> kb.countryCodeOfFolded(folded.replaceFirst("^st ", "saint "))).isPresent();
    }

    /**
     * NER's nationality list holds some countries and territories under their own name ("Myanmar",
     * "Djibouti" as well as "Djiboutian"): a proper noun that the knowledge base knows as a country or
     * territory, and no country has for its adjective, is the place.
     */
    private boolean territory(ParsedSentence s, String doc, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!s.token(i).isProperNoun()) {
                return false;
            }
        }
        String name = s.span(doc, from, to);
        return gazetteer.countryByAdjective(name).isEmpty() && knownTerritory(name);
    }

    private Optional<Candidate> candidate(ParsedSentence s, String doc, String ner, int from, int to) {
        // Leading honorifics and "the", trailing possessive: not part of the name.
        while (from < to && (gazetteer.isHonorific(s.token(from).word())
                || s.token(from).word().equalsIgnoreCase("the")
                // "His Majesty King X", "Her Excellency": a style of address, not a name
                || (s.token(from).pos().equals("PRP$") && from + 1 < to && gazetteer.isHonorific(s.token(from + 1).word()))
                || (ner.equals("PERSON") && to - from > 1 && (s.token(from).ner().equals("TITLE")
                    || gazetteer.title(s.token(from).word()).isPresent())))) {
            from++;    // "Mr. X", "Secretary X": the courtesy title or office is not part of the name
        }
        while (to > from && (s.token(to - 1).pos().equals("POS") || s.token(to - 1).word().matches("\\p{Punct}+"))) {
            to--;
        }
        if (from >= to) {
            return Optional.empty();
        }
        if (allPronouns(s, from, to)) {
            return Optional.empty();
        }
        if (s.token(to - 1).pos().matches("DT|IN|CC|TO")) {
            return Optional.empty();    // "Republic of the": NER stopped inside a longer name
        }
        // "Joseph R. Example, Jr." is "Joseph R. Example": the generational suffix would keep him apart
        // from his other mentions. ("Abdullah II" keeps its numeral: there it tells kings apart.)
        if (ner.equals("PERSON") && to - from > 2 && gazetteer.isNameSuffix(s.token(to - 1).word())
                && !s.token(to - 1).word().matches("[IVX]+")) {
            to--;
            while (to > from && s.token(to - 1).word().matches("\\p{Punct}+")) {
                to--;
            }
        }
        if (to - from == 1 && gazetteer.isNameSuffix(s.token(from).word())) {
            return Optional.empty();    // "Jr."
        }
        EntityType type = switch (ner) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "COUNTRY" -> EntityType.COUNTRY;
            case "CITY" -> EntityType.CITY;
            case "STATE_OR_PROVINCE", "LOCATION" -> EntityType.PLACE;
            case "NATIONALITY" -> territory(s, doc, from, to) ? EntityType.PLACE : null;
            default -> null;
        };
        if (type == null) {
            return Optional.empty();
        }
        // NER runs names on into the next word ("X Palace Deal"): a place name ends at its head noun.
        if (type != EntityType.PERSON && !gazetteer.isLegalForm(s.token(to - 1).word())) {    // not "Velcor Harbour Ltd"
            for (int i = from; i < to - 1; i++) {
                if (gazetteer.isPlaceHead(s.token(i).word()) && i > from) {
                    to = i + 1;
                    break;
                }
            }
        }
        // "Minister of Economic Security": the organization-looking part belongs to a title. But
        // "chairwoman of Velcor Bank", "founder of Velcor": after an office held in a body, a body.
        if (type == EntityType.ORGANIZATION && from > 2 && s.token(from - 1).word().equals("of")
                && (s.token(from - 2).ner().equals("TITLE") || gazetteer.title(s.token(from - 2).word()).isPresent())
                && !bodyOfficeEndingAt(s, from - 2)) {
            return Optional.empty();
        }
        if (type == EntityType.ORGANIZATION && officeWithPortfolio(s, from, to)) {
            return Optional.empty();    // "Freedonian Minister of Public Works": NER took a title for a body
        }
        String name = s.span(doc, from, to);
        boolean proper = false;
        for (int i = from; i < to; i++) {
            proper |= s.token(i).isProperNoun();
        }
        // "to Vexa, a Canadian parts maker": one capitalized word inside a sentence that the tagger
        // calls an adjective is a name when NER says so and no country goes by it
        boolean capitalizedAdjective = to - from == 1 && from > 1 && s.token(from).pos().equals("JJ")
                && Character.isUpperCase(s.token(from).word().charAt(0)) && gazetteer.countryByAdjective(name).isEmpty()
                && !s.token(from).ner().equals("NATIONALITY");
        if (!proper && !capitalizedAdjective && type != EntityType.PERSON && gazetteer.country(name).isEmpty()
                && gazetteer.organization(name).isEmpty()) {
            return Optional.empty();    // "China Ties": NER on a common noun
        }
        if (!name.matches(".*\\p{Lu}.*")) {
            return Optional.empty();    // a lower-case "entity" is a common noun NER mistook
        }
        EntityKey key = null;
        if (type != EntityType.PERSON) {
            Optional<Gazetteer.Country> country = gazetteer.country(name);
            Optional<Gazetteer.Organization> org = gazetteer.organization(name);
            if (country.isPresent()) {
                type = EntityType.COUNTRY;
                key = EntityKey.country(country.get().code());
            } else if (org.isPresent()) {
                type = EntityType.ORGANIZATION;
                key = EntityKey.organization(org.get().name());
            } else if (gazetteer.isRegion(name) || knownTerritory(name)) {
                type = EntityType.PLACE;
            } else if (gazetteer.countryOfCapital(name).isPresent() && type != EntityType.ORGANIZATION) {
                type = EntityType.CITY;
                key = EntityKey.city(name);    // "Washington" and "Washington, D.C." are one city
            } else if (gazetteer.isPlaceHead(s.token(to - 1).word())) {
                type = EntityType.PLACE;
            } else if (type == EntityType.COUNTRY) {
                type = EntityType.PLACE;    // not a country we know: a region ("Asia")
            }
        }
        Mention m = new Mention(s.index(), s.token(from).begin(), s.token(to - 1).end(), name);
        return Optional.of(new Candidate(s.index(), from, to, type, name, key, m));
    }

    /**
     * "the Freedonian carmaker Vexa", "the union Velcor": a capitalized name that NER left untagged is
     * an organization when a noun for a kind of body ({@code gazetteer/body-nouns.txt}) stands right
     * before it; a country's possessive is not enough ("Freedonia's Vexa-Dome" is as often a weapon or
     * a programme). So is a name there that NER took for a place no gazetteer knows. Its other untagged
     * mentions in the article are the same organization's. Not a name that is a title or a country,
     * nor one that runs on into more of a name or a noun.
     */
    private List<Candidate> describedBodies(ParsedText text, List<Candidate> candidates) {
        Set<Long> taken = new java.util.HashSet<>();
        Set<String> names = new LinkedHashSet<>();
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : candidates) {
            for (int k = c.from(); k < c.to(); k++) {
                taken.add(EntityLayer.key(c.sentence(), k));
            }
            // "the carmaker Orvanta", which NER took for a place it does not know
            if (c.type() == EntityType.PLACE && c.key() == null && c.from() > 1
                    && isBodyNoun(text.sentences().get(c.sentence()).token(c.from() - 1))) {
                names.add(c.name());
                out.add(c.as(EntityType.ORGANIZATION, null));
            } else {
                out.add(c);
            }
        }
        for (ParsedSentence s : text.sentences()) {
            for (int i = 2; i <= s.tokens().size(); i++) {
                int end = untaggedName(s, i, taken);
                if (end > i && isBodyNoun(s.token(i - 1)) && bodyName(s, i, end)) {
                    names.add(joined(s, i, end));
                }
            }
        }
        String doc = text.document().text();
        for (ParsedSentence s : text.sentences()) {
            for (int i = 1; i <= s.tokens().size(); i++) {
                int end = untaggedName(s, i, taken);
                if (end > i && (i == 1 || untaggedName(s, i - 1, taken) == i - 1) && names.contains(joined(s, i, end))) {
                    candidate(s, doc, "ORGANIZATION", i, end).ifPresent(out::add);
                    i = end - 1;
                }
            }
        }
        // its mentions that NER took for a place no gazetteer knows are the body's too
        return out.stream().map(c -> c.type() == EntityType.PLACE && c.key() == null && names.contains(c.name())
                ? c.as(EntityType.ORGANIZATION, null) : c).toList();
    }

    /** A word with a capital inside it after lower-case letters ("VelCorp", "TechVel"), not a surname's prefix ("McArdle", "DeVries"). */
    private static final java.util.regex.Pattern CAMEL_CASE = java.util.regex.Pattern.compile("(?!(Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)\\p{Lu})\\p{Lu}\\p{Ll}+\\p{Lu}[\\p{L}\\d]*");

    /**
     * "VelCorp said", "the workers of TechVel": a proper noun NER left untagged that is written with a
     * capital inside it is a company's or a body's name (persons' names with one are surnames with a
     * prefix, which are left alone). Every such untagged mention is the body's.
     */
    private List<Candidate> camelCaseBodies(ParsedText text, List<Candidate> candidates) {
        Set<Long> taken = takenTokens(candidates);
        String doc = text.document().text();
        List<Candidate> out = new ArrayList<>(candidates);
        for (ParsedSentence s : text.sentences()) {
            for (int i = 1; i <= s.tokens().size(); i++) {
                Token t = s.token(i);
                if (t.ner().equals("O") && t.isProperNoun() && !taken.contains(EntityLayer.key(s.index(), i))
                        && CAMEL_CASE.matcher(t.word()).matches()) {
                    candidate(s, doc, "ORGANIZATION", i, i + 1).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /** The tokens the candidates' names take, by {@link EntityLayer#key}. */
    private static Set<Long> takenTokens(List<Candidate> candidates) {
        Set<Long> taken = new HashSet<>();
        for (Candidate c : candidates) {
            for (int k = c.from(); k < c.to(); k++) {
                taken.add(EntityLayer.key(c.sentence(), k));
            }
        }
        return taken;
    }

    /** Prepositions that put a place after them ("in Velmora"). */
    private static final Set<String> LOCATIVE = Set.of("in", "near", "at", "outside", "around", "from", "to");

    /**
     * "Southampton", "in Velmora": a name NER took for a place it cannot type, or for a person in every
     * one of its one-word mentions after "in", "near", "at" ..., is a city when the knowledge base has a
     * city of that name in a country the article names.
     */
    private List<Candidate> knownCities(ParsedText text, List<Candidate> candidates) {
        Set<String> countries = new HashSet<>();
        for (Candidate c : candidates) {
            if (c.type() == EntityType.COUNTRY && c.key() != null) {
                countries.add(c.key().value());
            }
        }
        Map<String, Boolean> placed = new HashMap<>();    // person-typed names: after a locative word every time
        for (Candidate c : candidates) {
            if (c.type() == EntityType.PERSON) {
                ParsedSentence s = text.sentences().get(c.sentence());
                boolean after = c.to() - c.from() == 1 && c.from() > 1 && LOCATIVE.contains(s.token(c.from() - 1).word().toLowerCase(Locale.ROOT));
                placed.merge(Names.fold(c.name()), after, Boolean::logicalAnd);
            }
        }
        return candidates.stream().map(c -> {
            boolean unknownPlace = c.type() == EntityType.PLACE && c.key() == null;
            boolean placedPerson = c.type() == EntityType.PERSON && placed.getOrDefault(Names.fold(c.name()), false);
            boolean here = (unknownPlace || placedPerson) && !gazetteer.isRegion(c.name())
                    && kb.countriesOfCity(c.name()).stream().anyMatch(countries::contains);
            return here ? c.as(EntityType.CITY, EntityKey.city(c.name())) : c;
        }).toList();
    }

    /**
     * "in Bend, Oregon": an untagged capitalized name right before a comma and a place that is a
     * first-level division of one country in the knowledge base is a city, when the knowledge base
     * has a city of that name in that country. NER leaves such names untagged when they are also
     * common words.
     */
    private List<Candidate> citiesBeforeRegions(ParsedText text, List<Candidate> candidates) {
        Set<Long> taken = takenTokens(candidates);
        String doc = text.document().text();
        List<Candidate> out = new ArrayList<>(candidates);
        for (Candidate c : candidates) {
            if (c.type() != EntityType.PLACE || c.from() < 3) {
                continue;
            }
            Set<String> codes = new HashSet<>();
            kb.regions(c.name()).forEach(r -> codes.add(r.iso2()));
            ParsedSentence s = text.sentences().get(c.sentence());
            if (codes.size() != 1 || !s.token(c.from() - 1).word().equals(",")) {
                continue;
            }
            int end = c.from() - 1;
            int start = end;
            // no entity's words, whatever NER made of them (NER may tag it TITLE)
            while (start > 1 && s.token(start - 1).isProperNoun() && Character.isUpperCase(s.token(start - 1).word().charAt(0))
                    && !taken.contains(EntityLayer.key(s.index(), start - 1))) {
                start--;
            }
            if (start < end && !gazetteer.isRegion(joined(s, start, end))
                    && kb.countriesOfCity(joined(s, start, end)).contains(codes.iterator().next())) {
                candidate(s, doc, "CITY", start, end).ifPresent(out::add);
            }
        }
        return out;
    }

    /** How many words before "of" an office's title may have ("executive vice president"). */
    private static final int OFFICE_WORDS = 3;

    /**
     * "the vice president of Velcor", "the chairman of Orvanta": a name right after an office held in a
     * body ({@code gazetteer/body-office-titles.txt}) and "of" is that body's, when NER took it for a
     * person or for a place no gazetteer knows; so are its other such mentions. Not a word of a longer
     * person's name in the article ("Ana Velcor"): that one is a surname.
     */
    private List<Candidate> bodiesOfOffices(ParsedText text, List<Candidate> candidates) {
        Set<String> bodies = new HashSet<>();
        Set<String> nameWords = new HashSet<>();
        for (Candidate c : candidates) {
            if (c.type() == EntityType.PERSON && c.name().contains(" ")) {
                nameWords.addAll(List.of(Names.fold(c.name()).split(" ")));
            }
            if (!mayBeBody(c)) {
                continue;
            }
            ParsedSentence s = text.sentences().get(c.sentence());
            int j = c.from() - 1;
            if (j >= 1 && s.token(j).pos().equals("DT")) {
                j--;
            }
            if (j < 2 || !s.token(j).word().equals("of")) {
                continue;
            }
            if (bodyOfficeEndingAt(s, j - 1)) {
                bodies.add(Names.fold(c.name()));
            }
        }
        bodies.removeAll(nameWords);
        return candidates.stream().map(c -> mayBeBody(c) && bodies.contains(Names.fold(c.name()))
                ? c.as(EntityType.ORGANIZATION, null) : c).toList();
    }

    /** Whether the one to {@value #OFFICE_WORDS} words ending at {@code end} name an office held in a body ("chief executive"). */
    private boolean bodyOfficeEndingAt(ParsedSentence s, int end) {
        StringBuilder title = new StringBuilder();
        for (int k = end; k >= Math.max(1, end - OFFICE_WORDS + 1); k--) {
            title.insert(0, s.token(k).word() + (title.length() > 0 ? " " : ""));
            if (gazetteer.isBodyOffice(title.toString())) {
                return true;
            }
        }
        return false;
    }

    /** A one-word name NER took for a person ("Velcor"; a full name is someone's), or a place no gazetteer knows. */
    private static boolean mayBeBody(Candidate c) {
        return (c.type() == EntityType.PERSON && !c.name().contains(" ")) || (c.type() == EntityType.PLACE && c.key() == null);
    }

    private boolean isBodyNoun(Token t) {
        return t.pos().startsWith("NN") && !t.isProperNoun() && gazetteer.isBodyNoun(t.word());
    }

    /** The end of the run of capitalized proper nouns from {@code from} that NER left untagged ("Vexa-Orl" is one). */
    private static int untaggedName(ParsedSentence s, int from, Set<Long> taken) {
        int n = s.tokens().size();
        int j = from;
        while (j <= n) {
            Token t = s.token(j);
            boolean untagged = t.ner().equals("O") && !taken.contains(EntityLayer.key(s.index(), j));
            if (untagged && t.isProperNoun() && Character.isUpperCase(t.word().charAt(0))) {
                j++;
            } else if (untagged && j > from && t.word().equals("-") && j < n && s.token(j + 1).isProperNoun()
                    && s.token(j + 1).ner().equals("O")) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    private boolean bodyName(ParsedSentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = s.token(k).word();
            if (gazetteer.title(w).isPresent() || gazetteer.isHonorific(w) || gazetteer.isLeaderWord(w)) {
                return false;
            }
        }
        if (to <= s.tokens().size()) {
            // NER cut a longer name ("the carrier USS X Y", "Freedonia's Ministry of X"), or the
            // name only qualifies a noun ("Freedonia's Pan-Sylvanian integration", "the company Chairman X")
            Token next = s.token(to);
            boolean nameGoesOn = next.word().equals("of")
                    || next.word().equals("for") && to < s.tokens().size() && Character.isUpperCase(s.token(to + 1).word().charAt(0));
            if (Character.isUpperCase(next.word().charAt(0)) || next.pos().startsWith("NN") || nameGoesOn) {
                return false;
            }
        }
        String name = joined(s, from, to);
        return gazetteer.country(name).isEmpty() && gazetteer.countryByAdjective(name).isEmpty();
    }

    /** How far a team's name may stand from the verb of the match ("Brazil narrowly beat", "drew 1-1 with Mexico"). */
    private static final int TEAM_WINDOW = 4;

    /**
     * "Brazil beat Germany 2-1 in the final": a country's name that plays or beats someone in a
     * sentence about sport is its national team, an organization apart from the country.
     */
    private List<Candidate> teamsApartFromCountries(ParsedText text, List<Candidate> candidates) {
        return candidates.stream().map(c -> {
            if (c.type() != EntityType.COUNTRY || c.from() == c.to()) {
                return c;
            }
            ParsedSentence s = text.sentences().get(c.sentence());
            boolean possessor = c.to() <= s.tokens().size() && s.token(c.to()).pos().equals("POS");
            if (possessor || !aboutSport(s) || !nearSportsVerb(s, c.from(), c.to())) {    // "Japan's team": the country
                return c;
            }
            return c.as(EntityType.ORGANIZATION, null);
        }).toList();
    }

    private boolean aboutSport(ParsedSentence s) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            String w = t.get(i).word();
            if ((gazetteer.isSportsCue(w) && t.get(i).pos().matches("NN.*|VBD|VBN")) || w.matches("\\d{1,3}[-–]\\d{1,3}")) {
                return true;
            }
            // A score CoreNLP split at its dash: "2", "-", "1" written together.
            if (i + 2 < t.size() && w.matches("\\d{1,3}") && t.get(i + 1).word().matches("[-–]")
                    && t.get(i + 2).word().matches("\\d{1,3}")
                    && t.get(i).end() == t.get(i + 1).begin() && t.get(i + 1).end() == t.get(i + 2).begin()) {
                return true;
            }
        }
        return false;
    }

    private boolean nearSportsVerb(ParsedSentence s, int from, int to) {
        for (int i = Math.max(1, from - TEAM_WINDOW); i <= Math.min(s.tokens().size(), to - 1 + TEAM_WINDOW); i++) {
            Token t = s.token(i);
            if (t.pos().startsWith("VB") && gazetteer.isSportsVerb(t.lemma())) {
                return true;
            }
        }
        return false;
    }

    private static boolean allPronouns(ParsedSentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!s.token(i).pos().startsWith("PRP") && !s.token(i).pos().equals("WP")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Names seen only in headline-like lines ("Example Meets ...") are often NER mistakes; keep them
     * only when the article also uses the name in running text, the gazetteer knows it, or it is a
     * person's full name right after a title.
     */
    private List<Candidate> dropHeadlineOnly(ParsedText text, List<Candidate> candidates) {
        Set<String> inBody = new java.util.HashSet<>();
        for (Candidate c : candidates) {
            if (!isHeadline(text.sentences().get(c.sentence()))) {
                inBody.add(Names.fold(c.name()));
                for (String w : Names.fold(c.name()).split(" ")) {
                    inBody.add(w);
                }
            }
        }
        return candidates.stream()
                .filter(c -> c.key() != null || inBody.contains(Names.fold(c.name()))
                        || !isHeadline(text.sentences().get(c.sentence())) || titledFullName(text, c))
                .toList();
    }

    /** "Statement from Press Secretary Ana Example-Sample on ...": a full name right after a title, in a headline too. */
    private boolean titledFullName(ParsedText text, Candidate c) {
        if (c.type() != EntityType.PERSON || !c.name().contains(" ") || c.from() < 2) {
            return false;
        }
        Token before = text.sentences().get(c.sentence()).token(c.from() - 1);
        return before.ner().equals("TITLE") || gazetteer.title(before.word()).isPresent();
    }

    static boolean isHeadline(ParsedSentence s) {
        int words = 0;
        int caps = 0;
        for (Token t : s.tokens()) {
            if (t.word().matches("\\p{L}{4,}")) {      // short words ("of", "and") are lower case in titles
                words++;
                if (Character.isUpperCase(t.word().charAt(0))) {
                    caps++;
                }
            }
        }
        // A sentence that ends like one is running text however many names it holds, and so is one that
        // opens a quotation ("Minister of State for Health Ana Example said:").
        int n = s.tokens().size();
        String last = n == 0 ? "" : s.tokens().get(n - 1).word();
        boolean opensQuote = n > 1 && last.equals(":") && Character.isLowerCase(s.tokens().get(n - 2).word().charAt(0));
        return words >= 3 && caps >= HEADLINE_CAPS * words && !last.matches("[.!?]|''|\"|”") && !opensQuote;
    }

    /**
     * "Overseas Aid Secretary Ana Example": NER often tags the portfolio before a
     * minister's or secretary's title an organization. A name the gazetteer does not know, written
     * only right before "Secretary" or "Minister" in the article, is part of the title, not a body.
     */
    private List<Candidate> dropPortfolios(ParsedText text, List<Candidate> candidates) {
        Map<String, Boolean> onlyBeforeTitle = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.type() != EntityType.ORGANIZATION || c.key() != null) {
                continue;
            }
            ParsedSentence s = text.sentences().get(c.sentence());
            boolean before = c.to() <= s.tokens().size() && s.token(c.to()).word().matches("Secretary|Minister")
                    && !(c.to() + 1 <= s.tokens().size() && s.token(c.to() + 1).word().matches("-|General|-General"));
            onlyBeforeTitle.merge(Names.fold(c.name()), before, Boolean::logicalAnd);
        }
        return candidates.stream().filter(c -> c.type() != EntityType.ORGANIZATION || c.key() != null
                || !onlyBeforeTitle.getOrDefault(Names.fold(c.name()), false)).toList();
    }

    /**
     * An organization or place whose name is a person's name or surname here is that person; but a
     * name NER tags as an organization more often than as a person is the organization's ("Velcor
     * Bank's chairman", once taken for a person, beside two "chairwoman of Velcor Bank").
     */
    private List<Candidate> retypeByPersonNames(List<Candidate> candidates) {
        Map<String, Integer> votes = new HashMap<>();    // folded name -> organization mentions minus person mentions
        for (Candidate c : candidates) {
            if (c.key() == null && (c.type() == EntityType.PERSON || c.type() == EntityType.ORGANIZATION)) {
                votes.merge(Names.fold(c.name()), c.type() == EntityType.ORGANIZATION ? 1 : -1, Integer::sum);
            }
        }
        candidates = candidates.stream().map(c -> c.type() == EntityType.PERSON && votes.getOrDefault(Names.fold(c.name()), 0) > 0
                ? c.as(EntityType.ORGANIZATION, null) : c).toList();
        candidates = retypeCities(candidates);
        Set<String> personNames = new java.util.HashSet<>();
        for (Candidate c : candidates) {
            if (c.type() == EntityType.PERSON) {
                String f = Names.fold(c.name());
                personNames.add(f);
                String[] words = f.split(" ");
                personNames.add(words[words.length - 1]);
            }
        }
        return candidates.stream().map(c -> c.type() != EntityType.PERSON && c.key() == null
                && personNames.contains(Names.fold(c.name()))
                ? c.as(EntityType.PERSON, null) : c).toList();
    }

    /**
     * A one-word "person" that NER tags as a city at least as often here, that the knowledge base
     * knows as a city, and that is no one's surname here, is the city: a town's name alone on a line
     * of a table ("Velmora, Northland" then "Northland") gives NER nothing to go on.
     */
    private List<Candidate> retypeCities(List<Candidate> candidates) {
        Map<String, Integer> votes = new HashMap<>();    // folded one-word name -> city mentions minus person mentions
        Set<String> surnames = new java.util.HashSet<>();
        for (Candidate c : candidates) {
            String f = Names.fold(c.name());
            if (c.type() == EntityType.PERSON && f.contains(" ")) {
                surnames.add(f.substring(f.lastIndexOf(' ') + 1));
            } else if (!f.contains(" ") && (c.type() == EntityType.PERSON || c.type() == EntityType.CITY)) {
                votes.merge(f, c.type() == EntityType.CITY ? 1 : -1, Integer::sum);
            }
        }
        return candidates.stream().map(c -> {
            String f = Names.fold(c.name());
            boolean city = c.type() == EntityType.PERSON && votes.getOrDefault(f, -1) >= 0 && !surnames.contains(f)
                    && !kb.cities(c.name()).isEmpty();
            return city ? c.as(EntityType.CITY, null) : c;
        }).toList();
    }

    /** Mutable accumulator for one entity while grouping. */
    private static final class Group {
        final EntityType type;
        final EntityKey key;
        String name;
        final Set<String> names = new LinkedHashSet<>();
        final List<Mention> mentions = new ArrayList<>();
        final List<int[]> tokens = new ArrayList<>();    // sentence, from, to

        Group(EntityType type, EntityKey key, String name) {
            this.type = type;
            this.key = key;
            this.name = name;
        }

        void add(Candidate c) {
            names.add(c.name());
            mentions.add(c.mention());
            tokens.add(new int[] {c.sentence(), c.from(), c.to()});
        }
    }

    /** The group a candidate of a non-person joins by its own name or key. */
    private static String ownGroup(Candidate c) {
        return c.key() != null ? c.key().toString() : c.type() + ":" + Names.fold(c.name());
    }

    /**
     * "the Defence Laboratory (DL)", "the Africa Centres for Disease Control (Africa CDC)": a body's
     * name in parentheses right after another body's name is that body's other name, here and
     * wherever the article uses it.
     */
    /**
     * "Velcor Group SpA", then "Velcor": organizations whose names are one name with or without a
     * legal form or "Group" ({@code gazetteer/company-suffixes.txt}) are one, named by the longest.
     * Folded name -> the longest one's group key.
     */
    private Map<String, String> shortCompanyNames(List<Candidate> candidates) {
        Map<String, List<Candidate>> byCore = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.type() == EntityType.ORGANIZATION && c.key() == null) {
                byCore.computeIfAbsent(Names.fold(gazetteer.withoutCompanySuffixes(c.name())), k -> new ArrayList<>()).add(c);
            }
        }
        Map<String, String> out = new HashMap<>();
        byCore.values().forEach(members -> {
            Candidate longest = members.stream().max(Comparator.comparingInt((Candidate c) -> c.name().length())).orElseThrow();
            if (members.stream().anyMatch(c -> !Names.fold(c.name()).equals(Names.fold(longest.name())))) {
                members.forEach(c -> out.put(Names.fold(c.name()), ownGroup(longest)));
            }
        });
        return out;
    }

    /**
     * "Velcor said": a one-word name NER took for a person that is a company's name here without its
     * legal form or "Group" ("Velcor Group SpA") is the company's, unless it is a word of a person's
     * full name in the article.
     */
    private List<Candidate> companiesTakenForPersons(List<Candidate> candidates) {
        Set<String> cores = new HashSet<>();
        Set<String> nameWords = new HashSet<>();
        for (Candidate c : candidates) {
            if (c.type() == EntityType.ORGANIZATION && c.key() == null) {
                String core = gazetteer.withoutCompanySuffixes(c.name());
                if (!core.equals(c.name()) && !core.contains(" ")) {
                    cores.add(Names.fold(core));
                }
            }
            if (c.type() == EntityType.PERSON && c.name().contains(" ")) {
                nameWords.addAll(List.of(Names.fold(c.name()).split(" ")));
            }
        }
        cores.removeAll(nameWords);
        return candidates.stream().map(c -> c.type() == EntityType.PERSON && cores.contains(Names.fold(c.name()))
                ? c.as(EntityType.ORGANIZATION, null) : c).toList();
    }

    private static Map<String, String> parentheticalNames(ParsedText text, List<Candidate> candidates) {
        Map<String, String> out = new HashMap<>();
        for (Candidate a : candidates) {
            // the other name as NER left it, untagged: "the Velmora Centre for Marine Research (Velmora CMR)"
            ParsedSentence s = text.sentences().get(a.sentence());
            int n = s.tokens().size();
            if (a.type() == EntityType.ORGANIZATION && a.to() + 1 <= n && s.token(a.to()).word().matches("\\(|-LRB-")) {
                int e = a.to() + 1;
                while (e <= n && s.token(e).ner().equals("O") && s.token(e).isProperNoun()) {
                    e++;
                }
                if (e > a.to() + 1 && e <= n && s.token(e).word().matches("\\)|-RRB-")) {
                    out.put(Names.fold(joined(s, a.to() + 1, e)), ownGroup(a));
                }
            }
        }
        for (Candidate b : candidates) {
            if (b.type() != EntityType.ORGANIZATION || b.from() < 3) {
                continue;
            }
            ParsedSentence s = text.sentences().get(b.sentence());
            boolean enclosed = s.token(b.from() - 1).word().matches("\\(|-LRB-")
                    && b.to() <= s.tokens().size() && s.token(b.to()).word().matches("\\)|-RRB-");
            for (Candidate a : candidates) {
                if (enclosed && a != b && a.sentence() == b.sentence() && a.to() == b.from() - 1
                        && a.type() == EntityType.ORGANIZATION && b.key() == null) {
                    out.put(Names.fold(b.name()), ownGroup(a));
                }
            }
        }
        return out;
    }

    private EntityLayer group(ParsedText text, List<Candidate> candidates) {
        Map<String, String> otherNames = parentheticalNames(text, candidates);
        shortCompanyNames(candidates).forEach(otherNames::putIfAbsent);
        Map<String, Group> groups = new LinkedHashMap<>();
        // Longest person names first, so that a surname finds its full name.
        List<Candidate> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparingInt((Candidate c) -> c.type() == EntityType.PERSON ? -words(c.name()) : 0));
        List<Group> persons = new ArrayList<>();
        for (Candidate c : ordered) {
            String groupKey;
            if (c.key() != null) {
                groupKey = c.key().toString();
            } else if (c.type() == EntityType.PERSON) {
                groupKey = personGroup(persons, c.name(), honorificGender(text.sentences().get(c.sentence()), c.from()));
                if (groupKey == null) {
                    groupKey = "person:" + Names.fold(c.name());
                }
            } else {
                groupKey = c.type() == EntityType.ORGANIZATION ? otherNames.getOrDefault(Names.fold(c.name()), ownGroup(c)) : ownGroup(c);
            }
            Group g = groups.get(groupKey);
            if (g == null) {
                g = new Group(c.type(), c.key(), displayName(c));
                groups.put(groupKey, g);
                if (c.type() == EntityType.PERSON) {
                    persons.add(g);
                }
            } else if (c.type() == EntityType.ORGANIZATION && c.key() != null && Names.fold(c.name()).equals(c.key().value())
                    && !Names.fold(g.name).equals(c.key().value())) {
                g.name = c.name();    // "MCA ... the Maritime and Coastguard Agency": the body is named in full
            }
            g.add(c);
        }
        List<Group> list = new ArrayList<>(withoutCountryShortNames(text, groups.values()));
        list.sort(Comparator.comparingInt((Group g) -> g.mentions.stream().mapToInt(Mention::begin).min().orElse(0)));
        Map<Long, Integer> tokenEntity = new HashMap<>();
        for (int id = 0; id < list.size(); id++) {
            for (int[] t : list.get(id).tokens) {
                for (int i = t[1]; i < t[2]; i++) {
                    tokenEntity.put(EntityLayer.key(t[0], i), id);
                }
            }
        }
        addCoreference(text, list, tokenEntity);
        List<LocalEntity> entities = new ArrayList<>();
        for (int id = 0; id < list.size(); id++) {
            Group g = list.get(id);
            List<Mention> mentions = new ArrayList<>(g.mentions);
            mentions.sort(Comparator.comparingInt(Mention::begin));
            entities.add(new LocalEntity(id, g.type, g.name, g.names, g.key, mentions));
        }
        return new EntityLayer(entities, tokenEntity);
    }

    /**
     * "the Coast Guard" in an article that names "the U.S. Coast Guard": an organization's name that is
     * another one's without the country before it, when only one organization of the article has
     * that name after a country ("the Navy" beside "the U.S. Navy" and "the Indian Navy" stays apart),
     * and the short name is never written after a country of its own (NER often leaves "U.S." out of
     * "the U.S. Navy"). Likewise "the Secretariat" beside one "Technical Secretariat": a one-word name
     * always written after "the" that is the head word of exactly one longer name of a body.
     */
    private List<Group> withoutCountryShortNames(ParsedText text, java.util.Collection<Group> groups) {
        Map<String, List<Group>> byTail = new HashMap<>();
        for (Group g : groups) {
            if (g.type != EntityType.ORGANIZATION || g.key != null) {
                continue;
            }
            for (String n : g.names) {
                String[] w = n.split("\\s+");
                for (int k = 1; k < Math.min(w.length, 4); k++) {
                    String prefix = String.join(" ", java.util.Arrays.copyOfRange(w, 0, k));
                    if (gazetteer.countryExact(prefix).isPresent() || gazetteer.countryByAdjective(prefix).isPresent()) {
                        byTail.computeIfAbsent(Names.fold(String.join(" ", java.util.Arrays.copyOfRange(w, k, w.length))),
                                t -> new ArrayList<>()).add(g);
                    }
                }
                headWord(w).ifPresent(h -> byTail.computeIfAbsent(HEAD + Names.fold(h), t -> new ArrayList<>()).add(g));
            }
        }
        List<Group> out = new ArrayList<>();
        for (Group g : groups) {
            boolean single = g.type == EntityType.ORGANIZATION && g.key == null && g.names.size() == 1;
            List<Group> longer = single ? byTail.getOrDefault(Names.fold(g.name), List.of()).stream().distinct().toList() : List.of();
            if (longer.isEmpty() && single && !g.name.contains(" ") && alwaysDefinite(text, g)) {
                // "the Secretariat" in an article that names one "Technical Secretariat"
                longer = byTail.getOrDefault(HEAD + Names.fold(g.name), List.of()).stream().distinct().filter(x -> x != g).toList();
            }
            if (longer.size() == 1 && longer.get(0) != g && !afterACountry(text, g)) {
                Group into = longer.get(0);
                into.names.addAll(g.names);
                into.mentions.addAll(g.mentions);
                into.tokens.addAll(g.tokens);
            } else {
                out.add(g);
            }
        }
        return out;
    }

    /** Marks a head word's key apart from a name's key in {@link #withoutCountryShortNames}. */
    private static final String HEAD = "head:";

    /**
     * The head word of a body's name of two or more words: its last word before "of", "for", "to" or
     * "on" ("Coalition" of "Global Coalition to Defeat X"), else its last word ("Technical Secretariat").
     */
    private static Optional<String> headWord(String[] words) {
        int end = 0;
        while (end < words.length && !words[end].matches("of|for|to|on")) {
            end++;
        }
        return end >= 2 ? Optional.of(words[end - 1]) : Optional.empty();
    }

    /** Whether every mention of the group follows "the": a short name that refers back ("the Secretariat"). */
    private static boolean alwaysDefinite(ParsedText text, Group g) {
        return g.tokens.stream().allMatch(t -> t[1] > 1 && text.sentences().get(t[0]).token(t[1] - 1).word().equalsIgnoreCase("the"));
    }

    private boolean afterACountry(ParsedText text, Group g) {
        for (int[] t : g.tokens) {
            if (t[1] > 1) {
                Token before = text.sentences().get(t[0]).token(t[1] - 1);
                if (before.ner().matches("COUNTRY|NATIONALITY") || gazetteer.country(before.word()).isPresent()
                        || gazetteer.countryByAdjective(before.word()).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    private String displayName(Candidate c) {
        if (c.key() != null && c.key().kind() == EntityKey.Kind.COUNTRY) {
            return gazetteer.country(c.name()).map(Gazetteer.Country::name).orElse(c.name());
        }
        if (c.key() != null && c.key().kind() == EntityKey.Kind.ORGANIZATION) {
            return gazetteer.organization(c.name()).map(Gazetteer.Organization::name).orElse(c.name());
        }
        return c.name();
    }

    /** The gender the honorific right before a name says ("Mr. Example": male). */
    private Optional<String> honorificGender(ParsedSentence s, int from) {
        int k = from - 1;
        if (k >= 1 && s.token(k).word().equals(".")) {
            k--;
        }
        return k >= 1 ? gazetteer.honorificGender(s.token(k).word().replace(".", "")) : Optional.empty();
    }

    /**
     * The group a person's name belongs to: same full name, or the one full name with this
     * surname/given name. Of several, the one whose given name has the gender the honorific says
     * ("Mr Example" beside Ivo and Ana Example), when none of the others' has it.
     */
    private static String personGroup(List<Group> persons, String name, Optional<String> gender) {
        String f = Names.fold(name);
        String[] w = f.split(" ");
        List<Group> matches = new ArrayList<>();
        for (Group g : persons) {
            String gf = Names.fold(g.name);
            String[] gw = gf.split(" ");
            boolean same = gf.equals(f)
                    || (w.length == 1 && gw[0].equals(w[0]))
                    || (w.length < gw.length && gf.endsWith(" " + f))    // "Mensah-Boateng", "Boateng"
                    || (w.length == 1 && gw.length > 2 && java.util.Arrays.asList(gw).subList(1, gw.length - 1).contains(w[0]))
                    || (w.length > 1 && gw.length > 1 && gw[0].equals(w[0]) && gw[gw.length - 1].equals(w[w.length - 1]));
            if (same) {
                matches.add(g);
            }
        }
        if (matches.size() > 1 && gender.isPresent()) {
            matches = matches.stream().filter(g -> NameGenders.of(g.name.split(" ")[0]).equals(gender)).toList();
        }
        return matches.size() == 1 ? "person:" + Names.fold(matches.get(0).name) : null;
    }

    private static String joined(ParsedSentence s, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append(i > from ? " " : "").append(s.token(i).word());
        }
        return b.toString();
    }

    private static int words(String s) {
        return s.trim().split("\\s+").length;
    }

    /**
     * Whether another country or body of the entity's type is named in the sentence between the
     * entity's last name there (or the sentence's start) and the pronoun at {@code pronoun}: a
     * non-person "it" is read as the nearest such name or not at all.
     */
    private static boolean nearerOfItsKind(ParsedSentence s, int pronoun, int id, List<Group> groups, Map<Long, Integer> tokenEntity) {
        for (int i = pronoun - 1; i >= 1; i--) {
            Integer other = tokenEntity.get(EntityLayer.key(s.index(), i));
            if (other == null) {
                continue;
            }
            if (other == id) {
                return false;
            }
            if (groups.get(other).type == groups.get(id).type) {
                return true;
            }
        }
        return false;
    }

    /**
     * A coreference chain whose named mentions belong to one entity (or to one by a clear majority)
     * lends that entity its other mentions (pronouns, "the prime minister"); chains that mix
     * entities more evenly are ignored.
     */
    private void addCoreference(ParsedText text, List<Group> groups, Map<Long, Integer> tokenEntity) {
        String doc = text.document().text();
        for (List<CorefSpan> chain : text.corefChains()) {
            Map<Integer, Integer> votes = new HashMap<>();
            for (CorefSpan m : chain) {
                Set<Integer> inMention = new LinkedHashSet<>();
                for (int i = m.from(); i < m.to(); i++) {
                    Integer id = tokenEntity.get(EntityLayer.key(m.sentence(), i));
                    if (id != null) {
                        inMention.add(id);
                    }
                }
                // "France and Japan ... the deal": a mention of two entities speaks of a group, so it
                // votes for neither; a chain with only such mentions is nobody's.
                if (inMention.size() == 1) {
                    votes.merge(inMention.iterator().next(), 1, Integer::sum);
                }
            }
            // CoreNLP's statistical coref sometimes folds a second person into a long chain; the
            // chain still speaks of its clear majority (three quarters of its named mentions).
            int total = votes.values().stream().mapToInt(Integer::intValue).sum();
            Map.Entry<Integer, Integer> top = votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(null);
            if (top == null || (votes.size() > 1 && (total < 4 || top.getValue() * 4 < total * 3))) {
                continue;
            }
            int id = top.getKey();
            Group g = groups.get(id);
            if (g.type != EntityType.PERSON && g.type != EntityType.ORGANIZATION && g.type != EntityType.COUNTRY) {
                continue;
            }
            for (CorefSpan m : chain) {
                boolean named = false;
                for (int i = m.from(); i < m.to() && !named; i++) {
                    named = tokenEntity.containsKey(EntityLayer.key(m.sentence(), i));
                }
                if (named) {
                    continue;
                }
                ParsedSentence s = text.sentences().get(m.sentence());
                if (m.to() - 1 > s.tokens().size()) {
                    continue;
                }
                // Only the head of a nominal mention stands for the entity; a pronoun is its own head.
                int head = m.to() - 1;
                if (!m.pronoun() && gazetteer.isAgreementHead(s.token(head).word())) {
                    continue;    // "the pact" is an agreement, whatever chain coreference put it in
                }
                if (m.pronoun() && g.type == EntityType.ORGANIZATION
                        && s.token(head).word().toLowerCase(Locale.ROOT).matches("we|us|our|ours|ourselves")) {
                    continue;    // a speaker's "we" is their government or team, seldom the body a chain joins it to
                }
                if (m.pronoun() && g.type != EntityType.PERSON && nearerOfItsKind(s, m.from(), id, groups, tokenEntity)) {
                    continue;    // "X backs Y as it defends itself": "it" may be either; coreference guesses
                }
                tokenEntity.put(EntityLayer.key(m.sentence(), head), id);
                if (m.pronoun() && !s.token(head).word().toLowerCase(Locale.ROOT).matches("it|its|they|them|their")
                        || g.type == EntityType.PERSON) {
                    g.mentions.add(new Mention(m.sentence(), s.token(m.from()).begin(), s.token(m.to() - 1).end(),
                            s.span(doc, m.from(), m.to())));
                }
            }
        }
    }
}
