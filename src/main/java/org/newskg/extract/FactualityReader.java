package org.newskg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.newskg.NewsKgException;
import org.newskg.io.ResourceTable;
import org.newskg.model.Assertion;
import org.newskg.model.Factuality;
import org.newskg.model.Factuality.Status;
import org.newskg.model.LocalEntity;
import org.newskg.nlp.ParsedSentence;
import org.newskg.nlp.Token;

/**
 * Reads what a sentence does with the event a relation was read from: the word that names the event
 * (the rule's trigger, e.g. "meet" or "talks") and the words it depends on, up through the verbs whose
 * complement it is ("plans to meet", "denied meeting", "said that ... met"). Negation, modality,
 * conditionals, questions, plans, accusations and the speaker are told by the cue words of
 * {@code lexicon/factuality.tsv}. When several cues apply, negation wins over supposition, supposition
 * over a plan, a plan over an accusation: "will not meet" is denied, "could meet next week" supposed.
 *
 * <pre>
 * Factuality f = FactualityReader.load().read(sentence, trigger, layer, published);
 * </pre>
 */
public final class FactualityReader {
    static final String LEXICON = "lexicon/factuality.tsv";
    /** Dependents that carry cues: negators, auxiliaries, subordinators, determiners ("no talks"). */
    private static final Set<String> CUE_RELATIONS = Set.of("advmod", "neg", "aux", "mark", "det", "cc:preconj", "amod");
    /** How the event's word hangs from a word whose meaning colours it. */
    private static final Set<String> UP = Set.of("xcomp", "ccomp", "csubj", "obj", "nsubj:pass", "advcl");
    /** Marks of time clauses, whose event is presupposed ("when X signed"), unlike "if" or "unless". */
    private static final Set<String> TIME_MARKS = Set.of("when", "after", "since", "while", "once", "as");
    /** The precedence of statuses: earlier ones win. */
    private static final List<Status> PRECEDENCE = List.of(Status.NEGATED, Status.HYPOTHETICAL, Status.PLANNED, Status.ALLEGED);
    /** At most this many words name a source; a longer subject is cut to its head. */
    private static final int MAX_SOURCE_WORDS = 10;

    private enum Where { DEPENDENT, GOVERNOR, SPEECH }

    private final Map<Where, Map<String, Status>> cues;
    private final Set<String> speech;

    private FactualityReader(Map<Where, Map<String, Status>> cues, Set<String> speech) {
        this.cues = cues;
        this.speech = speech;
    }

    /** The class path's lexicon, read once: a reader never changes, so every extractor shares it. */
    private static FactualityReader shared;

    /** The cue lexicon from the class path, read on first use; a malformed line is an error naming it. */
    public static synchronized FactualityReader load() {
        if (shared == null) {
            shared = read();
        }
        return shared;
    }

    private static FactualityReader read() {
        Map<Where, Map<String, Status>> cues = new EnumMap<>(Where.class);
        for (Where w : Where.values()) {
            cues.put(w, new HashMap<>());
        }
        Set<String> speech = new java.util.HashSet<>();
        for (ResourceTable.Row row : ResourceTable.read(LEXICON, 3, false)) {
            String[] c = row.cells();
            try {
                Where where = Where.valueOf(c[1].toUpperCase(Locale.ROOT));
                String lemma = c[0].toLowerCase(Locale.ROOT);
                if (where == Where.SPEECH) {
                    speech.add(lemma);
                } else {
                    cues.get(where).put(lemma, Status.valueOf(c[2]));
                }
            } catch (RuntimeException e) {
                throw new NewsKgException(row.where() + ": expected 'lemma<TAB>dependent|governor|speech<TAB>STATUS', got '"
                        + String.join("\t", c) + "'");
            }
        }
        return new FactualityReader(cues, speech);
    }

    /**
     * What the sentence does with the event named by {@code trigger}.
     *
     * @param published the article's date, if known: an event in the present tense with a date after
     *                  it is a plan ("the leaders meet on Thursday")
     */
    public Factuality read(ParsedSentence s, IndexedWord trigger, EntityLayer layer, Optional<LocalDate> published) {
        return read(s, trigger, true, layer, published);
    }

    /**
     * What the sentence does with an event that is a complement of {@code governor} in a way the
     * dependencies do not show ("accused X of attacking Y", where the parser makes the gerund an
     * adjective): the governor's own meaning counts, as a verb above the event's word does.
     */
    public Factuality readUnder(ParsedSentence s, IndexedWord governor, EntityLayer layer, Optional<LocalDate> published) {
        return read(s, governor, false, layer, published);
    }

    private Factuality read(ParsedSentence s, IndexedWord trigger, boolean triggerIsEvent, EntityLayer layer,
                            Optional<LocalDate> published) {
        SemanticGraph g = s.deps();
        Map<Status, List<String>> found = new EnumMap<>(Status.class);
        Factuality.Attribution source = null;
        List<IndexedWord> chain = new ArrayList<>();
        IndexedWord w = trigger;
        boolean viaConj = false;
        boolean presupposed = false;    // above a "when"/"after" clause: only a plan carries down
        // "discussed the alliance's support for X": an event noun with its possessor is given, not supposed;
        // what is said of it ("denied", "plans") still counts
        boolean possessed = triggerIsEvent && trigger.tag() != null && trigger.tag().startsWith("NN")
                && g.outgoingEdgeList(trigger).stream().anyMatch(e -> e.getRelation().toString().equals("nmod:poss"));
        int negations = 0;
        boolean ongoing = false;    // below a verb of continuing: a plan above it is not the event's
        while (w != null && !chain.contains(w)) {
            chain.add(w);
            String lemma = lemma(w);
            if (w != trigger || !triggerIsEvent) {
                Status st = cues.get(Where.GOVERNOR).get(lemma);
                for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {    // "looked forward to signing": a verb and its particle
                    String rel = e.getRelation().toString();
                    if (st == null && (rel.equals("advmod") || rel.equals("compound:prt"))) {
                        st = cues.get(Where.GOVERNOR).get(lemma + " " + lemma(e.getDependent()));
                    }
                }
                // "will continue to support X": the support is under way; the future is the continuing's
                ongoing |= st == Status.ASSERTED && !viaConj;
                if (st != null && st != Status.ASSERTED && !viaConj && (!presupposed || st == Status.PLANNED) && !(possessed && st == Status.HYPOTHETICAL)) {
                    found.computeIfAbsent(st, k -> new ArrayList<>()).add(w.word());
                    negations += st == Status.NEGATED ? 1 : 0;
                }
                if (speech.contains(lemma)) {
                    source = speaker(s, g, w, layer);
                    break;    // what the speaker says is the speaker's: their own modality is not the event's
                }
            }
            // "will always protect X": a standing commitment, under way, not a plan
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
                ongoing |= e.getRelation().toString().equals("advmod") && cues.get(Where.DEPENDENT).get(lemma(e.getDependent())) == Status.ASSERTED;
            }
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
                String rel = e.getRelation().toString();
                IndexedWord d = e.getDependent();
                if (CUE_RELATIONS.contains(rel) || rel.startsWith("mark")) {
                    Status st = cues.get(Where.DEPENDENT).get(rel.equals("amod") ? d.word().toLowerCase(Locale.ROOT) : lemma(d));
                    // across "and", the other verb's tense and modality carry over, its negation does not
                    if (st != null && st != Status.ASSERTED && !(viaConj && st == Status.NEGATED) && !(rel.equals("det") && st != Status.NEGATED)
                            && (!presupposed || st == Status.PLANNED) && !(ongoing && st == Status.PLANNED)) {
                        found.computeIfAbsent(st, k -> new ArrayList<>()).add(d.word());
                        negations += st == Status.NEGATED ? 1 : 0;
                    }
                    // "X is to succeed Y", "the two are to meet in May": "be to" is a plan
                    if (rel.equals("aux") && lemma(d).equals("be") && hasMark(g, w, Set.of("to")) && !viaConj && !ongoing) {
                        found.computeIfAbsent(Status.PLANNED, k -> new ArrayList<>()).add(d.word() + " to");
                    }
                } else if (rel.equals("parataxis") && speech.contains(lemma(d)) && source == null) {
                    source = speaker(s, g, d, layer);    // "X met Y, officials said"
                } else if (rel.equals("obl:according_to") && source == null) {
                    source = named(s, g, d, layer);      // "according to the ministry"
                }
            }
            IndexedWord up = null;
            viaConj = false;
            for (SemanticGraphEdge e : g.incomingEdgeIterable(w)) {
                String rel = e.getRelation().toString();
                String base = rel.contains(":") && !rel.equals("nsubj:pass") ? rel.substring(0, rel.indexOf(':')) : rel;
                boolean cueGovernor = cues.get(Where.GOVERNOR).containsKey(lemma(e.getGovernor())) || speech.contains(lemma(e.getGovernor()));
                if (base.equals("xcomp") || base.equals("ccomp") || base.equals("csubj") || base.equals("advcl")
                        || (UP.contains(base) && cueGovernor)) {
                    // "By 1993, when X signed it, it is likely that ...": what a time clause says happened
                    // is taken as given, whatever the clause above supposes or denies
                    presupposed |= base.equals("advcl") && hasMark(g, w, TIME_MARKS);
                    up = e.getGovernor();
                    break;
                }
                if (base.equals("conj") && up == null) {
                    up = e.getGovernor();
                    viaConj = true;
                }
            }
            w = up;
        }
        if (s.text().strip().endsWith("?")) {
            found.computeIfAbsent(Status.HYPOTHETICAL, k -> new ArrayList<>()).add("?");
        }
        if (negations > 0 && negations % 2 == 0) {
            found.remove(Status.NEGATED);    // "did not fail to sign": signed
        }
        String expected = dateOf(s, g, chain, published);
        Status status = Status.ASSERTED;
        for (Status st : PRECEDENCE) {
            if (found.containsKey(st)) {
                status = st;
                break;
            }
        }
        if (status == Status.ASSERTED && expected != null && presentTense(trigger) && published.isPresent()
                && expected.length() == 10 && LocalDate.parse(expected).isAfter(published.get())) {
            status = Status.PLANNED;
            found.put(Status.PLANNED, List.of(trigger.word()));
        }
        if (status == Status.ASSERTED && source == null) {
            return Factuality.ASSERTED;
        }
        String cue = status == Status.ASSERTED ? "" : String.join(" ", new LinkedHashSet<>(found.get(status)));
        return new Factuality(status, cue, status == Status.PLANNED ? expected : null, source);
    }

    private static boolean hasMark(SemanticGraph g, IndexedWord w, Set<String> marks) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            String rel = e.getRelation().toString();    // "when" is often the clause's advmod, "after" its mark
            if ((rel.equals("mark") || rel.equals("advmod")) && marks.contains(lemma(e.getDependent()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the lemma is a verb of saying of the lexicon. */
    public boolean isSpeech(String lemma) {
        return speech.contains(lemma);
    }

    private static String lemma(IndexedWord w) {
        return (w.lemma() == null ? w.word() : w.lemma()).toLowerCase(Locale.ROOT);
    }

    private static boolean presentTense(IndexedWord w) {
        return w.tag() != null && w.tag().matches("VBZ|VBP");
    }

    /** The speaker of a verb of saying: its subject (or, for a passive "it was reported by X", its agent). */
    private Factuality.Attribution speaker(ParsedSentence s, SemanticGraph g, IndexedWord verb, EntityLayer layer) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
            String rel = e.getRelation().toString();
            if (rel.equals("nsubj") || rel.equals("obl:agent")) {
                return named(s, g, e.getDependent(), layer);
            }
        }
        return null;
    }

    /** The words of a noun phrase as written, and the article's entity it is, if any. */
    private static Factuality.Attribution named(ParsedSentence s, SemanticGraph g, IndexedWord head, EntityLayer layer) {
        TreeSet<Integer> idx = new TreeSet<>();
        idx.add(head.index());
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(head)) {
            if (!e.getRelation().toString().equals("case")) {    // "according to": the marker is no part of the name
                idx.add(e.getDependent().index());
                g.descendants(e.getDependent()).forEach(d -> idx.add(d.index()));
            }
        }
        int from = idx.first();
        int to = idx.last();
        if (to - from + 1 > MAX_SOURCE_WORDS || idx.size() != to - from + 1) {
            from = head.index();
            to = head.index();
        }
        while (from < to && s.token(from).pos().matches("IN|TO")) {
            from++;
        }
        StringBuilder text = new StringBuilder();
        for (int i = from; i <= to; i++) {
            Token t = s.token(i);
            if (i > from && t.begin() > s.token(i - 1).end()) {
                text.append(' ');
            }
            text.append(t.word());
        }
        Optional<LocalEntity> entity = layer.at(s.index(), head.index());
        for (int i = to; i >= from && entity.isEmpty(); i--) {
            entity = layer.at(s.index(), i);
        }
        // the head of a long name ("the Organization for ... Security") names the source by the entity's name
        String words = entity.isPresent() && from == to ? entity.get().name() : text.toString();
        return new Factuality.Attribution(words, entity.map(LocalEntity::id).orElse(Assertion.NONE), null);
    }

    /** A date attached to the event or the words it depends on, as SUTime normalized it (a year, month or day). */
    /** The day a weekday's name ("Thursday", "thursday") names, or null. */
    private static java.time.DayOfWeek weekday(String word) {
        try {
            return java.time.DayOfWeek.valueOf(word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Whether the date phrase around token {@code i} writes its year ("12 March 2025"): without the
     * article's date, SUTime anchors "Thursday" to whatever it saw last, which differs from run to run.
     */
    private static boolean writesItsYear(ParsedSentence s, int i) {
        String value = s.token(i).normalized();
        for (int k = i; k >= 1 && value.equals(s.token(k).normalized()); k--) {
            if (s.token(k).word().matches("\\d{4}")) {
                return true;
            }
        }
        for (int k = i + 1; k <= s.tokens().size() && value.equals(s.token(k).normalized()); k++) {
            if (s.token(k).word().matches("\\d{4}")) {
                return true;
            }
        }
        return false;
    }

    private static String dateOf(ParsedSentence s, SemanticGraph g, List<IndexedWord> chain, Optional<LocalDate> published) {
        boolean anchored = published.isPresent();
        for (IndexedWord w : chain) {
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
                String rel = e.getRelation().toString();
                if (!(rel.startsWith("obl") || rel.endsWith("tmod") || rel.startsWith("nmod"))) {
                    continue;
                }
                Token t = s.token(e.getDependent().index());
                java.time.DayOfWeek day = weekday(t.word());
                if (day != null && anchored && t.ner().equals("DATE")) {
                    // a plan "on Thursday": the first such day from the article's date on. SUTime's own
                    // reading of a bare weekday changed between runs (a week apart), so it is not used.
                    return published.get().with(java.time.temporal.TemporalAdjusters.nextOrSame(day)).toString();
                }
                if (t.ner().equals("DATE") && t.normalized() != null && t.normalized().matches("\\d{4}(-\\d{2}(-\\d{2})?)?")
                        && (anchored || writesItsYear(s, e.getDependent().index()))) {
                    return t.normalized();
                }
            }
        }
        return null;
    }
}
