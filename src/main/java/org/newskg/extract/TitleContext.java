package org.newskg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newskg.kb.GivenNames;
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
 * Gives a title without a country its country from what the article does not say but makes plain:
 * the knowledge base knows the title's holder (by full name) as holding such an office in a country
 * the article mentions ("Secretary Ana Example", a foreign minister of that country: extractor
 * {@code title-kb}); else the dateline names a city the knowledge base places in one country the
 * article mentions ("OSLO - Prime Minister Ana Example ..."), or names that country, and the
 * knowledge base, if it knows the person as an office holder, knows them there ({@code title-context}).
 * A title the knowledge base knows as an office of few countries, one of which the article mentions,
 * gives that country ("Deputy Secretary of State X" in an article that names the United States:
 * {@code title-kb-office}).
 * Only for people the article gives no other country or organization, with its own extractor name
 * and a lower confidence than a title that names its country.
 * <p>
 * Last, the article's own government ({@code title-home}): news names its own officials without their
 * country and foreign ones with it ("Under Secretary X" beside "the Freedonian Minister Y"). When the
 * titles above that an office of few countries or the dateline placed all point to one country (the
 * officials' ones, else the leaders' too), an official's title left without a country is that
 * country's. A holder the knowledge base knows by name says nothing of whose article it is, and a
 * leader's title is never given a country this way ("President X" is as often foreign). When no
 * title is placed at all, a country that is the subject of the headline's main verb ("Freedonia
 * wins a larger fishing quota") is the article's own.
 */
final class TitleContext implements Extractor {
    static final String EXTRACTOR = "title-context";
    /** A title whose holder the knowledge base knows in a country the article mentions. */
    static final String KB_EXTRACTOR = "title-kb";
    /** A title that the knowledge base knows as an office of few countries, one of them the article's. */
    static final String KB_OFFICE_EXTRACTOR = "title-kb-office";
    /** A minister's or official's title in an article whose other such titles all belong to one government. */
    static final String HOME_EXTRACTOR = "title-home";
    /** At most this many countries may have an office of the title for the article's mention to pick one. */
    private static final int MAX_OFFICE_COUNTRIES = 3;
    /** Words of rank before an office that keep the office's country: "Deputy Secretary of State". */
    private static final Set<String> RANKS = Set.of("deputy", "under", "assistant", "acting", "principal", "senior",
            "associate", "vice", "first");
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
        return EnumSet.of(Need.TOKENS, Need.DEPENDENCIES, Need.ENTITIES, Need.TITLES);
    }

    @Override
    public Set<Need> provides() {
        return EnumSet.of(Need.TITLE_CONTEXT);
    }

    @Override
    public Extraction apply(ParsedText text, Extraction sofar) {
        EntityLayer layer = sofar.layer();
        Optional<LocalEntity> dateline = articleCountry(text, sofar.layer());
        Set<Integer> placed = new HashSet<>();    // people the article already attaches to a country or organization
        for (Assertion a : sofar.assertions()) {
            if (a.relation() == Relation.LEADER_OF || a.relation() == Relation.MEMBER_OF) {
                placed.add(a.subject());
            }
        }
        List<Assertion> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        Set<Integer> officialVotes = new HashSet<>();    // countries the titles placed here point to
        Set<Integer> leaderVotes = new HashSet<>();
        Set<Integer> placedHere = new HashSet<>();
        List<Assertion> officials = new ArrayList<>();    // officials' titles left without a country
        for (Assertion a : sofar.assertions()) {
            if (a.relation() != Relation.HOLDS_TITLE || placed.contains(a.subject())) {
                continue;
            }
            Optional<Gazetteer.Title> office = titles.officeOf(a.literal()).filter(t -> !t.scope().equals("organization"));
            if (office.isEmpty()) {
                continue;
            }
            LocalEntity person = sofar.layer().entities().get(a.subject());
            // The knowledge base's office holder of that name, in a country the article mentions, or
            // in office at the article's date in one country only; else the dateline's.
            Optional<LocalEntity> country = heldIn(person, office.get(), layer);
            Optional<LocalDate> day = text.document().published();
            Set<String> heldOnTheDay = day.isPresent() ? held(person, office.get(), day.get()) : Set.of();
            Set<String> onTheDay = heldOnTheDay.isEmpty() && day.isPresent() ? heldBySurname(person, a, office.get(), day.get()) : heldOnTheDay;
            if (country.isEmpty() && onTheDay.size() == 1) {
                layer = withCountry(layer, onTheDay.iterator().next());
                country = layer.entities().stream().filter(e -> EntityKey.country(onTheDay.iterator().next()).equals(e.key())).findFirst();
            }
            String extractor = KB_EXTRACTOR;
            double confidence = 0.7;
            boolean ranked = false;
            if (country.isEmpty()) {
                String[] w = a.literal().split("\\s+");
                int from = 0;
                while (from < w.length - 1 && RANKS.contains(w[from].toLowerCase(java.util.Locale.ROOT))) {
                    from++;
                }
                country = officeCountry(String.join(" ", java.util.Arrays.copyOfRange(w, from, w.length)), layer);
                ranked = from > 0;
                extractor = KB_OFFICE_EXTRACTOR;
                confidence = 0.6;
            }
            if (country.isEmpty()) {
                if (dateline.isEmpty() || !kbAgrees(person, dateline.get())) {
                    if (!office.get().leader()) {
                        officials.add(a);
                    }
                    continue;    // "WASHINGTON - ... President X", where X heads another country
                }
                country = dateline;
                extractor = EXTRACTOR;
                confidence = 0.6;
            }
            Relation r = office.get().leader() && !ranked ? Relation.LEADER_OF : Relation.MEMBER_OF;
            if (!extractor.equals(KB_EXTRACTOR)) {
                // a person the knowledge base knows by name is as often foreign: only an office or a dateline says "ours"
                (r == Relation.LEADER_OF ? leaderVotes : officialVotes).add(country.get().id());
            }
            placedHere.add(a.subject());
            if (done.add(a.subject() + " " + r + " " + a.evidence().sentence())) {
                out.add(Assertion.between(a.subject(), r, country.get().id(), a.evidence().withExtractor(extractor, confidence)));
            }
        }
        Set<Integer> votes = new HashSet<>(officialVotes);    // mutable: see headlineSubject
        votes.addAll(leaderVotes);
        if (votes.size() != 1) {
            votes = officialVotes;
        }
        if (votes.isEmpty()) {
            headlineSubject(text, layer).ifPresent(votes::add);
        }
        Optional<Integer> own = votes.size() == 1 ? Optional.of(votes.iterator().next()) : Optional.empty();
        if (own.isPresent()) {
            int home = own.get();
            LocalEntity country = layer.entities().get(home);
            for (Assertion a : officials) {
                if (!placedHere.contains(a.subject()) && kbAgrees(layer.entities().get(a.subject()), country)
                        && done.add(a.subject() + " " + Relation.MEMBER_OF + " " + a.evidence().sentence())) {
                    out.add(Assertion.between(a.subject(), Relation.MEMBER_OF, home,
                            a.evidence().withExtractor(HOME_EXTRACTOR, 0.5)));
                }
            }
        }
        return sofar.withLayer(layer).plus(out).withHome(own);
    }

    /**
     * "Freedonia wins a larger fishing quota": the country that is the subject of the headline's main
     * verb, when no title placed by an office or a dateline says whose the article is. Government
     * releases put their own country there.
     */
    private static Optional<Integer> headlineSubject(ParsedText text, EntityLayer layer) {
        if (text.sentences().isEmpty() || text.sentences().get(0).deps() == null) {
            return Optional.empty();
        }
        ParsedSentence s = text.sentences().get(0);
        SemanticGraph g = s.deps();
        for (IndexedWord root : g.getRoots()) {
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(root)) {
                if (e.getRelation().toString().equals("nsubj")) {
                    Optional<LocalEntity> c = layer.at(s.index(), e.getDependent().index()).filter(x -> x.type() == EntityType.COUNTRY);
                    if (c.isPresent()) {
                        return Optional.of(c.get().id());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The countries whose such office (a leader's title: head of state or government; another: a
     * minister) the knowledge base knows this person, by full name, to hold: on {@code day}, or ever
     * when it is null.
     */
    private Set<String> held(LocalEntity person, Gazetteer.Title title, LocalDate day) {
        Set<String> codes = new HashSet<>();
        for (String n : person.names()) {
            for (KnowledgeBase.Holding h : holdingsOf(n)) {
                boolean leads = h.office().startsWith("head of") || h.office().equals("other leader");
                if (leads == title.leader() && !h.iso2().isEmpty() && (day == null || h.covers(day))) {
                    codes.add(h.iso2());
                }
            }
        }
        return codes;
    }

    /**
     * "President Example" in an article of 2004: the countries of the knowledge base's holders with
     * that surname whose office the title names (or is: "foreign minister") and who held it on the
     * article's day (for "former", before it). Only for a person the article names by one word; a
     * full name is matched in full.
     */
    private Set<String> heldBySurname(LocalEntity person, Assertion title, Gazetteer.Title office, LocalDate day) {
        if (person.names().stream().anyMatch(n -> n.contains(" "))) {
            return Set.of();
        }
        Set<String> codes = new HashSet<>();
        for (KnowledgeBase.Holding h : kb.holdingsBySurname(person.name())) {
            boolean named = h.officeNamed(title.literal()) || h.office().equals(office.text());    // "Foreign Minister"
            if (named && h.heldAsOf(day, title.evidence().tenure())) {
                codes.add(h.iso2());
            }
        }
        return codes;
    }

    /**
     * The country of an office that the knowledge base knows by this title in at most
     * {@value #MAX_OFFICE_COUNTRIES} countries ("Secretary of State": the United States and Puerto Rico),
     * when the article mentions exactly one of them. A title many countries share ("President",
     * "Prime Minister") says nothing here.
     */
    private Optional<LocalEntity> officeCountry(String title, EntityLayer layer) {
        int portfolio = title.indexOf(" for ");
        // "Secretary of State for European Affairs": the office, then what it is for
        Set<String> codes = !kb.countriesOfOffice(title).isEmpty() || portfolio < 0 ? kb.countriesOfOffice(title)
                : kb.countriesOfOffice(title.substring(0, portfolio));
        if (codes.isEmpty() || codes.size() > MAX_OFFICE_COUNTRIES) {
            return Optional.empty();
        }
        List<LocalEntity> here = layer.entities().stream().filter(e -> e.type() == EntityType.COUNTRY && e.key() != null
                && e.key().kind() == EntityKey.Kind.COUNTRY && codes.contains(e.key().value())).toList();
        return here.size() == 1 ? Optional.of(here.get(0)) : Optional.empty();
    }

    /** The layer with the country of this code among the article's entities (it has no mention: the text does not name it). */
    private EntityLayer withCountry(EntityLayer layer, String code) {
        EntityKey key = EntityKey.country(code);
        if (layer.entities().stream().anyMatch(e -> key.equals(e.key()))) {
            return layer;
        }
        String name = kb.country(code).map(KnowledgeBase.Country::name).orElse(code);
        List<LocalEntity> es = new ArrayList<>(layer.entities());
        es.add(new LocalEntity(es.size(), EntityType.COUNTRY, name, Set.of(name), key, List.of()));
        return new EntityLayer(es, layer.tokenEntity(), layer.mainAgreement());
    }

    /**
     * The country the knowledge base knows this person to hold such an office in (a leader's title:
     * head of state or government; another title: a minister), when the article mentions it and it
     * is the only one. Names match in full, or by given name and surname ("Ana B. Example").
     */
    private Optional<LocalEntity> heldIn(LocalEntity person, Gazetteer.Title title, EntityLayer layer) {
        Set<String> codes = held(person, title, null);
        List<LocalEntity> here = layer.entities().stream().filter(e -> e.type() == EntityType.COUNTRY && e.key() != null
                && e.key().kind() == EntityKey.Kind.COUNTRY && codes.contains(e.key().value())).toList();
        return here.size() == 1 ? Optional.of(here.get(0)) : Optional.empty();
    }

    /**
     * The knowledge base's holdings of a full name: as written, by given name and surname ("Ana B.
     * Example"), and by a nickname or its given name with the surname ("Joseph R. Example" for "Joe
     * Example").
     */
    private List<KnowledgeBase.Holding> holdingsOf(String name) {
        String[] w = name.split("\\s+");
        if (w.length < 2) {
            return List.of();
        }
        List<KnowledgeBase.Holding> hs = new ArrayList<>(kb.holdings(name));
        if (w.length > 2) {
            hs.addAll(kb.holdings(w[0] + " " + w[w.length - 1]));
        }
        if (hs.isEmpty()) {
            String given = org.newskg.model.Names.fold(w[0]);
            for (KnowledgeBase.Holding h : kb.holdingsBySurname(w[w.length - 1])) {
                String[] hw = h.name().split("\\s+");
                if (hw.length >= 2 && GivenNames.compatible(given, org.newskg.model.Names.fold(hw[0]))) {
                    hs.add(h);
                }
            }
        }
        return hs;
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
            Set<String> codes = kb.countriesOfCity(place);
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
