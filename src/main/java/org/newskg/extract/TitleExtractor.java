package org.newskg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newskg.model.Assertion;
import org.newskg.model.EntityType;
import org.newskg.model.Evidence;
import org.newskg.model.Factuality;
import org.newskg.model.LocalEntity;
import org.newskg.model.Names;
import org.newskg.model.OfficeTime;
import org.newskg.model.Relation;
import org.newskg.nlp.ParsedSentence;
import org.newskg.nlp.ParsedText;
import org.newskg.nlp.Token;

/**
 * Titles next to names: "Japanese Prime Minister Ana Example", "the president of Freedonia, Ana
 * Example", "Ana Example, the foreign minister of Freedonia". Gives holdsTitle, and leaderOf or
 * memberOf the country or organization the title is of (by the gazetteer's role for the title).
 * The title must touch the name: a title elsewhere in the sentence may belong to someone else.
 */
public final class TitleExtractor implements Extractor {
    private static final String EXTRACTOR = "title-name";
    /** Words that say a person leads something but are no office's title ("former leader X"). */
    private final Gazetteer gazetteer;
    private final FactualityReader factuality = FactualityReader.load();

    public TitleExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * A title phrase: tokens [from, to) of a sentence, its text, and the country/org it is of;
     * {@code ofInside} when the title itself names it ("Secretary of the Navy").
     */
    record TitlePhrase(int from, int to, String text, Optional<LocalEntity> of, boolean ofInside) {
        TitlePhrase withOwner(Optional<LocalEntity> owner) {
            return new TitlePhrase(from, to, text, owner, false);
        }
    }

    /** How many words a portfolio may run between its title word and the name ("for Peace and Security Affairs"). */
    private static final int PORTFOLIO_WORDS = 10;

    @Override
    public String name() {
        return "titles";
    }

    @Override
    public Set<Need> requires() {
        return EnumSet.of(Need.TOKENS, Need.NER, Need.DEPENDENCIES, Need.ENTITIES);
    }

    @Override
    public Set<Need> provides() {
        return EnumSet.of(Need.TITLES);
    }

    @Override
    public Extraction apply(ParsedText text, Extraction sofar) {
        EntityLayer layer = withOwnerAdjectives(text, sofar.layer());
        return sofar.withLayer(layer).plus(extract(text, layer));
    }

    /** "French Foreign Minister Ana Example" in an article that never names France: see {@link AdjectiveCountries}. */
    EntityLayer withOwnerAdjectives(ParsedText text, EntityLayer layer) {
        return AdjectiveCountries.owning(text, layer, gazetteer, trial -> extract(text, trial));
    }

    List<Assertion> extract(ParsedText text, EntityLayer layer) {
        List<Assertion> out = new ArrayList<>();
        for (ParsedSentence s : text.sentences()) {
            int n = s.tokens().size();
            // whose title each name's title before it was, by the name's last token
            Map<Integer, LocalEntity> ownerOfNameEndingAt = new HashMap<>();
            for (int i = 1; i <= n; i++) {
                Optional<LocalEntity> person = nameAt(s, layer, i);
                boolean startOfName = person.isPresent() && (i == 1 || !nameAt(s, layer, i - 1).equals(person));
                if (!startOfName) {
                    continue;
                }
                int e = i;
                while (e <= n && nameAt(s, layer, e).equals(person)) {
                    e++;
                }
                final int from = i;
                final int end = e;
                // Title before the name, optionally with a comma between: "Prime Minister, Ana Example".
                int t = i - 1;
                // "Emir Sheikh X", "Prime Minister Sir X": a courtesy title is no office; the office before it is the title
                while (t >= 1 && gazetteer.isHonorific(s.token(t).word())) {
                    t--;
                }
                boolean comma = t >= 1 && s.token(t).word().equals(",");
                if (comma) {
                    t--;
                }
                Optional<LocalEntity> after = ownerAfter(s, layer, end);
                Optional<TitlePhrase> before = titleEndingAt(s, layer, t)
                        // A title word inside the name ("Ali bin Sultan bin Example": "Sultan" there is part of the name) is no title of it.
                        .filter(tp -> !layer.at(s.index(), tp.from() - 1).equals(person))
                        // "A, Minister of X, B": the title is A's apposition, not B's.
                        .filter(tp -> !(comma && appositionOfNameBefore(s, layer, tp.from())))
                        // "President Ana Example of Freedonia"; but a title with a portfolio of its own ("First
                        // Minister of Velmora Ana Example at Example House") is not of what follows the name
                        .map(tp -> tp.of().isEmpty() && after.isPresent() && !tp.text().matches(".* (of|for) .*") ? tp.withOwner(after) : tp);
                if (before.isPresent()) {
                    TitlePhrase tp = before.get();
                    // "Deputy Prime Minister for EU Funds and Minister of Finance Ana Example": both are hers
                    // (but in "Assistant to the President and National Security Advisor Ana Example" the
                    // first is the object of "to", no office of hers)
                    // "Chief of the Naval Staff, Vice Admiral Ana Example": an office, then a rank, both hers
                    Optional<TitlePhrase> first = tp.from() > 2 && s.token(tp.from() - 1).word().equals("and")
                            ? titleEndingAt(s, layer, tp.from() - 2).filter(f -> !objectOfPreposition(s, f.from()))
                            : !comma && tp.from() > 2 && s.token(tp.from() - 1).word().equals(",")
                            ? titleEndingAt(s, layer, tp.from() - 2).filter(f -> !objectOfPreposition(s, f.from())
                                    && !appositionOfNameBefore(s, layer, f.from()))
                            : Optional.empty();
                    if (first.isPresent()) {
                        emit(out, text, s, person.get(), first.get(), from, end);
                        if (tp.of().isEmpty()) {
                            tp = tp.withOwner(first.get().of());
                        }
                    } else if (tp.of().isEmpty()) {
                        tp = tp.withOwner(sharedOwner(s, tp, ownerOfNameEndingAt));
                    }
                    emit(out, text, s, person.get(), tp, from, end);
                    tp.of().ifPresent(o -> ownerOfNameEndingAt.put(end - 1, o));
                }
                // Title after the name: "Ana Example, the prime minister of Freedonia".
                if (end <= n && s.token(end).word().equals(",")) {
                    titleStartingAt(s, layer, end + 1).ifPresent(tp -> emit(out, text, s, person.get(), tp, from, end));
                    // "Ana Example, who is the chief executive of Velcor," (the parser often gets the
                    // clause wrong); "who was" makes it a former office
                    if (end + 3 <= n && s.token(end + 1).word().equalsIgnoreCase("who") && s.token(end + 2).word().matches("is|was")) {
                        OfficeTime held = s.token(end + 2).word().equals("was") ? OfficeTime.FORMER : null;
                        titleStartingAt(s, layer, end + 3).ifPresent(tp -> emit(out, text, s, person.get(), tp, from, end, held));
                    }
                }
            }
            predicated(text, s, layer, out);
            plural(text, s, layer, out);
        }
        return out;
    }

    /**
     * "Freedonian ministers Ana Example and Ivo Sample", "French officials Ana Example, ..., and Ivo
     * Sample": each listed person is a member of the owner named before a plural title (only a listed
     * title, read in the singular; a leader's title needs one holder).
     */
    private void plural(ParsedText text, ParsedSentence s, EntityLayer layer, List<Assertion> out) {
        if (s.deps() == null) {
            return;
        }
        for (int i = 1; i < s.tokens().size(); i++) {
            Token t = s.token(i);
            Optional<LocalEntity> first = nameAt(s, layer, i + 1);
            if (!t.pos().equals("NNS") || first.isEmpty() || layer.at(s.index(), i).isPresent()) {
                continue;
            }
            Optional<Gazetteer.Title> title = gazetteer.title(t.lemma());
            Optional<LocalEntity> owner = ownerLeftOf(s, layer, i);
            if (title.isEmpty() || title.get().leader() || owner.isEmpty()) {
                continue;
            }
            String singular = Character.toUpperCase(t.lemma().charAt(0)) + t.lemma().substring(1);
            TitlePhrase tp = new TitlePhrase(i, i + 1, singular, owner, false);
            Map<Integer, Integer> nameEnd = new HashMap<>();    // each listed person, at the first token of its name
            int e = i + 1;
            while (e <= s.tokens().size() && nameAt(s, layer, e).equals(first)) {
                e++;
            }
            nameEnd.put(i + 1, e);
            // the others joined to the first by "and" (an apposition between them is skipped by the parser)
            IndexedWord head = s.deps().getNodeByIndexSafe(e - 1);
            if (head != null) {
                for (SemanticGraphEdge edge : s.deps().outgoingEdgeIterable(head)) {
                    if (!edge.getRelation().toString().equals("conj:and")) {
                        continue;
                    }
                    int k = edge.getDependent().index();
                    Optional<LocalEntity> other = nameAt(s, layer, k);
                    if (other.isPresent() && !other.equals(first)) {
                        int from = k;
                        while (from > 1 && nameAt(s, layer, from - 1).equals(other)) {
                            from--;
                        }
                        nameEnd.put(from, k + 1);
                    }
                }
            }
            // the membership only: "officials" says whose they are, not what office each holds
            List<Assertion> each = new ArrayList<>();
            nameEnd.forEach((from, to) -> emit(each, text, s, nameAt(s, layer, from).get(), tp, from, to));
            each.stream().filter(a -> a.relation() != Relation.HOLDS_TITLE).forEach(out::add);
        }
    }

    /**
     * Titles said of a person by a verb ({@code gazetteer/office-verbs.txt}) or a copula rather than
     * written next to the name: "X was appointed foreign minister of Freedonia in 2004", "X became
     * Freedonia's president", "X is the Freedonian trade minister". Only offices the gazetteer lists ("has been the deal's critic" holds
     * none), and only what the sentence asserts (not "will be appointed", "could become"); a past
     * copula or a past "served as" makes the office a former one.
     */
    private void predicated(ParsedText text, ParsedSentence s, EntityLayer layer, List<Assertion> out) {
        SemanticGraph g = s.deps();
        if (g == null) {
            return;
        }
        int n = s.tokens().size();
        for (int t = 1; t <= n; t++) {
            if (!isTitleWord(s, t) || (t < n && isTitleWord(s, t + 1)) || layer.at(s.index(), t).isPresent()) {
                continue;    // the last word of a title that no name claims
            }
            IndexedWord title = g.getNodeByIndexSafe(t);
            if (title == null) {
                continue;
            }
            IndexedWord trigger = null;
            IndexedWord subject = null;
            boolean past = false;
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(title)) {
                if (e.getRelation().toString().equals("cop")) {    // "X is (was) the trade minister"
                    trigger = title;
                    past = "VBD".equals(e.getDependent().tag());
                    subject = dependent(g, title, "nsubj");
                }
            }
            for (SemanticGraphEdge e : g.incomingEdgeIterable(title)) {
                String rel = e.getRelation().toString();
                IndexedWord v = e.getGovernor();
                boolean complement = rel.equals("xcomp") || rel.equals("obl:as")
                        || (rel.equals("obj") && dependent(g, v, "nsubj:pass") != null);
                if (trigger == null && complement && gazetteer.isOfficeVerb(v.lemma())) {
                    trigger = v;
                    past = v.lemma().equalsIgnoreCase("serve") && "VBD".equals(v.tag());
                    subject = dependent(g, v, "nsubj:pass") != null ? dependent(g, v, "nsubj:pass") : dependent(g, v, "nsubj");
                }
            }
            if (subject == null) {
                continue;
            }
            Optional<LocalEntity> person = layer.at(s.index(), subject.index()).filter(x -> x.type() == EntityType.PERSON);
            Optional<TitlePhrase> phrase = titleEndingAt(s, layer, t);
            if (phrase.isEmpty() || officeOf(phrase.get().text()).isEmpty()) {
                continue;    // "the deal's critic": no office
            }
            TitlePhrase tp = phrase.get();
            if (tp.of().isEmpty()) {
                // "president of Freedonia"; "Governor of Montserrat": right after the office, a place too
                // (emit gives a place only to a leader's office)
                Optional<LocalEntity> owner = ownerAfter(s, layer, t + 1);
                tp = tp.withOwner(owner.isPresent() ? owner : placeAfter(s, layer, t + 1));
            }
            Factuality.Status status = factuality.read(s, trigger, layer, text.document().published()).status();
            Optional<IndexedWord> predecessor = predecessor(s, layer, g, trigger);
            if (predecessor.isPresent()) {
                emitHeld(out, text, s, layer, predecessor.get(), tp,
                        status == Factuality.Status.ASSERTED && "VBD".equals(trigger.tag()) ? OfficeTime.FORMER : null);
            }
            if (person.isEmpty() || status != Factuality.Status.ASSERTED) {
                continue;
            }
            int from = layer.mentionStart(s.index(), subject.index());
            // "X has been named governor ... She is due to take up the post in May": not yet in office
            OfficeTime held = past ? OfficeTime.FORMER
                    : APPOINTING.contains(trigger.lemma().toLowerCase(Locale.ROOT)) && takesUpLater(text, layer, person.get()) ? OfficeTime.FUTURE : null;
            emit(out, text, s, person.get(), tp, from, layer.mentionEnd(s.index(), subject.index()), held);
        }
    }

    /** Verbs of choosing someone for an office, which may come months before the office is taken up. */
    private static final Set<String> APPOINTING = Set.of("appoint", "name", "choose", "select", "nominate");

    /** Whether the article says the person will take up (or is expected to take up) a post, not yet taken. */
    private boolean takesUpLater(ParsedText text, EntityLayer layer, LocalEntity person) {
        for (ParsedSentence s : text.sentences()) {
            SemanticGraph g = s.deps();
            for (IndexedWord w : g.vertexSet()) {
                if (!"take".equalsIgnoreCase(w.lemma()) || g.outgoingEdgeList(w).stream().noneMatch(e -> e.getRelation().toString()
                        .equals("compound:prt") && e.getDependent().word().equalsIgnoreCase("up"))) {
                    continue;
                }
                IndexedWord subject = dependent(g, w, "nsubj");
                subject = subject != null ? subject : dependent(g, w, "nsubj:xsubj");
                if (subject != null && layer.at(s.index(), subject.index()).equals(Optional.of(person))
                        && factuality.read(s, w, layer, text.document().published()).status() == Factuality.Status.PLANNED) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "X is to succeed Ana Example as Governor of Y", "X replaced Ana Example as chief executive", "X
     * was appointed Governor of Y in succession to Ana Example": the one succeeded holds (or, once the
     * succession is told as done, held) the office, whether or not the successor's taking of it is only
     * planned.
     */
    private static Optional<IndexedWord> predecessor(ParsedSentence s, EntityLayer layer, SemanticGraph g, IndexedWord trigger) {
        // "was appointed Governor in succession to Ana Example"
        IndexedWord succession = dependent(g, trigger, "obl:in");
        if (succession != null && succession.word().equalsIgnoreCase("succession")) {
            IndexedWord to = dependent(g, succession, "nmod:to");
            if (to != null && layer.at(s.index(), to.index()).filter(x -> x.type() == EntityType.PERSON).isPresent()) {
                return Optional.of(to);
            }
        }
        if (!trigger.lemma().matches("(?i)succeed|replace")) {
            return Optional.empty();
        }
        IndexedWord o = dependent(g, trigger, "obj");
        return o != null && layer.at(s.index(), o.index()).filter(x -> x.type() == EntityType.PERSON).isPresent()
                ? Optional.of(o) : Optional.empty();
    }

    private void emitHeld(List<Assertion> out, ParsedText text, ParsedSentence s, EntityLayer layer, IndexedWord who,
                          TitlePhrase tp, OfficeTime held) {
        LocalEntity person = layer.at(s.index(), who.index()).orElseThrow();
        emit(out, text, s, person, tp, layer.mentionStart(s.index(), who.index()), layer.mentionEnd(s.index(), who.index()), held);
    }

    private static IndexedWord dependent(SemanticGraph g, IndexedWord w, String rel) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            if (e.getRelation().toString().equals(rel)) {
                return e.getDependent();
            }
        }
        return null;
    }

    /** Whether the phrase starting at {@code from} follows a preposition ("to the President"). */
    private static boolean objectOfPreposition(ParsedSentence s, int from) {
        int k = from - 1;
        while (k >= 1 && s.token(k).pos().matches("DT|PRP\\$")) {
            k--;
        }
        return k >= 1 && s.token(k).pos().matches("IN|TO");
    }

    /**
     * "Freedonian Prime Minister Ana Example and Foreign Minister Ivo Sample": a country's office
     * right after "and" and another name whose title was that country's is of that country too. Only
     * an office of a country passes the owner on: "... Ana Example and chief executive Ivo Sample" may
     * lead anything.
     */
    private Optional<LocalEntity> sharedOwner(ParsedSentence s, TitlePhrase tp, Map<Integer, LocalEntity> ownerOfNameEndingAt) {
        if (tp.from() < 3 || !s.token(tp.from() - 1).word().equals("and")) {
            return Optional.empty();
        }
        LocalEntity owner = ownerOfNameEndingAt.get(tp.from() - 2);
        Optional<Gazetteer.Title> office = knownTitle(coreTitle(tp.text()));
        boolean countryOffice = office.isPresent() && office.get().scope().equals("country");
        return owner != null && owner.type() == EntityType.COUNTRY && countryOffice ? Optional.of(owner) : Optional.empty();
    }

    /**
     * Whether the title starting at {@code from} (with whose-title words such as "Freedonian" or
     * "the" before it) follows a person's name and a comma: in "Ana Example, Freedonian Minister of
     * Trade, Ivo Sample" it is Ana Example's, closed by the comma, not Ivo Sample's.
     */
    private boolean appositionOfNameBefore(ParsedSentence s, EntityLayer layer, int from) {
        int k = from - 1;
        while (k >= 1 && (s.token(k).pos().equals("DT") || s.token(k).ner().equals("NATIONALITY")
                || gazetteer.countryByAdjective(s.token(k).word()).isPresent()
                || layer.at(s.index(), k).filter(e -> e.type() == EntityType.COUNTRY
                        || e.type() == EntityType.ORGANIZATION).isPresent())) {
            k--;
        }
        if (k < 2 || !s.token(k).word().equals(",")) {
            return false;
        }
        return layer.at(s.index(), k - 1).filter(e -> e.type() == EntityType.PERSON).isPresent()
                || s.token(k - 1).ner().equals("PERSON");
    }

    /** "Governor of Montserrat": the place or city named right after an office and its "of". */
    private static Optional<LocalEntity> placeAfter(ParsedSentence s, EntityLayer layer, int end) {
        if (end + 1 > s.tokens().size() || !s.token(end).word().equals("of")) {
            return Optional.empty();
        }
        return layer.at(s.index(), s.afterDeterminer(end + 1)).filter(e -> e.type() == EntityType.PLACE || e.type() == EntityType.CITY);
    }

    /** "President Ana Example of Freedonia": the country or organization named right after the name. */
    private static Optional<LocalEntity> ownerAfter(ParsedSentence s, EntityLayer layer, int end) {
        int n = s.tokens().size();
        if (end > n || !s.token(end).word().matches("of|for|at")) {
            return Optional.empty();
        }
        int j = end + 1;
        if (j <= n && s.token(j).pos().equals("DT")) {
            j++;
        }
        return j <= n ? layer.at(s.index(), j)
                .filter(e -> e.type() == EntityType.COUNTRY || e.type() == EntityType.ORGANIZATION) : Optional.empty();
    }

    /**
     * The person whose name this token is part of. Coreference also maps a nominal mention's head
     * ("the Foreign Minister") to the person; such a title word is not part of the name.
     */
    private Optional<LocalEntity> nameAt(ParsedSentence s, EntityLayer layer, int i) {
        if (i < 1 || i > s.tokens().size() || isTitleWord(s, i)) {
            return Optional.empty();
        }
        // a given name the tagger reads as a noun (tagged NN) is still part of a name NER tagged whole
        boolean nameWord = s.token(i).isProperNoun() || (s.token(i).ner().equals("PERSON")
                && Character.isUpperCase(s.token(i).word().charAt(0)));
        return nameWord ? layer.at(s.index(), i).filter(e -> e.type() == EntityType.PERSON) : Optional.empty();
    }

    private void emit(List<Assertion> out, ParsedText text, ParsedSentence s, LocalEntity person, TitlePhrase tp,
                      int nameFrom, int nameTo) {
        emit(out, text, s, person, tp, nameFrom, nameTo, null);
    }

    /** {@code held}: the office's time when the sentence says it otherwise than by a word before the title. */
    private void emit(List<Assertion> out, ParsedText text, ParsedSentence s, LocalEntity person, TitlePhrase tp,
                      int nameFrom, int nameTo, OfficeTime held) {
        int from = Math.min(tp.from(), nameFrom);
        int to = Math.max(tp.to(), nameTo);
        Optional<Token> when = tenureWord(s, tp.from());
        OfficeTime tenure = when.flatMap(w -> gazetteer.officeTime(timeWord(w.word()))).orElse(held);
        // "President-elect", "incoming minister": not yet in office, so a plan rather than a fact
        Factuality f = tenure == OfficeTime.FUTURE
                ? new Factuality(Factuality.Status.PLANNED, when.map(Token::word).orElse("take up"), null, null) : Factuality.ASSERTED;
        if (when.isPresent()) {
            from = Math.min(from, when.get().index());
        }
        Evidence ev = new Evidence(text.document().id(), s.index(), s.text(),
                s.token(from).begin(), s.token(to - 1).end(), EXTRACTOR, 0.9, f, tenure);
        if (!gazetteer.isLeaderWord(tp.text())) {
            out.add(Assertion.literal(person.id(), Relation.HOLDS_TITLE, tp.text(), ev));
        }
        String core = coreTitle(tp.text());
        // "Secretary of the Navy" heads what its title names; a plain "secretary" is a member
        Optional<Gazetteer.Title> known = tp.ofInside() ? gazetteer.title(core + " of").or(() -> knownTitle(core)) : knownTitle(core);
        if (known.isPresent() && tp.of().isPresent()) {
            LocalEntity of = tp.of().get();
            // "First Minister of Freedonia's Velmora region", "Mayor of Velmora": a leader's place may be a region or a city
            boolean place = known.get().leader() && (of.type() == EntityType.PLACE || of.type() == EntityType.CITY);
            // a body's position ("engineer", "analyst") with a country's adjective is a nationality: "a French engineer"
            boolean bodyOnly = known.get().scope().equals("organization") && of.type() == EntityType.COUNTRY;
            boolean fits = (of.type() == EntityType.COUNTRY || of.type() == EntityType.ORGANIZATION || place) && !bodyOnly;
            if (fits) {
                Relation r = known.get().leader() ? Relation.LEADER_OF : Relation.MEMBER_OF;
                out.add(Assertion.between(person.id(), r, of.id(), ev.withExtractor(EXTRACTOR, 0.85)));
            }
        } else if (known.isEmpty() && tp.of().filter(o -> o.type() == EntityType.ORGANIZATION).isPresent()) {
            // "a Velcor Motors engineer", "an analyst at Velcor": a position the gazetteer does not list
            // (NER's TITLE) in a body is a member's; in a country it may only be a nationality ("a French engineer")
            out.add(Assertion.between(person.id(), Relation.MEMBER_OF, tp.of().get().id(), ev.withExtractor(EXTRACTOR, 0.8)));
        }
    }

    /**
     * The word before a title that says when its holder held it ("former", "the late", "then-",
     * "ex-"), looked for among the few words before the title that say whose it is or describe the
     * holder ("late Freedonian Prime Minister", "slain former leader").
     */
    private Optional<Token> tenureWord(ParsedSentence s, int titleFrom) {
        for (int k = titleFrom - 1; k >= Math.max(1, titleFrom - 4); k--) {
            Token t = s.token(k);
            if (gazetteer.officeTime(timeWord(t.word())).isPresent()) {
                return Optional.of(t);
            }
            if (!(t.pos().matches("DT|JJ|VBN|POS|HYPH|NNP") || t.ner().equals("NATIONALITY") || t.word().equals("-"))) {
                return Optional.empty();
            }
        }
        // "then-Secretary", "ex-President", "President-elect": the word joined to the title by a hyphen
        Token first = s.token(titleFrom);
        return first.word().contains("-") ? Optional.of(first) : Optional.empty();
    }

    /** "then-Secretary" and "ex-President" as "then" and "ex"; "President-elect" as "elect". */
    private String timeWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        int dash = w.indexOf('-');
        if (dash > 0) {
            String before = w.substring(0, dash);
            return gazetteer.officeTime(before).isPresent() ? before : w.substring(w.lastIndexOf('-') + 1);
        }
        return w;
    }

    /**
     * The gazetteer's entry for a title, or for its last words when the whole is not listed
     * ("Special Presidential Envoy" as "envoy"), then only as a member: a word put before a leader's
     * title ("Deputy", "Vice") makes an office short of leading.
     */
    private Optional<Gazetteer.Title> knownTitle(String core) {
        Optional<Gazetteer.Title> t = gazetteer.title(core);
        if (t.isPresent()) {
            return t;
        }
        String[] w = core.split(" ");
        for (int i = 1; i < w.length; i++) {
            Optional<Gazetteer.Title> shorter = gazetteer.title(String.join(" ", java.util.Arrays.copyOfRange(w, i, w.length)));
            if (shorter.isPresent()) {
                return shorter.get().leader() ? Optional.empty() : shorter;
            }
        }
        return Optional.empty();
    }

    /** The title words of a phrase without its "of ..." or "for ..." part: "Minister of Defence" stays whole if listed. */
    /** The office a title as written names, if the gazetteer knows it ("Foreign Minister of X" as "foreign minister"). */
    Optional<Gazetteer.Title> officeOf(String title) {
        return knownTitle(coreTitle(title));
    }

    private String coreTitle(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        int and = t.indexOf(" and ");
        if (and > 0 && gazetteer.title(t).isEmpty()) {
            t = t.substring(0, and);    // "foreign minister and deputy prime minister": the first office
        }
        if (gazetteer.title(t).isPresent()) {
            return t;
        }
        int cut = -1;
        for (String joiner : List.of(" of ", " for ", " to ")) {    // "ambassador to Freedonia": an ambassador
            int at = t.indexOf(joiner);
            if (at > 0 && (cut < 0 || at < cut)) {
                cut = at;
            }
        }
        return cut > 0 ? t.substring(0, cut) : t;
    }

    private boolean isTitleWord(ParsedSentence s, int i) {
        Token t = s.token(i);
        return t.ner().equals("TITLE") || gazetteer.title(t.word()).isPresent()
                || (t.word().equalsIgnoreCase("minister") || t.word().equalsIgnoreCase("secretary"))
                // "Chief of the Defence Staff", "Chief of Police": capitalized and heading an "of" phrase
                || (t.word().equals("Chief") && i < s.tokens().size() && s.token(i + 1).word().equals("of"))
                // the last word of a listed two-word title whose words NER left untagged: "Chargé d'Affaires"
                || (i > 1 && gazetteer.title(s.token(i - 1).word() + " " + t.word()).isPresent());
    }

    /** A qualifier, or a capitalized common noun the tagger did not take for a name ("Business" opening a sentence). */
    private boolean portfolioWord(ParsedSentence s, EntityLayer layer, int i) {
        Token t = s.token(i);
        // (a plural name word joins no list: "for EU Funds and Minister of Finance")
        return !isTitleWord(s, i) && ((isQualifier(s, layer, i) && !t.pos().equals("NNPS")) || (Character.isUpperCase(t.word().charAt(0)) && t.pos().matches("NNS?")
                && t.ner().equals("O") && layer.at(s.index(), i).isEmpty()));
    }

    /**
     * A capitalized word right before a title that qualifies the office rather than saying whose it
     * is: not a name, not a country or its adjective, not praise or time ("New", "Former").
     */
    private boolean isQualifier(ParsedSentence s, EntityLayer layer, int i) {
        Token t = s.token(i);
        return i >= 1 && Character.isUpperCase(t.word().charAt(0)) && t.pos().matches("JJ|NNPS?")
                && layer.at(s.index(), i).isEmpty() && t.ner().matches("O|TITLE|ORGANIZATION")
                && gazetteer.countryByAdjective(t.word()).isEmpty() && gazetteer.country(t.word()).isEmpty()
                && !gazetteer.isEvaluative(t.word()) && gazetteer.officeTime(t.word()).isEmpty();
    }

    /** A title phrase whose last token is {@code end}: the title words and, to their left, whose title it is. */
    private Optional<TitlePhrase> titleEndingAt(ParsedSentence s, EntityLayer layer, int end) {
        if (end < 1) {
            return Optional.empty();
        }
        int core = end;
        boolean accredited = false;
        if (!isTitleWord(s, end)) {
            // "Secretary of State", "Minister for Strategic Affairs", "Under Secretary for Economic
            // Growth, Energy, and the Environment": a title word, then of/for and a capitalized portfolio.
            core = -1;
            for (int j = end - 1; j >= Math.max(2, end - PORTFOLIO_WORDS); j--) {
                String w = s.token(j).word();
                if (layer.at(s.index(), j).filter(e -> e.type() == EntityType.PERSON).isPresent()) {
                    break;    // a portfolio holds no one's name
                }
                if ((w.equals("of") || w.equals("for")) && isTitleWord(s, j - 1)) {
                    core = j - 1;
                    break;
                }
                // "the British ambassador to Freedonia, Ana Example": the country it is accredited to
                // ends the title but is not whose office it is
                if (w.equals("to") && isTitleWord(s, j - 1) && countryOrOrganizationAt(s, layer, s.afterDeterminer(j + 1)).isPresent()
                        && layer.mentionEnd(s.index(), s.afterDeterminer(j + 1)) == end + 1) {
                    core = j - 1;
                    accredited = true;
                    break;
                }
                // "Minister of State for Fisheries": an office's own "of" phrase before its portfolio
                if (!(Character.isUpperCase(w.charAt(0)) || w.matches("and|&|the|,|of|for"))) {
                    break;
                }
            }
            if (core < 0) {
                return describedOwnerTitle(s, layer, end);
            }
            if (!Character.isUpperCase(s.token(end).word().charAt(0))) {
                return Optional.empty();
            }
        }
        Optional<LocalEntity> inside = accredited ? Optional.empty() : ownerInside(s, layer, core + 1, end);
        int from = core;
        // Left over title words, joiners and capitalized modifiers inside a run of titles:
        // "Foreign Minister and Alternate Prime Minister".
        while (from > 1 && (isTitleWord(s, from - 1) || s.token(from - 1).word().matches("-|of|for|and")
                || (from > 2 && Character.isUpperCase(s.token(from - 1).word().charAt(0))
                    && s.token(from - 2).word().equals("and")))
                && !layer.at(s.index(), from - 1).isPresent()) {
            from--;
        }
        while (from < end && !isTitleWord(s, from)) {
            from++;
        }
        // A word that makes one listed title with the title word after it: "Under Secretary".
        while (from > 1 && !layer.at(s.index(), from - 1).isPresent() && gazetteer.title(
                (s.token(from - 1).word() + " " + s.token(from).word()).toLowerCase(Locale.ROOT)).isPresent()) {
            from--;
        }
        // Capitalized qualifiers are part of the office: "Special Presidential Envoy", "State Secretary".
        while (from > 1 && isQualifier(s, layer, from - 1)) {
            from--;
        }
        // "Catalan Secretary": a bare "Secretary" after a nation's adjective is that
        // nation's secretary of state, an office of the government over it, not of the nation itself
        if (from == end && from > 1 && s.token(end).word().equals("Secretary") && isNationality(s.token(from - 1))
                && layer.at(s.index(), from - 1).isEmpty()) {
            from--;
        }
        // ... and so are qualifiers joined to them by "and" or commas: "Culture and Sport Secretary",
        // "Culture, Media and Sport Secretary" (not "Minister of Finance and Deputy Prime Minister",
        // where the words before "and" end another office's "of" phrase)
        // A list's last member follows "and" ("Naval Staff, Vice Admiral" is a title in apposition
        // to the one before it, not a list).
        int joined = from;
        while (joined > 2 && s.token(joined - 1).word().matches(joined == from ? "and|&" : "and|&|,") && portfolioWord(s, layer, joined - 2)) {
            int q = joined - 2;
            while (q > 1 && portfolioWord(s, layer, q - 1)) {
                q--;
            }
            joined = q;
        }
        if (joined < from && !(joined > 1 && (s.token(joined - 1).word().matches("of|for|and|,") || isTitleWord(s, joined - 1)))) {
            from = joined;
        }
        if (inside.isEmpty() && core == end) {
            inside = ownerInside(s, layer, from, end);    // NER took the whole "of" phrase into the title
        }
        String title = titleCase(s, from, end + 1);
        return Optional.of(inside.isPresent() ? new TitlePhrase(from, end + 1, title, inside, true)
                : new TitlePhrase(from, end + 1, title, ownerLeftOf(s, layer, from), false));
    }

    /** How many words may describe a body between an office's "of" and the body's name ("the Freedonian carmakers' union"). */
    private static final int DESCRIPTION_WORDS = 4;

    /**
     * "the general secretary of the Freedonian union Orvanta, Ana Example": an office of a body that
     * is described before it is named. The title is the office's words; the body is its owner.
     */
    private Optional<TitlePhrase> describedOwnerTitle(ParsedSentence s, EntityLayer layer, int end) {
        Optional<LocalEntity> owner = countryOrOrganizationAt(s, layer, end);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        int k = end;
        while (k > 1 && layer.at(s.index(), k - 1).equals(owner)) {
            k--;
        }
        int j = k - 1;
        while (j >= 1 && k - j <= DESCRIPTION_WORDS && !s.token(j).word().equals("of")
                && (s.token(j).pos().matches("DT|JJ|NNS?|POS") || isNationality(s.token(j)))
                && layer.at(s.index(), j).isEmpty()) {
            j--;
        }
        if (j < 2 || j == k - 1 || !s.token(j).word().equals("of") || !isTitleWord(s, j - 1)) {
            return Optional.empty();    // "of Orvanta" right after the office is the ordinary path's
        }
        return titleEndingAt(s, layer, j - 1).map(tp -> new TitlePhrase(tp.from(), end + 1, tp.text(), owner, false));
    }

    /**
     * The country or organization a title's own "of" phrase names, in tokens [from, to]: "Secretary
     * of the Air Force", not "Special Representative for Freedonia" (an office dealing with it).
     */
    private static Optional<LocalEntity> ownerInside(ParsedSentence s, EntityLayer layer, int from, int to) {
        for (int j = from; j < to; j++) {
            if (!s.token(j).word().equals("of")) {
                continue;
            }
            int k = j + 1 <= to && s.token(j + 1).word().equalsIgnoreCase("the") ? j + 2 : j + 1;
            Optional<LocalEntity> e = k <= to ? layer.at(s.index(), k)
                    .filter(x -> x.type() != EntityType.PERSON && x.type() != EntityType.AGREEMENT) : Optional.empty();
            if (e.isEmpty() && k <= to) {
                e = namedElsewhere(s, layer, k, to);
            }
            if (e.isPresent()) {
                return e;
            }
        }
        return Optional.empty();
    }

    /**
     * "Secretary of the Coast Guard" where NER took "Coast" into the title: the article's one country or
     * organization named by the words after "of", up to the title's end or its portfolio ("for ...").
     */
    private static Optional<LocalEntity> namedElsewhere(ParsedSentence s, EntityLayer layer, int from, int to) {
        int end = from;
        while (end < to && !s.token(end + 1).word().matches("for|and|,")) {
            end++;
        }
        if (end == from) {
            return Optional.empty();    // "Minister of Energy": one word is a portfolio as often as a body's name
        }
        StringBuilder b = new StringBuilder();
        for (int i = from; i <= end; i++) {
            if (layer.at(s.index(), i).isPresent()) {
                return Optional.empty();    // a name of its own is there: the NER's reading stands
            }
            b.append(i > from ? " " : "").append(s.token(i).word());
        }
        String words = Names.fold(b.toString());
        List<LocalEntity> named = layer.entities().stream()
                .filter(x -> x.type() == EntityType.COUNTRY || x.type() == EntityType.ORGANIZATION)
                .filter(x -> x.names().stream().anyMatch(n -> Names.fold(n).equals(words))).toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** "the prime minister of Freedonia" starting at {@code start}. */
    private Optional<TitlePhrase> titleStartingAt(ParsedSentence s, EntityLayer layer, int start) {
        int n = s.tokens().size();
        int i = start;
        Optional<LocalEntity> owner = Optional.empty();
        while (i <= n && (s.token(i).pos().matches("DT|JJ|PRP\\$|POS") || layer.at(s.index(), i).isPresent()
                || gazetteer.countryByAdjective(s.token(i).word()).isPresent() || isQualifier(s, layer, i)
                || gazetteer.officeTime(s.token(i).word().toLowerCase(Locale.ROOT)).isPresent()) && !isTitleWord(s, i)) {
            Optional<LocalEntity> e = layer.at(s.index(), i)
                    .filter(x -> x.type() == EntityType.COUNTRY || x.type() == EntityType.ORGANIZATION);
            if (e.isEmpty()) {
                e = AdjectiveCountries.countryEntity(layer, gazetteer, s.token(i).word());
            }
            if (owner.isEmpty()) {
                owner = e;
            }
            i++;
        }
        // "Velcor operations manager", "the Interpol press officer": common nouns that say what the post is about
        int nouns = i;
        while (i <= n && i - nouns < 2 && s.token(i).pos().matches("NNS?") && Character.isLowerCase(s.token(i).word().charAt(0))
                && !isTitleWord(s, i) && layer.at(s.index(), i).isEmpty()) {
            i++;
        }
        if (i > n || !isTitleWord(s, i)) {
            return Optional.empty();
        }
        int from = nouns;
        // "UK Permanent Representative": capitalized qualifiers are part of the office
        while (from > start && isQualifier(s, layer, from - 1)) {
            from--;
        }
        // "Deputy Special Envoy": a qualifier between two title words is the office's
        while (i <= n && (isTitleWord(s, i) || (i + 1 <= n && isQualifier(s, layer, i) && isTitleWord(s, i + 1)))) {
            i++;
        }
        // "Secretary of State" is one listed title, whatever NER makes of "State for Transport"
        for (int w = Math.min(gazetteer.longestTitleWords(), n - from + 1); w > i - from; w--) {
            if (gazetteer.title(titleCase(s, from, from + w)).isPresent()) {
                i = from + w;
                break;
            }
        }
        int to = i;
        int after = i;
        // "the minister of transport for Freedonia": a portfolio, then whose office it is
        while (after + 1 <= n && s.token(after).word().matches("of|for|at|with")) {
            int j = s.afterDeterminer(after + 1);
            Optional<LocalEntity> named = countryOrOrganizationAt(s, layer, j);
            // "an analyst with Velcor": "with" says whose only before a name, never a portfolio
            if (named.isEmpty() && s.token(after).word().equals("with")) {
                break;
            }
            if (named.isPresent()) {
                owner = named;
                after = layer.mentionEnd(s.index(), j);
                // "for the United States Mission to Freedonia": the owner's post, then where it is
                int k = after;
                while (k <= n && layer.at(s.index(), k).isEmpty() && s.token(k).pos().startsWith("NN")
                        && Character.isUpperCase(s.token(k).word().charAt(0))) {
                    k++;
                }
                if (k > after && k + 1 <= n && s.token(k).word().equals("to")
                        && countryOrOrganizationAt(s, layer, s.afterDeterminer(k + 1)).isPresent()) {
                    after = layer.mentionEnd(s.index(), s.afterDeterminer(k + 1));
                } else if (k > after && k <= n && s.token(k).word().matches("[,.;:]")) {
                    after = k;
                } else if (named.get().type() == EntityType.COUNTRY) {
                    // "a spokeswoman for the Freedonian foreign ministry": the country's own body
                    int g = after;
                    while (g <= n && layer.at(s.index(), g).isEmpty() && gazetteer.isGovernmentNoun(s.token(g).word())) {
                        g++;
                    }
                    after = g;
                }
                break;
            }
            int k = after + 1;
            while (k <= n && k - to <= PORTFOLIO_WORDS && layer.at(s.index(), k).isEmpty()
                    && s.token(k).pos().matches("NNS?|NNPS?|JJ|CC") && !s.token(k).word().matches("of|for|at")) {
                k++;
            }
            if (k == after + 1) {
                break;
            }
            to = k;
            after = k;
        }
        // "an ambassador to Freedonia": the country it is accredited to is not the one it serves.
        if (after == to && after + 1 <= n && s.token(after).word().equals("to")) {
            int j = s.afterDeterminer(after + 1);
            if (countryOrOrganizationAt(s, layer, j).isPresent()) {
                after = layer.mentionEnd(s.index(), j);
            }
        }
        // "operations manager Lyon,": where the post is, before the apposition ends
        int place = after;
        while (place <= n && s.token(place).ner().matches("LOCATION|CITY|STATE_OR_PROVINCE")) {
            place++;
        }
        if (place > after && place <= n && s.token(place).word().matches("[,.;:]")) {
            after = place;
        }
        String title = titleCase(s, from, to);
        // An apposition is closed by punctuation; "X, the minister of Y said" makes the title the subject.
        if (after <= n && !s.token(after).word().matches("[,.;:()\\]—–-]|''|\"|”|-LRB-")) {
            return Optional.empty();
        }
        return Optional.of(new TitlePhrase(start, to, title, owner.isPresent() ? owner : ownerLeftOf(s, layer, from), false));
    }

    /** The country or organization named at token {@code k}. */
    private static Optional<LocalEntity> countryOrOrganizationAt(ParsedSentence s, EntityLayer layer, int k) {
        return layer.at(s.index(), k).filter(e -> e.type() == EntityType.COUNTRY || e.type() == EntityType.ORGANIZATION);
    }

    /**
     * Whose title it is, from the words before it in the same noun phrase: "U.S.", "Japan's",
     * "Japanese", "the bank's" (skipping "new", "former", "late", ...). Stops at anything else.
     */
    private Optional<LocalEntity> ownerLeftOf(ParsedSentence s, EntityLayer layer, int titleFrom) {
        for (int i = titleFrom - 1; i >= 1; i--) {
            Token t = s.token(i);
            if (t.word().equals(")") && i == titleFrom - 1) {
                // "the Freedonian Grain Board (FGB) Chairperson X": the owner's abbreviation in brackets
                int open = i - 1;
                while (open > 1 && open > i - 5 && !s.token(open).word().equals("(")) {
                    open--;
                }
                if (open > 1 && s.token(open).word().equals("(")) {
                    i = open;
                    continue;
                }
                return Optional.empty();
            }
            Optional<LocalEntity> e = layer.at(s.index(), i);
            if (e.isPresent()) {
                EntityType ty = e.get().type();
                return ty == EntityType.COUNTRY || ty == EntityType.ORGANIZATION ? e : Optional.empty();
            }
            if (isNationality(t)) {
                // Two in a row name a community, not a state: "Turkish Cypriot leader".
                return i > 1 && isNationality(s.token(i - 1)) ? Optional.empty() : AdjectiveCountries.countryEntity(layer, gazetteer, t.word());
            }
            if (!(t.pos().matches("JJ|JJS|JJR|RB|POS|DT|HYPH|CD") || t.ner().equals("ORDINAL") || t.word().equals("-"))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private boolean isNationality(Token t) {
        return t.ner().equals("NATIONALITY") || gazetteer.countryByAdjective(t.word()).isPresent();
    }

    /** The title as written, in title case ("prime minister" and "Prime Minister" are one title). */
    private static String titleCase(ParsedSentence s, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            String w = s.token(i).word();
            if (b.length() > 0 && !w.matches("-|,") && !b.toString().endsWith("-")) {
                b.append(' ');
            }
            boolean acronym = w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) && w.chars().anyMatch(Character::isLetter);
            // "d’Affaires" as written: an elided article stays lower case
            b.append(w.matches("of|for|and|the|to") || w.equals("-") || acronym || w.matches("\\p{Ll}['’]\\p{Lu}.*") ? w
                    : Character.toUpperCase(w.charAt(0)) + w.substring(1).toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }
}
