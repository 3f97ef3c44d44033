package org.newskg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Arrays;
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
import java.util.TreeMap;
import java.util.stream.Stream;
import org.newskg.NewsKgException;
import org.newskg.io.ResourceTable;
import org.newskg.kb.KnowledgeBase;
import org.newskg.model.Assertion;
import org.newskg.model.EntityKey;
import org.newskg.model.EntityType;
import org.newskg.model.Evidence;
import org.newskg.model.Factuality;
import org.newskg.model.LocalEntity;
import org.newskg.model.OfficeTime;
import org.newskg.model.Relation;
import org.newskg.nlp.CorefSpan;
import org.newskg.nlp.ParsedSentence;
import org.newskg.nlp.ParsedText;

/**
 * Relations read from predicate frames rather than sentence shapes. The lexicon ({@value #FRAMES},
 * generated from PropBank by {@code lexicon/build_frames.py}) says which verb and noun lemmas state a
 * relation and which numbered argument fills which end; one general argument finder reads those
 * arguments off the enhanced++ dependencies of any sentence:
 * <ul>
 *   <li>a verb's first argument is its subject (also the subject that enhanced++ gives a controlled
 *       verb, a relative clause or a coordinated verb) or its passive agent; its second is its object
 *       or passive subject; a numbered argument is also any {@code obl:PREP} whose preposition marks
 *       that argument in PropBank's examples ("meet with", "travel to");</li>
 *   <li>a noun's first argument is its possessor ("X's visit"), and any argument is an {@code nmod:PREP}
 *       of a marking preposition ("a visit by X to Y", "talks between X and Y"); two or more names
 *       compounded before it are its parties ("the Freedonia-Sylvania talks"); the subject of a light
 *       verb whose object it is ("X held talks with Y", "paid a visit to"), or of the verb it is an
 *       adjunct of ("X spoke after talks with Y"), is its first argument when it has none of its own;</li>
 *   <li>a conjunct fills the role its partner fills ("X and Y met Z").</li>
 * </ul>
 * A frame whose relation is symmetric and whose only filled role names several parties ("X and Y met",
 * "talks between X and Y") relates the parties to each other. The relation stated is the first of the
 * frame's relations whose domain and range the two entities' types fit. What the sentence does with the
 * event (denied, planned, supposed, reported) is read by {@link FactualityReader} from the predicate and,
 * for a noun, from the verb that carries it.
 */
public final class PredicateFrames implements Extractor {
    static final String FRAMES = "lexicon/frames.tsv";
    static final String LIGHT_VERBS = "lexicon/light-verbs.txt";
    static final String CONTROL_NOUNS = "lexicon/control-nouns.txt";
    static final String EXTRAPOSITION_ADJECTIVES = "lexicon/extraposition-adjectives.txt";
    static final String OBJECT_CONTROL_VERBS = "lexicon/object-control-verbs.txt";
    static final double CONFIDENCE = 0.7;
    private static final String FIRST = "ARG0";
    private static final String AGENT = "@agent";
    private static final String SECOND = "ARG1";
    /** Prepositions that name every party of a symmetric event at once: "talks between X and Y". */
    private static final Set<String> PARTIES = Set.of("between", "among");
    /**
     * An event noun in an adjunct of a verb with one of these prepositions takes that verb's subject as
     * its first argument ("X spoke after talks with Y", "took part in talks"); "accused X of talks"
     * does not.
     */
    private static final Set<String> ADJUNCT_PREPOSITIONS = Set.of("during", "after", "before", "at", "in", "following",
            "ahead_of", "since", "until", "throughout");

    enum Pos { VERB, NOUN }

    /** One roleset of one lemma, read as relations. */
    record Frame(String lemma, Pos pos, String roleset, List<Relation> relations, List<String> subjectArgs,
                 List<String> objectArgs, Map<String, Set<String>> markers, Set<String> agentive) {
        Frame {
            // lists and a sorted map, not Set.copyOf/Map.copyOf: their order changes from JVM to JVM,
            // and the first word found for an entity gives its evidence's offsets
            relations = List.copyOf(relations);
            subjectArgs = List.copyOf(subjectArgs);
            objectArgs = List.copyOf(objectArgs);
            markers = java.util.Collections.unmodifiableMap(new TreeMap<>(markers));
            agentive = Set.copyOf(agentive);
        }

        boolean symmetric() {
            return relations.stream().allMatch(Relation::symmetric);
        }
    }

    /**
     * A verb that carries an event noun or gerund: a light verb or a verb it is an adjunct of (whose
     * own modality is the event's), or a verb it is the hidden complement of ({@code governs}: the
     * verb's meaning counts too, as in "accused X of attacking Y").
     */
    private record Carrier(IndexedWord verb, boolean governs) {}

    private final Map<String, List<Frame>> frames;
    private final Set<String> lightVerbs;
    /** Nouns whose possessor is the subject of the verb that completes them: "its readiness to assist X". */
    private final Set<String> controlNouns;
    /** Adjectives whose "it" stands for the clause after them: "it is important to support X". */
    private final Set<String> extraposition;
    /** Verbs whose object is the subject of their "for" gerund: "thanked X for supporting Y". */
    private final Set<String> objectControl;
    private final ArgumentEntities entities;
    private final Gazetteer gazetteer;
    private final FactualityReader factuality = FactualityReader.load();

    PredicateFrames(List<Frame> frames, Set<String> lightVerbs, Set<String> controlNouns, Set<String> extraposition,
                    Set<String> objectControl, Gazetteer gazetteer) {
        Map<String, List<Frame>> byKey = new HashMap<>();
        for (Frame f : frames) {
            byKey.computeIfAbsent(key(f.lemma(), f.pos()), k -> new ArrayList<>()).add(f);
        }
        byKey.replaceAll((k, v) -> List.copyOf(v));
        this.frames = Map.copyOf(byKey);
        this.lightVerbs = Set.copyOf(lightVerbs);
        this.controlNouns = Set.copyOf(controlNouns);
        this.extraposition = Set.copyOf(extraposition);
        this.objectControl = Set.copyOf(objectControl);
        this.entities = new ArgumentEntities(gazetteer);
        this.gazetteer = gazetteer;
    }

    /** The lexicon and light verbs from the class path; a malformed row is an error naming it. */
    public static PredicateFrames load(Gazetteer gazetteer) {
        List<Frame> frames = new ArrayList<>();
        for (ResourceTable.Row row : ResourceTable.read(FRAMES, 7, false)) {
            frames.add(frame(row));
        }
        return new PredicateFrames(frames, words(LIGHT_VERBS), words(CONTROL_NOUNS), words(EXTRAPOSITION_ADJECTIVES),
                words(OBJECT_CONTROL_VERBS), gazetteer);
    }

    /** A one-column word list from the class path, lower-cased. */
    private static Set<String> words(String resource) {
        Set<String> out = new HashSet<>();
        for (ResourceTable.Row row : ResourceTable.read(resource, 1, false)) {
            out.add(row.cells()[0].toLowerCase(Locale.ROOT));
        }
        return out;
    }

    static Frame frame(ResourceTable.Row row) {
        String[] c = row.cells();
        try {
            Pos pos = Pos.valueOf(c[1].toUpperCase(Locale.ROOT));
            List<Relation> relations = Arrays.stream(c[3].split("\\|")).map(Relation::byLocalName).toList();
            Map<String, Set<String>> markers = new TreeMap<>();
            if (!c[6].equals("-")) {
                for (String m : c[6].split("\\s+")) {
                    String[] kv = m.split(":", 2);
                    if (kv.length != 2 || !kv[0].startsWith("ARG")) {
                        throw new IllegalArgumentException("marker '" + m + "' is not ARGn:prep,prep");
                    }
                    markers.put(kv[0], Set.of(kv[1].split(",")));
                }
            }
            // "ARG1@agent": an event in that role stands for its agent
            Set<String> agentive = new HashSet<>();
            List<List<String>> ends = new ArrayList<>();
            for (String end : List.of(c[4], c[5])) {
                List<String> args = new ArrayList<>();
                for (String a : end.split("\\|")) {
                    if (a.endsWith(AGENT)) {
                        a = a.substring(0, a.length() - AGENT.length());
                        agentive.add(a);
                    }
                    args.add(a);
                }
                ends.add(args);
            }
            return new Frame(c[0].toLowerCase(Locale.ROOT), pos, c[2], relations, ends.get(0), ends.get(1), markers, agentive);
        } catch (RuntimeException e) {
            throw new NewsKgException(row.where() + ": bad frame row (" + e.getMessage() + "); regenerate it with lexicon/build_frames.py", e);
        }
    }

    private static String key(String lemma, Pos pos) {
        return lemma + "/" + pos;
    }

    @Override
    public String name() {
        return "frames";
    }

    @Override
    public Set<Need> requires() {
        return EnumSet.of(Need.TOKENS, Need.DEPENDENCIES, Need.ENTITIES, Need.TITLE_CONTEXT, Need.TITLE_REFERENCES);
    }

    @Override
    public Set<Need> provides() {
        return EnumSet.of(Need.FRAMES);
    }

    @Override
    public Extraction apply(ParsedText text, Extraction sofar) {
        Optional<LocalEntity> home = sofar.home().map(id -> sofar.layer().entities().get(id));
        return sofar.plus(extract(text, sofar.layer(), actsFor(sofar), home));
    }

    /** Every frame of every predicate word of every sentence. */
    List<Assertion> extract(ParsedText text, EntityLayer layer, Map<Integer, LocalEntity> actsFor, Optional<LocalEntity> home) {
        List<Assertion> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ParsedSentence s : text.sentences()) {
            if (s.deps() == null) {
                continue;
            }
            for (IndexedWord p : s.deps().vertexListSorted()) {
                Pos pos = posOf(p);
                if (pos == null || layer.at(s.index(), p.index()).filter(e -> e.type() != EntityType.AGREEMENT).isPresent()) {
                    continue;    // "the Velmora Summit" names a thing; it states no meeting (but "a deal with X" is one)
                }
                for (Frame f : frames.getOrDefault(key(lemma(p), pos), List.of())) {
                    for (Assertion a : read(text, s, layer, actsFor, home, p, f)) {
                        if (seen.add(dedupKey(a))) {
                            out.add(a);
                        }
                    }
                }
            }
        }
        return headlinesTakeTheBodysStatus(text, out);
    }

    /**
     * A verbless sentence (a headline: "Ana Example's Travel to Freedonia") has no tense or modality of
     * its own: when the article's body speaks of the same event only as planned, denied or supposed,
     * the headline's reading takes the body's status.
     */
    private static List<Assertion> headlinesTakeTheBodysStatus(ParsedText text, List<Assertion> found) {
        Set<Integer> verbless = new HashSet<>();
        for (ParsedSentence s : text.sentences()) {
            if (s.deps() != null && s.deps().vertexSet().stream().noneMatch(w -> posOf(w) == Pos.VERB)) {
                verbless.add(s.index());
            }
        }
        if (verbless.isEmpty()) {
            return found;
        }
        Map<String, List<Factuality>> body = new HashMap<>();
        for (Assertion a : found) {
            if (!verbless.contains(a.evidence().sentence())) {
                body.computeIfAbsent(pairKey(a), k -> new ArrayList<>()).add(a.evidence().factuality());
            }
        }
        List<Assertion> out = new ArrayList<>();
        for (Assertion a : found) {
            List<Factuality> said = body.get(pairKey(a));
            if (verbless.contains(a.evidence().sentence()) && a.evidence().factuality().status() == Factuality.Status.ASSERTED
                    && said != null && said.stream().noneMatch(f -> f.status() == Factuality.Status.ASSERTED)) {
                a = new Assertion(a.subject(), a.relation(), a.object(), a.literal(), a.evidence().withFactuality(said.get(0)));
            }
            out.add(a);
        }
        return out;
    }

    private static String pairKey(Assertion a) {
        int x = Math.min(a.subject(), a.object());
        int y = Math.max(a.subject(), a.object());
        return a.relation().symmetric() ? x + " " + a.relation() + " " + y : a.subject() + " " + a.relation() + " " + a.object();
    }

    /**
     * One assertion per relation, pair, sentence and status: a fact two rolesets of a lemma (or a
     * frame and a rule) read is one fact, but a sentence that supposes it in one clause and states
     * it in another keeps both.
     */
    static String dedupKey(Assertion a) {
        int x = a.subject();
        int y = a.object();
        if (a.relation().symmetric() && y < x) {
            x = a.object();
            y = a.subject();
        }
        return x + " " + a.relation() + " " + y + " " + a.evidence().docId() + " " + a.evidence().sentence() + " "
                + a.evidence().factuality().status();
    }

    /*
     * A graph's edges in word order, never in hash order: a parse read back from the annotation cache
     * must give the same facts, with the same evidence, as a fresh one.
     */
    private static List<SemanticGraphEdge> outgoing(SemanticGraph g, IndexedWord w) {
        List<SemanticGraphEdge> es = new ArrayList<>(g.outgoingEdgeList(w));
        es.sort(java.util.Comparator.comparingInt((SemanticGraphEdge e) -> e.getDependent().index()).thenComparing(e -> e.getRelation().toString()));
        return es;
    }

    private static List<SemanticGraphEdge> incoming(SemanticGraph g, IndexedWord w) {
        List<SemanticGraphEdge> es = new ArrayList<>(g.incomingEdgeList(w));
        es.sort(java.util.Comparator.comparingInt((SemanticGraphEdge e) -> e.getGovernor().index()).thenComparing(e -> e.getRelation().toString()));
        return es;
    }

    /**
     * "Under Secretary Ana Example will travel to Velmora": the parser reads the title's "Under" as a
     * preposition and the subject as an "under" phrase. A capitalized "Under" before "Secretary" is the title's.
     */
    private static boolean underSecretary(SemanticGraph g, String rel, IndexedWord d) {
        return rel.equals("obl:under") && outgoing(g, d).stream().anyMatch(e -> e.getRelation().toString().equals("case")
                && e.getDependent().word().equals("Under"))
                && outgoing(g, d).stream().anyMatch(e -> e.getDependent().word().equals("Secretary"));
    }

    private static Pos posOf(IndexedWord w) {
        String tag = w.tag() == null ? "" : w.tag();
        return tag.startsWith("VB") ? Pos.VERB : tag.startsWith("NN") ? Pos.NOUN : null;
    }

    private static String lemma(IndexedWord w) {
        return (w.lemma() == null ? w.word() : w.lemma()).toLowerCase(Locale.ROOT);
    }

    /** The arguments of frame {@code f} at predicate {@code p}: the head words that fill each role. */
    Map<String, Set<IndexedWord>> arguments(SemanticGraph g, IndexedWord p, Frame f, List<Carrier> carriers) {
        Map<String, Set<IndexedWord>> args = new LinkedHashMap<>();
        for (SemanticGraphEdge e : outgoing(g, p)) {
            String rel = e.getRelation().toString();
            IndexedWord d = e.getDependent();
            String prep = rel.contains(":") ? rel.substring(rel.indexOf(':') + 1) : "";
            if (f.symmetric() && PARTIES.contains(prep) && (rel.startsWith("obl:") || rel.startsWith("nmod:"))) {
                add(args, FIRST, d);
            }
            if (f.pos() == Pos.VERB) {
                if (rel.equals("nsubj") || rel.equals("nsubj:xsubj") || rel.equals("obl:agent") || underSecretary(g, rel, d)) {
                    add(args, FIRST, d);
                    nounController(rel, d, carriers);
                } else if (rel.equals("obj") || rel.equals("nsubj:pass")
                        || (rel.equals("iobj") && outgoing(g, p).stream().noneMatch(o -> o.getRelation().toString().equals("obj")))) {
                    // an iobj without an obj is the parser's misreading of "met Freedonian ministers X and Y"
                    add(args, SECOND, d);
                    // "bought jets from X": the parser may hang the marked phrase on the object
                    for (SemanticGraphEdge oe : outgoing(g, d)) {
                        if (!oe.getRelation().toString().equals("nmod:poss")) {
                            marked(args, f, oe.getRelation().toString(), "nmod:", SECOND, oe.getDependent());
                        }
                    }
                }
                marked(args, f, rel, "obl:", null, d);
            } else {
                // a noun's possessor and its "by" phrase are its agent ("X's visit", "a visit by X")
                if (rel.equals("nmod:poss") || (rel.equals("nmod:by") && f.markers().values().stream().noneMatch(m -> m.contains("by")))) {
                    add(args, FIRST, d);
                }
                marked(args, f, rel, "nmod:", null, d);
            }
        }
        if (f.pos() == Pos.VERB && "VBN".equals(p.tag())) {
            // "Velcor, led by Ana Example", "the accord, signed by Freedonia": a participle after a noun
            // has that noun as its object and its "by" phrase as its agent
            for (SemanticGraphEdge e : incoming(g, p)) {
                if (e.getRelation().toString().equals("acl") && !args.containsKey(SECOND)) {
                    add(args, SECOND, e.getGovernor());
                    outgoing(g, p).stream().filter(pe -> pe.getRelation().toString().equals("obl:by"))
                            .forEach(pe -> add(args, FIRST, pe.getDependent()));
                }
            }
        }
        if (f.pos() == Pos.VERB) {
            // "accused X of attacking Y", which the parser reads as an adjective of Y
            for (SemanticGraphEdge e : incoming(g, p)) {
                if (e.getRelation().toString().equals("amod") && "VBG".equals(p.tag())) {
                    add(args, SECOND, e.getGovernor());
                    gerundOf(g, e.getGovernor(), args, carriers);
                    controlNounOf(g, e.getGovernor(), args, carriers);    // "their commitment to supporting X"
                }
            }
            if (!args.containsKey(FIRST) && ("VBG".equals(p.tag()) || hasAux(g, p, "VBG"))) {
                // "X expanded the partnership by signing a memorandum", "Having met Y, X left": the
                // subject of an adverbial gerund is its clause's; that verb's modality is the event's
                for (SemanticGraphEdge e : incoming(g, p)) {
                    if (e.getRelation().toString().startsWith("advcl")) {
                        IndexedWord v = e.getGovernor();
                        carriers.add(new Carrier(v, false));
                        // "X joined Y in signing it": Y signed too
                        boolean joined = lemma(v).equals("join") && e.getRelation().toString().equals("advcl:in");
                        outgoing(g, v).stream().filter(ve -> ve.getRelation().toString().equals("nsubj")
                                        || (joined && ve.getRelation().toString().equals("obj")))
                                .forEach(ve -> add(args, FIRST, ve.getDependent()));
                    }
                }
            }
        }
        if (f.pos() == Pos.VERB && !args.containsKey(FIRST)) {
            controller(g, p, args, carriers);
        }
        if (f.pos() == Pos.VERB) {
            possessorsOfControlNouns(g, args);
        }
        if (f.pos() == Pos.NOUN) {
            for (SemanticGraphEdge e : outgoing(g, p)) {
                IndexedWord d = e.getDependent();    // "accused X of holding talks with Y", read as an adjective
                if (e.getRelation().toString().equals("amod") && "VBG".equals(d.tag()) && lightVerbs.contains(lemma(d))) {
                    gerundOf(g, p, args, carriers);
                }
            }
            for (SemanticGraphEdge e : incoming(g, p)) {
                String rel = e.getRelation().toString();
                IndexedWord v = e.getGovernor();
                // "entered into an agreement with Y": the event may also be the light verb's "into" phrase
                boolean light = (rel.equals("obj") || rel.equals("nsubj:pass") || rel.equals("obl:into"))
                        && lightVerbs.contains(lemma(v));
                boolean adjunct = rel.startsWith("obl:") && ADJUNCT_PREPOSITIONS.contains(rel.substring(4)) && posOf(v) == Pos.VERB
                        && !factuality.isSpeech(lemma(v));    // "In talks there with X, Y said he hopes": when, is not said
                if (!light && !adjunct) {
                    continue;
                }
                carriers.add(new Carrier(v, false));
                if (!args.containsKey(FIRST)) {
                    for (SemanticGraphEdge ve : outgoing(g, v)) {
                        String vr = ve.getRelation().toString();
                        if (vr.equals("nsubj") || vr.equals("nsubj:xsubj") || (light && vr.equals("obl:agent"))) {
                            add(args, FIRST, ve.getDependent());
                        }
                    }
                }
                if (light) {    // "paid a visit to Y": the light verb holds the noun's prepositions
                    for (SemanticGraphEdge ve : outgoing(g, v)) {
                        marked(args, f, ve.getRelation().toString(), "obl:", null, ve.getDependent());
                    }
                }
            }
        }
        // the names a plural noun lists fill its role: "met Freedonian ministers X and Y"
        for (Set<IndexedWord> words : args.values()) {
            for (IndexedWord w : List.copyOf(words)) {
                if ("NNS".equals(w.tag())) {
                    for (SemanticGraphEdge e : outgoing(g, w)) {
                        if (e.getRelation().toString().matches("dep|appos") && e.getDependent().tag() != null
                                && e.getDependent().tag().startsWith("NNP")) {
                            words.add(e.getDependent());
                        }
                    }
                }
            }
        }
        // conjuncts and appositions fill their partner's role ("X and Y", "Velmora, Freedonia", "the envoy, X")
        for (Set<IndexedWord> words : args.values()) {
            for (IndexedWord w : List.copyOf(words)) {
                for (SemanticGraphEdge e : outgoing(g, w)) {
                    String rel = e.getRelation().toString();
                    if (rel.equals("conj:and") || rel.equals("conj") || rel.equals("appos")) {
                        words.add(e.getDependent());
                    }
                }
            }
        }
        return args;
    }

    /**
     * A gerund after "of" or "for" whose phrase is an adjunct of a verb ("accused X of attacking Y",
     * "blamed X for attacking Y", "X was accused of attacking Y"): its subject is that verb's object,
     * else its passive subject, else its subject; that verb carries the event's factuality.
     */
    private static void gerundOf(SemanticGraph g, IndexedWord noun, Map<String, Set<IndexedWord>> args, List<Carrier> carriers) {
        for (SemanticGraphEdge e : incoming(g, noun)) {
            String rel = e.getRelation().toString();
            if (!(rel.equals("obl:of") || rel.equals("obl:for")) || args.containsKey(FIRST)) {
                continue;
            }
            IndexedWord v = e.getGovernor();
            carriers.add(new Carrier(v, true));
            for (String want : List.of("obj", "nsubj:pass", "nsubj")) {
                for (SemanticGraphEdge ve : outgoing(g, v)) {
                    if (ve.getRelation().toString().equals(want) && !args.containsKey(FIRST)) {
                        add(args, FIRST, ve.getDependent());
                    }
                }
            }
        }
    }

    /**
     * The subject of a verb that completes another, when the parser gives it none: the subject of the
     * nearest verb up the chain of {@code xcomp} that has one ("affirmed their resolve to continue
     * supporting X", "want to keep working with X"), or the possessor of the control noun the verb
     * completes ("their commitment to support X"). Each verb on the way carries the event's factuality.
     */
    private void controller(SemanticGraph g, IndexedWord p, Map<String, Set<IndexedWord>> args, List<Carrier> carriers) {
        objectController(g, p).ifPresent(o -> add(args, FIRST, o));
        IndexedWord v = p;
        for (int depth = 0; depth < 3 && !args.containsKey(FIRST); depth++) {
            for (SemanticGraphEdge e : incoming(g, v)) {
                String rel = e.getRelation().toString();
                if ((rel.equals("acl") || rel.equals("acl:to")) && controlNouns.contains(lemma(e.getGovernor()))) {
                    possessor(g, e.getGovernor()).ifPresent(o -> add(args, FIRST, o));
                    carrierOf(g, e.getGovernor()).ifPresent(c -> carriers.add(new Carrier(c, false)));
                }
            }
            Optional<IndexedWord> up = incoming(g, v).stream().filter(e -> e.getRelation().toString().equals("xcomp"))
                    .map(SemanticGraphEdge::getGovernor).findFirst();
            if (up.isEmpty() || args.containsKey(FIRST)) {
                return;
            }
            v = up.get();
            carriers.add(new Carrier(v, false));
            for (SemanticGraphEdge e : outgoing(g, v)) {
                String rel = e.getRelation().toString();
                if (expletive(g, e.getDependent())) {
                    return;    // "it is important to keep supporting X": "it" stands for no one
                }
                if (rel.equals("nsubj") || rel.equals("nsubj:xsubj")) {
                    add(args, FIRST, e.getDependent());
                    nounController(rel, e.getDependent(), carriers);
                }
            }
        }
    }

    /**
     * "thanked Freedonia for supporting Sylvania": the object of a verb of thanking or blaming did
     * what its "for" gerund says. The parser hangs the gerund on the verb (advcl:for, obl:for) or on
     * a "for" it leaves as a bare dependent.
     */
    private Optional<IndexedWord> objectController(SemanticGraph g, IndexedWord p) {
        if (p.tag() == null || !p.tag().equals("VBG")) {
            return Optional.empty();
        }
        for (SemanticGraphEdge e : incoming(g, p)) {
            String rel = e.getRelation().toString();
            IndexedWord governor = e.getGovernor();
            if (rel.equals("dep") && governor.word().equalsIgnoreCase("for")) {
                governor = incoming(g, governor).stream().filter(x -> x.getRelation().toString().equals("dep"))
                        .map(SemanticGraphEdge::getGovernor).findFirst().orElse(null);
            } else if (!rel.matches("advcl:for|obl:for|acl:for")) {
                continue;
            }
            if (governor != null && objectControl.contains(lemma(governor))) {
                Optional<IndexedWord> o = outgoing(g, governor).stream().filter(x -> x.getRelation().toString().equals("obj"))
                        .map(SemanticGraphEdge::getDependent).findFirst();
                if (o.isPresent()) {
                    return o;
                }
            }
        }
        return Optional.empty();
    }

    /** "announced its plan to support X": a noun that controls the verb says how sure it is, as a verb above it would. */
    private static void nounController(String rel, IndexedWord subject, List<Carrier> carriers) {
        if (rel.equals("nsubj:xsubj") && subject.tag() != null && subject.tag().matches("NNS?")) {
            carriers.add(new Carrier(subject, true));
        }
    }

    /** "It" as the subject of an adjective of a clause: "it is important to ...", a placeholder for the clause. */
    private boolean expletive(SemanticGraph g, IndexedWord w) {
        return w.word().equalsIgnoreCase("it") && incoming(g, w).stream()
                .anyMatch(e -> e.getRelation().toString().equals("nsubj") && extraposition.contains(lemma(e.getGovernor())));
    }

    /**
     * "Freedonia expressed its readiness to assist X": the parser makes the control noun the subject of
     * the verb that completes it; its possessor is.
     */
    private void possessorsOfControlNouns(SemanticGraph g, Map<String, Set<IndexedWord>> args) {
        Set<IndexedWord> first = args.get(FIRST);
        if (first == null) {
            return;
        }
        for (IndexedWord w : List.copyOf(first)) {
            if (w.tag() != null && w.tag().startsWith("NN") && !w.tag().startsWith("NNP") && controlNouns.contains(lemma(w))) {
                possessor(g, w).ifPresent(o -> {
                    first.remove(w);
                    first.add(o);
                });
            }
        }
    }

    /** "their commitment to supporting X", where the parser reads the gerund as an adjective of X. */
    private void controlNounOf(SemanticGraph g, IndexedWord noun, Map<String, Set<IndexedWord>> args, List<Carrier> carriers) {
        if (args.containsKey(FIRST)) {
            return;
        }
        for (SemanticGraphEdge e : incoming(g, noun)) {
            String rel = e.getRelation().toString();
            IndexedWord c = e.getGovernor();
            if ((rel.equals("nmod:to") || rel.equals("nmod:for")) && controlNouns.contains(lemma(c))) {
                possessor(g, c).ifPresent(o -> add(args, FIRST, o));
                carrierOf(g, c).ifPresent(v -> carriers.add(new Carrier(v, false)));
            }
        }
    }

    private static Optional<IndexedWord> possessor(SemanticGraph g, IndexedWord noun) {
        return outgoing(g, noun).stream().filter(e -> e.getRelation().toString().equals("nmod:poss"))
                .map(SemanticGraphEdge::getDependent).findFirst();
    }

    /** The verb whose object or subject a noun is ("reiterated their commitment"), which says how sure it is. */
    private static Optional<IndexedWord> carrierOf(SemanticGraph g, IndexedWord noun) {
        return incoming(g, noun).stream().map(SemanticGraphEdge::getGovernor).filter(v -> posOf(v) == Pos.VERB).findFirst();
    }

    /** Whether {@code w} has an auxiliary of this tag ("having met": met's aux "having" is VBG). */
    private static boolean hasAux(SemanticGraph g, IndexedWord w, String tag) {
        return outgoing(g, w).stream().anyMatch(e -> e.getRelation().toString().equals("aux") && tag.equals(e.getDependent().tag()));
    }

    private static void add(Map<String, Set<IndexedWord>> args, String role, IndexedWord w) {
        args.computeIfAbsent(role, k -> new LinkedHashSet<>()).add(w);
    }

    /**
     * A dependency {@code PREFIX + prep} ("obl:with", "nmod:to") fills every argument that preposition
     * marks, but {@code except} (or null).
     */
    private static void marked(Map<String, Set<IndexedWord>> args, Frame f, String rel, String prefix, String except,
                               IndexedWord d) {
        if (!rel.startsWith(prefix)) {
            return;
        }
        String prep = rel.substring(prefix.length());
        for (Map.Entry<String, Set<String>> m : f.markers().entrySet()) {
            if (!m.getKey().equals(except) && m.getValue().contains(prep)) {
                add(args, m.getKey(), d);
            }
        }
    }

    private List<Assertion> read(ParsedText text, ParsedSentence s, EntityLayer layer, Map<Integer, LocalEntity> actsFor,
                                 Optional<LocalEntity> home, IndexedWord p, Frame f) {
        SemanticGraph g = s.deps();
        List<Carrier> carriers = new ArrayList<>();
        Map<String, Set<IndexedWord>> args = arguments(g, p, f, carriers);
        Set<EntityType> subjectTypes = EnumSet.noneOf(EntityType.class);
        Set<EntityType> objectTypes = EnumSet.noneOf(EntityType.class);
        for (Relation r : f.relations()) {
            subjectTypes.addAll(r.domain().types());
            objectTypes.addAll(r.range().types());
        }
        Map<LocalEntity, IndexedWord> subjects = fill(text, s, layer, args, f, f.subjectArgs(), subjectTypes);
        if (subjects.isEmpty()) {
            subjects = ours(text, s, layer, args, f.subjectArgs(), subjectTypes, actsFor, home);
        }
        if (subjects.isEmpty() && !subjectTypes.contains(EntityType.PERSON)) {
            subjects = officialsCountries(text, s, layer, args, f.subjectArgs(), actsFor);
        }
        Map<LocalEntity, IndexedWord> objects = fill(text, s, layer, args, f, f.objectArgs(), objectTypes);
        if (f.pos() == Pos.NOUN && subjects.isEmpty()) {
            subjects = parties(s, layer, g, p, f, subjectTypes);
        }
        if (f.pos() == Pos.NOUN && subjects.isEmpty() && !objects.isEmpty()) {
            subjects = modifierAgent(s, layer, g, p, subjectTypes);
        }
        List<Assertion> out = new ArrayList<>();
        Factuality fact = null;
        if (objects.isEmpty() && f.symmetric() && subjects.size() > 1 && !hasOtherParty(g, p, args, f)) {
            // "X and Y met", "talks between X and Y": the parties with each other (but "X and Y met
            // with officials" is no meeting of X with Y)
            List<Map.Entry<LocalEntity, IndexedWord>> parties = List.copyOf(subjects.entrySet());
            for (int i = 0; i < parties.size(); i++) {
                for (int j = i + 1; j < parties.size(); j++) {
                    fact = fact != null ? fact : factuality(s, layer, p, carriers, text);
                    assertion(text, s, p, f, parties.get(i), parties.get(j), fact).ifPresent(out::add);
                }
            }
            return out;
        }
        for (Map.Entry<LocalEntity, IndexedWord> a : subjects.entrySet()) {
            for (Map.Entry<LocalEntity, IndexedWord> b : objects.entrySet()) {
                fact = fact != null ? fact : factuality(s, layer, p, carriers, text);
                assertion(text, s, p, f, a, b, fact).ifPresent(out::add);
            }
        }
        boolean person = subjects.keySet().stream().anyMatch(x -> x.type() == EntityType.PERSON);
        Map<LocalEntity, IndexedWord> principals = principals(s, layer, g, p, f, person);
        for (Map.Entry<LocalEntity, IndexedWord> c : principals.entrySet()) {
            fact = fact != null ? fact : factuality(s, layer, p, carriers, text);
            for (Map.Entry<LocalEntity, IndexedWord> b : objects.entrySet()) {
                assertion(text, s, p, f, c, b, fact).ifPresent(out::add);
            }
            // whom one acts for one belongs to, whether the act is done or only planned
            boolean actsAsTheirs = fact.status() == Factuality.Status.ASSERTED || fact.status() == Factuality.Status.PLANNED;
            for (Map.Entry<LocalEntity, IndexedWord> a : subjects.entrySet()) {
                if (actsAsTheirs && a.getKey().type() == EntityType.PERSON) {
                    out.add(Assertion.between(a.getKey().id(), Relation.MEMBER_OF, c.getKey().id(),
                            evidence(text, s, p, f, a.getValue(), c.getValue(), Factuality.ASSERTED)));
                }
            }
        }
        if (f.relations().contains(Relation.MET_WITH)) {
            out.addAll(visitsOf(text, s, layer, actsFor, p, out));
        }
        if (!subjects.isEmpty() && f.relations().contains(Relation.MET_WITH) && !separately(s.deps(), p)) {
            // "X met with Y and Z": a meeting of three, where Y also met Z (not "met separately with";
            // and a longer list is a round of talks or a delegation, not one table)
            List<Map.Entry<LocalEntity, IndexedWord>> others = objects.entrySet().stream()
                    .filter(o -> o.getKey().type() == EntityType.PERSON).toList();
            if (others.size() == 2 && objects.size() == 2) {
                fact = fact != null ? fact : factuality(s, layer, p, carriers, text);
                assertion(text, s, p, f, others.get(0), others.get(1), fact).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * Whether the event has a party besides its subjects, entity or not: an object role's words, or a
     * "with" phrase of the predicate ("X and Y met with officials"), but "each other" and "one another".
     * A topic is no party ("X and Y discussed the harvest"), nor is the event itself ("fought a war").
     */
    private boolean hasOtherParty(SemanticGraph g, IndexedWord p, Map<String, Set<IndexedWord>> args, Frame f) {
        // "X and Y condemned the attacks": an event in a role that stands for its agent is another party's act
        if (f.objectArgs().stream().anyMatch(r -> f.agentive().contains(r) && args.containsKey(r))) {
            return true;
        }
        Stream<IndexedWord> roles = f.objectArgs().stream().flatMap(r -> args.getOrDefault(r, Set.of()).stream());
        Stream<IndexedWord> with = outgoing(g, p).stream()
                .filter(e -> e.getRelation().toString().matches("obl:with|nmod:with"))
                .map(SemanticGraphEdge::getDependent);
        // "fought a war", "held talks": an event noun in the object is the event, not a party
        return Stream.concat(roles, with)
                .anyMatch(w -> !w.lemma().matches("(?i)other|another") && !frames.containsKey(key(lemma(w), Pos.NOUN)));
    }

    /** The entities the words of these roles stand for, each with the word it was found at. */
    private Map<LocalEntity, IndexedWord> fill(ParsedText text, ParsedSentence s, EntityLayer layer, Map<String, Set<IndexedWord>> args,
                                               Frame f, List<String> roles, Set<EntityType> types) {
        // a person's relation to a body is to the body itself: "joined Velcor's celebration" joins no Velcor
        boolean ofPerson = roles.equals(f.objectArgs())
                && f.relations().stream().allMatch(r -> r.domain().types().equals(Set.of(EntityType.PERSON)));
        Map<LocalEntity, IndexedWord> out = new LinkedHashMap<>();
        for (String role : roles) {
            for (IndexedWord w : args.getOrDefault(role, Set.of())) {
                Optional<LocalEntity> e = entities.at(s, layer, w, types);
                if (e.isEmpty() && f.agentive().contains(role)) {
                    e = agentOf(s, layer, w, types);
                } else if (e.isEmpty() && !types.contains(EntityType.PERSON) && !types.contains(EntityType.PLACE) && !ofPerson) {
                    // between states and bodies, what is theirs stands for them: "attacked Freedonia's
                    // ports", "support for the people of Freedonia", and so do the people who come from
                    // them: "worked with officials from Freedonia and Sylvania" (each, when listed)
                    boolean representatives = gazetteer.isRepresentativeNoun(lemma(w));
                    for (SemanticGraphEdge p : outgoing(s.deps(), w)) {
                        String pr = p.getRelation().toString();
                        if (pr.equals("nmod:poss") || pr.equals("nmod:of") || (representatives && pr.equals("nmod:from"))) {
                            layer.at(s.index(), p.getDependent().index()).filter(x -> types.contains(x.type()))
                                    .ifPresent(x -> out.putIfAbsent(x, w));
                        }
                    }
                }
                if (e.isEmpty() && types.contains(EntityType.PERSON)) {
                    pairOf(text, s, layer, w).forEach(x -> out.putIfAbsent(x, w));    // "the two leaders", "their"
                }
                e.ifPresent(x -> out.putIfAbsent(x, w));
            }
        }
        return out;
    }

    /**
     * "Ana Example met Ivo Sample in Velmora": whoever of them acts for a country other than the city's
     * came to it, and visited it, with the meeting's factuality. A city whose country neither the
     * gazetteer's capitals nor the knowledge base's cities tell for sure gives no visit.
     */
    private List<Assertion> visitsOf(ParsedText text, ParsedSentence s, EntityLayer layer, Map<Integer, LocalEntity> actsFor,
                                     IndexedWord p, List<Assertion> meetings) {
        Optional<LocalEntity> city = outgoing(s.deps(), p).stream()
                .filter(e -> e.getRelation().toString().matches("obl:in|nmod:in"))
                .map(e -> layer.at(s.index(), e.getDependent().index()))
                .flatMap(Optional::stream).filter(e -> e.type() == EntityType.CITY).findFirst();
        if (city.isEmpty()) {
            return List.of();
        }
        Optional<String> code = gazetteer.countryOfCapital(city.get().name()).map(Gazetteer.Country::code);
        if (code.isEmpty()) {
            Set<String> codes = KnowledgeBase.get().countriesOfCity(city.get().name());
            code = codes.size() == 1 ? Optional.of(codes.iterator().next()) : Optional.empty();
        }
        if (code.isEmpty()) {
            return List.of();
        }
        EntityKey here = EntityKey.country(code.get());
        List<Assertion> out = new ArrayList<>();
        Set<Integer> done = new HashSet<>();
        for (Assertion m : meetings) {
            if (m.relation() != Relation.MET_WITH) {
                continue;
            }
            for (int person : List.of(m.subject(), m.object())) {
                LocalEntity home = actsFor.get(person);
                if (home != null && !here.equals(home.key()) && done.add(person)) {
                    out.add(Assertion.between(person, Relation.VISITED, city.get().id(), m.evidence()));    // the meeting's words
                }
            }
        }
        return out;
    }

    /** Whether the meeting was one per party: "met separately with", "met individually with". */
    private static boolean separately(SemanticGraph g, IndexedWord p) {
        return outgoing(g, p).stream().anyMatch(e -> e.getRelation().toString().equals("advmod")
                && lemma(e.getDependent()).matches("separately|individually|respectively|later|then"));
    }

    /** "the leaders" with nothing that says which ("the leaders of Sylvania", "the Freedonian ministers" are others). */
    private static boolean bare(SemanticGraph g, IndexedWord w) {
        return outgoing(g, w).stream().allMatch(e -> e.getRelation().toString().matches("det|punct"));
    }

    /** Plural pronouns that may refer back to "the two leaders". */
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "their", "them", "themselves");

    /**
     * {@link #pairOf(ParsedSentence, EntityLayer, IndexedWord)}, or for a plural pronoun or "the
     * leaders", the pair of a mention before it in its coreference chain ("Both leaders affirmed their
     * resolve to ...", "Both leaders ... The leaders also condemned ...").
     */
    static List<LocalEntity> pairOf(ParsedText text, ParsedSentence s, EntityLayer layer, IndexedWord w) {
        List<LocalEntity> direct = pairOf(s, layer, w);
        boolean pairNoun = "NNS".equals(w.tag()) && PAIR_NOUNS.contains(lemma(w));
        if (!direct.isEmpty() || !(pairNoun || PLURAL_PRONOUNS.contains(w.word().toLowerCase(Locale.ROOT)))) {
            return direct;
        }
        for (List<CorefSpan> chain : text.corefChains()) {
            if (chain.stream().noneMatch(m -> m.sentence() == s.index() && m.from() <= w.index() && w.index() < m.to())) {
                continue;
            }
            for (CorefSpan m : chain) {
                boolean before = m.sentence() < s.index() || (m.sentence() == s.index() && m.to() <= w.index());
                if (m.pronoun() || !before || m.sentence() >= text.sentences().size()) {
                    continue;
                }
                ParsedSentence ms = text.sentences().get(m.sentence());
                IndexedWord head = ms.deps() == null ? null : ms.deps().getNodeByIndexSafe(m.to() - 1);
                List<LocalEntity> pair = head == null ? List.of() : pairOf(ms, layer, head);
                if (!pair.isEmpty()) {
                    return pair;
                }
            }
        }
        return List.of();
    }

    /** Plural nouns for officials that "the two ...", "both ..." and "the ..." refer back to. */
    private static final Set<String> PAIR_NOUNS = Set.of("leader", "minister", "official", "president", "secretary",
            "counterpart", "diplomat", "envoy", "representative", "foreign minister", "prime minister");

    /**
     * "Ana Example met Ivo Sample on Monday. The two leaders discussed trade": the two people "the two
     * [leaders]", "both [leaders]" or a bare "the leaders" refers back to, when the sentence before it,
     * and this one up to it, name exactly two. More or fewer: nobody.
     */
    static List<LocalEntity> pairOf(ParsedSentence s, EntityLayer layer, IndexedWord w) {
        String lemma = lemma(w);
        boolean pair = false;
        if (lemma.equals("two") || lemma.equals("both")) {
            pair = outgoing(s.deps(), w).stream().anyMatch(e -> e.getRelation().toString().equals("det"))
                    || lemma.equals("both");
        } else if (w.tag() != null && w.tag().equals("NNS") && PAIR_NOUNS.contains(lemma)) {
            pair = outgoing(s.deps(), w).stream().anyMatch(e -> {
                String r = e.getRelation().toString();
                String d = lemma(e.getDependent());
                return (r.equals("nummod") && d.equals("two")) || (r.matches("det|cc:preconj|predet") && d.equals("both"))
                        || (r.equals("det") && d.equals("the") && bare(s.deps(), w));
            });
        }
        if (!pair) {
            return List.of();
        }
        int at = s.token(w.index()).begin();
        List<LocalEntity> people = layer.entities().stream().filter(x -> x.type() == EntityType.PERSON)
                .filter(x -> x.mentions().stream().anyMatch(m -> m.sentence() == s.index() - 1
                        || (m.sentence() == s.index() && m.end() <= at)))
                .toList();
        return people.size() == 2 ? people : List.of();
    }

    /** The words for the article's own side: "we", "our", "us". */
    private static final Set<String> FIRST_PERSON_PLURAL = Set.of("we", "our", "us", "ours", "ourselves");

    /**
     * "We are partnering with Freedonia", "our collaboration with Freedonia": in a release whose own
     * country is known ({@link Extraction#home()}, from {@link TitleContext}), "we" that coreference
     * leaves unresolved is that country, in the release's own words, or in a quotation when the people
     * named around it (this sentence and the ones beside it) act for that country only.
     */
    private static Map<LocalEntity, IndexedWord> ours(ParsedText text, ParsedSentence s, EntityLayer layer,
            Map<String, Set<IndexedWord>> args, List<String> roles, Set<EntityType> types,
            Map<Integer, LocalEntity> actsFor, Optional<LocalEntity> home) {
        if (home.isEmpty() || !types.contains(EntityType.COUNTRY) || types.contains(EntityType.PERSON)) {
            return Map.of();    // between states and bodies only: people meet, not "we"
        }
        for (String role : roles) {
            for (IndexedWord w : args.getOrDefault(role, Set.of())) {
                if (FIRST_PERSON_PLURAL.contains(w.word().toLowerCase(Locale.ROOT)) && layer.at(s.index(), w.index()).isEmpty()
                        && (!quoted(text, s, w) || speaksForOnly(text, s, layer, actsFor, home.get()))) {
                    return Map.of(home.get(), w);
                }
            }
        }
        return Map.of();
    }

    /** Whether a word stands inside quotation marks opened earlier in its paragraph. */
    private static boolean quoted(ParsedText text, ParsedSentence s, IndexedWord w) {
        String doc = text.document().text();
        int at = s.token(w.index()).begin();
        int from = doc.lastIndexOf('\n', at) + 1;
        int straight = 0;
        int open = -1;
        int close = -1;
        for (int i = from; i < at; i++) {
            char c = doc.charAt(i);
            if (c == '"') {
                straight++;
            } else if (c == '\u201C') {
                open = i;
            } else if (c == '\u201D') {
                close = i;
            }
        }
        return straight % 2 == 1 || open > close;
    }

    /** Whether the people this sentence and the ones beside it name act for {@code home} and for no other country. */
    private static boolean speaksForOnly(ParsedText text, ParsedSentence s, EntityLayer layer, Map<Integer, LocalEntity> actsFor,
                                         LocalEntity home) {
        Set<Integer> sides = new HashSet<>();
        for (LocalEntity e : layer.entities()) {
            if (e.type() == EntityType.PERSON && actsFor.containsKey(e.id())
                    && e.mentions().stream().anyMatch(m -> Math.abs(m.sentence() - s.index()) <= 1)) {
                sides.add(actsFor.get(e.id()).id());
            }
        }
        return sides.equals(Set.of(home.id()));
    }

    /**
     * The one country each person the article gives a country's office (leaderOf or memberOf it, as
     * asserted) acts for: "Foreign Minister Ana Example condemned ..." is Freedonia condemning.
     */
    private static Map<Integer, LocalEntity> actsFor(Extraction sofar) {
        Map<Integer, Set<Integer>> countries = new HashMap<>();
        for (Assertion a : sofar.assertions()) {
            boolean office = a.relation() == Relation.LEADER_OF || a.relation() == Relation.MEMBER_OF;
            if (office && a.evidence().factuality().status() == Factuality.Status.ASSERTED
                    && a.evidence().tenure() != OfficeTime.FORMER
                    && sofar.layer().entities().get(a.object()).type() == EntityType.COUNTRY) {
                countries.computeIfAbsent(a.subject(), k -> new java.util.TreeSet<>()).add(a.object());
            }
        }
        Map<Integer, LocalEntity> out = new HashMap<>();
        countries.forEach((person, cs) -> {
            if (cs.size() == 1) {
                out.put(person, sofar.layer().entities().get(cs.iterator().next()));
            }
        });
        return out;
    }

    /**
     * For a relation between states and bodies whose subject role names an official: the country the
     * official acts for ("Secretary Ana Example condemned Sylvania's strikes": Freedonia against Sylvania).
     */
    private static Map<LocalEntity, IndexedWord> officialsCountries(ParsedText text, ParsedSentence s, EntityLayer layer,
            Map<String, Set<IndexedWord>> args, List<String> roles, Map<Integer, LocalEntity> actsFor) {
        Map<LocalEntity, IndexedWord> out = new LinkedHashMap<>();
        for (String role : roles) {
            for (IndexedWord w : args.getOrDefault(role, Set.of())) {
                layer.at(s.index(), w.index()).filter(e -> e.type() == EntityType.PERSON)
                        .map(e -> actsFor.get(e.id())).ifPresent(c -> out.putIfAbsent(c, w));
                for (LocalEntity person : pairOf(text, s, layer, w)) {
                    Optional.ofNullable(actsFor.get(person.id())).ifPresent(c -> out.putIfAbsent(c, w));
                }
            }
        }
        return out;
    }

    /**
     * Who did what an event noun names: its possessor ("Freedonia's launch"), its "by" phrase ("the
     * attack by Freedonia"), or a name or country adjective before it ("Freedonian strikes", "Velmora
     * attacks"); never its "of" phrase, which names what it was done to.
     */
    private Optional<LocalEntity> agentOf(ParsedSentence s, EntityLayer layer, IndexedWord w, Set<EntityType> types) {
        for (SemanticGraphEdge e : outgoing(s.deps(), w)) {
            String rel = e.getRelation().toString();
            IndexedWord d = e.getDependent();
            Optional<LocalEntity> x = Optional.empty();
            if (rel.equals("nmod:poss") || rel.equals("nmod:by") || rel.equals("compound")) {
                x = layer.at(s.index(), d.index()).filter(y -> types.contains(y.type()));
            } else if (rel.equals("amod") && types.contains(EntityType.COUNTRY)) {
                x = entities.countryOfAdjective(s, layer, d);
            }
            if (x.isPresent()) {
                return x;
            }
        }
        return Optional.empty();
    }

    /**
     * Two or more names compounded before an event noun are its parties: "the Freedonia-Sylvania talks".
     * Names joined by "and" before an act one side does to another (no argument of it marked by
     * "with", "between" or "among") act together: "U.S. and UN sanctions" are no conflict between them.
     */
    private Map<LocalEntity, IndexedWord> parties(ParsedSentence s, EntityLayer layer, SemanticGraph g, IndexedWord p,
                                                  Frame f, Set<EntityType> types) {
        boolean oneSided = f.markers().values().stream().noneMatch(m -> m.contains("with") || m.contains("between") || m.contains("among"));
        Map<LocalEntity, IndexedWord> out = new LinkedHashMap<>();
        for (SemanticGraphEdge e : outgoing(g, p)) {
            String rel = e.getRelation().toString();
            if (rel.equals("compound") || rel.equals("amod")) {
                IndexedWord d = e.getDependent();
                if (oneSided && outgoing(g, d).stream().anyMatch(c -> c.getRelation().toString().startsWith("conj"))) {
                    return Map.of();
                }
                layer.at(s.index(), d.index()).filter(x -> types.contains(x.type())).ifPresent(x -> out.putIfAbsent(x, d));
                for (SemanticGraphEdge c : outgoing(g, d)) {
                    if (c.getRelation().toString().equals("compound")) {
                        IndexedWord cd = c.getDependent();
                        layer.at(s.index(), cd.index()).filter(x -> types.contains(x.type())).ifPresent(x -> out.putIfAbsent(x, cd));
                    }
                }
            }
        }
        return out.size() > 1 ? out : Map.of();
    }

    /**
     * One country adjective or one name compounded before an event noun whose other role is filled is
     * its agent ("Freedonian attacks on Sylvania", "U.S. support for Sylvania"), as a possessor is.
     * Without the other role it could be either ("the Sylvania invasion"); two or more name both
     * parties ("Freedonian-Sylvanian talks"), which {@link #parties} reads.
     */
    private Map<LocalEntity, IndexedWord> modifierAgent(ParsedSentence s, EntityLayer layer, SemanticGraph g, IndexedWord p,
                                                        Set<EntityType> types) {
        Map<LocalEntity, IndexedWord> out = new LinkedHashMap<>();
        for (SemanticGraphEdge e : outgoing(g, p)) {
            String rel = e.getRelation().toString();
            IndexedWord d = e.getDependent();
            if (rel.equals("amod") && types.contains(EntityType.COUNTRY)) {
                entities.countryOfAdjective(s, layer, d).ifPresent(x -> out.putIfAbsent(x, d));
            } else if (rel.equals("compound")) {
                layer.at(s.index(), d.index()).filter(x -> types.contains(x.type()) && x.type() != EntityType.PERSON)
                        .ifPresent(x -> out.putIfAbsent(x, d));
            }
        }
        return out.size() == 1 ? out : Map.of();
    }

    /** What the sentence does with the event: read at the predicate and at the verb that carries a noun. */
    private Factuality factuality(ParsedSentence s, EntityLayer layer, IndexedWord p, List<Carrier> carriers, ParsedText text) {
        Factuality f = factuality.read(s, p, layer, text.document().published());
        for (Carrier c : carriers) {
            if (f.status() != Factuality.Status.ASSERTED) {
                break;
            }
            Factuality fv = c.governs() ? factuality.readUnder(s, c.verb(), layer, text.document().published())
                    : factuality.read(s, c.verb(), layer, text.document().published());
            if (fv.status() != Factuality.Status.ASSERTED || (f.source() == null && fv.source() != null)) {
                f = fv;
            }
        }
        return f;
    }

    private Optional<Assertion> assertion(ParsedText text, ParsedSentence s, IndexedWord p, Frame f,
                                          Map.Entry<LocalEntity, IndexedWord> a, Map.Entry<LocalEntity, IndexedWord> b,
                                          Factuality fact) {
        LocalEntity x = a.getKey();
        LocalEntity y = b.getKey();
        if (x.id() == y.id()) {
            return Optional.empty();
        }
        Optional<Relation> rel = f.relations().stream()
                .filter(r -> r.domain().allows(x.type()) && r.range().allows(y.type())).findFirst();
        if (rel.isEmpty()) {
            return Optional.empty();
        }
        Relation r = rel.get() == Relation.SIGNED && x.type() != EntityType.PERSON ? Relation.PARTY_TO : rel.get();
        if (r == Relation.LEADER_OF && !b.getValue().tag().startsWith("NNP")) {
            return Optional.empty();    // "led the U.S. delegation": a body named by name, not a group coreference ties to a country
        }
        Evidence ev = evidence(text, s, p, f, a.getValue(), b.getValue(), RelationRules.contentOfAgreement(r, fact));
        if ((r == Relation.LEADER_OF || r == Relation.MEMBER_OF) && ended(s.deps(), p)) {
            ev = new Evidence(ev.docId(), ev.sentence(), ev.text(), ev.begin(), ev.end(), ev.extractor(), ev.confidence(),
                    ev.factuality(), OfficeTime.FORMER);
        }
        return Optional.of(Assertion.between(x.id(), r, y.id(), ev));
    }

    /** Words that end a time: "led X until 2009", "from 2001 to 2009", "formerly headed X". */
    private static final Set<String> END_MARKS = Set.of("obl:until", "obl:till", "obl:to", "obl:between", "obl:through");

    /**
     * Whether a verb in the past says its time is over: "led Velcor until 2009", "led it from 2001 to
     * 2009", "led it for ten years", "had once headed it", "formerly chaired it". A past verb without an end ("led the party
     * to victory on Sunday") says nothing of whether the leader still leads.
     */
    private static boolean ended(SemanticGraph g, IndexedWord p) {
        boolean past = "VBD".equals(p.tag()) || ("VBN".equals(p.tag()) && outgoing(g, p).stream()
                .anyMatch(e -> e.getRelation().toString().equals("aux") && lemma(e.getDependent()).equals("have")
                        && "VBD".equals(e.getDependent().tag())));
        if (!past) {
            return false;
        }
        return outgoing(g, p).stream().anyMatch(e -> {
            String rel = e.getRelation().toString();
            IndexedWord d = e.getDependent();
            return (END_MARKS.contains(rel) && "DATE".equals(d.ner()))
                    || (rel.equals("obl:for") && "DURATION".equals(d.ner()))    // "worked for X for ten years"
                    || (rel.equals("obl:from") && "DATE".equals(d.ner()) && rangeEnd(g, d))
                    || (rel.equals("advmod") && lemma(d).matches("formerly|previously|once"));
        });
    }

    /** Whether a date runs on to an end in the same date phrase: "from 2001 to 2009", "from May until June". */
    private static boolean rangeEnd(SemanticGraph g, IndexedWord date) {
        IndexedWord next = g.getNodeByIndexSafe(date.index() + 1);
        return next != null && "DATE".equals(next.ner()) && lemma(next).matches("to|until|till|through|-|and");
    }

    /** Evidence spanning the predicate and the two words that name the ends. */
    private static Evidence evidence(ParsedText text, ParsedSentence s, IndexedWord p, Frame f, IndexedWord a, IndexedWord b,
                                     Factuality fact) {
        int from = Math.min(p.index(), Math.min(a.index(), b.index()));
        int to = Math.max(p.index(), Math.max(a.index(), b.index()));
        return new Evidence(text.document().id(), s.index(), s.text(), s.token(from).begin(), s.token(to).end(),
                "frame:" + f.roleset(), CONFIDENCE, fact);
    }

    /**
     * Whom the subject acts for: "signed the accord on behalf of Freedonia", and for a person's signing
     * also "Ana Example signed the accord for Freedonia" (a country signing "for" another signs for its
     * good). A country or a body, or a government standing for its country.
     */
    private Map<LocalEntity, IndexedWord> principals(ParsedSentence s, EntityLayer layer, SemanticGraph g, IndexedWord p, Frame f,
                                                     boolean personActs) {
        Map<LocalEntity, IndexedWord> out = new LinkedHashMap<>();
        boolean signing = personActs && f.relations().contains(Relation.SIGNED);
        for (SemanticGraphEdge e : outgoing(g, p)) {
            String rel = e.getRelation().toString();
            if (rel.equals("obl:on_behalf_of") || (signing && rel.equals("obl:for"))) {
                entities.at(s, layer, e.getDependent(), EnumSet.of(EntityType.COUNTRY, EntityType.ORGANIZATION))
                        .ifPresent(c -> out.putIfAbsent(c, e.getDependent()));
            }
        }
        return out;
    }
}
