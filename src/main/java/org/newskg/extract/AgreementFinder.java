package org.newskg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newskg.model.EntityKey;
import org.newskg.model.EntityType;
import org.newskg.model.LocalEntity;
import org.newskg.model.Mention;
import org.newskg.model.Names;
import org.newskg.nlp.ParsedSentence;
import org.newskg.nlp.ParsedText;
import org.newskg.nlp.Token;

/**
 * Agreements as entities. A named one ("the Paris Agreement") is its own entity. The unnamed ones
 * ("a framework agreement on fisheries", "the deal", "the pact") are taken as one agreement, the one
 * the article is about; its labels are what the article calls it, without praise ("landmark") and
 * with its topic ("fisheries agreement").
 */
public final class AgreementFinder implements Extractor {
    private static final String TOPIC_RELATIONS = "nmod:on|nmod:concerning|nmod:about|nmod:over|nmod:regarding|nmod:for";
    private final Gazetteer gazetteer;

    public AgreementFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** One agreement mention: its head token, span and the labels it gives. */
    private record Hit(int sentence, int head, int from, int to, String named, List<String> labels, String text) {}

    @Override
    public String name() {
        return "agreements";
    }

    @Override
    public Set<Need> requires() {
        return EnumSet.of(Need.TOKENS, Need.NER, Need.DEPENDENCIES, Need.ENTITIES);
    }

    @Override
    public Set<Need> provides() {
        return EnumSet.of(Need.AGREEMENTS);
    }

    @Override
    public Extraction apply(ParsedText text, Extraction sofar) {
        return sofar.withLayer(extend(text, sofar.layer()));
    }

    EntityLayer extend(ParsedText text, EntityLayer layer) {
        List<Hit> hits = new ArrayList<>();
        for (ParsedSentence s : text.sentences()) {
            if (s.deps() == null) {
                continue;
            }
            for (Token t : s.tokens()) {
                if (t.pos().startsWith("NN") && gazetteer.isAgreementHead(t.word()) && !isModifier(s, t.index())
                        && layer.at(s.index(), t.index()).isEmpty()) {
                    hit(text, s, layer, t).ifPresent(hits::add);
                }
            }
        }
        if (hits.isEmpty()) {
            return layer;
        }
        List<LocalEntity> entities = new ArrayList<>(layer.entities());
        Map<Long, Integer> tokens = new HashMap<>(layer.tokenEntity());
        Map<String, List<Hit>> named = new TreeMap<>();
        List<Hit> generic = new ArrayList<>();
        for (Hit h : hits) {
            if (h.named() != null) {
                named.computeIfAbsent(Names.fold(h.named()), k -> new ArrayList<>()).add(h);
            } else {
                generic.add(h);
            }
        }
        // "a Memorandum of Understanding ... the Memorandum": "the" and a capitalized bare head (a short
        // form of a name) that only one named agreement of the article has is that agreement.
        String mergedInto = null;
        for (java.util.Iterator<Hit> it = generic.iterator(); it.hasNext(); ) {
            Hit h = it.next();
            // a headline, where every word is capitalized, names it in full: "X and Y Sign Memorandum of Cooperation"
            String inHeadline = EntityExtractor.isHeadline(text.sentences().get(h.sentence())) ? namedFrom(text, h) : null;
            if (inHeadline != null && named.containsKey(inHeadline)) {
                named.get(inHeadline).add(new Hit(h.sentence(), h.head(), h.from(), h.to(), null, List.of(), h.text()));
                it.remove();
                continue;
            }
            String head = headWord(text, h);
            if (h.head() <= 1 || !Character.isUpperCase(head.charAt(0))
                    || !text.sentences().get(h.sentence()).token(h.head() - 1).word().matches("(?i)the|this")) {
                continue;
            }
            List<String> same = named.entrySet().stream()
                    .filter(en -> en.getValue().stream().anyMatch(n -> headWord(text, n).equalsIgnoreCase(head)))
                    .map(Map.Entry::getKey).toList();
            if (same.size() == 1) {
                // its mentions only: a bare label ("memorandum") would name it like other articles' ones
                named.get(same.get(0)).add(new Hit(h.sentence(), h.head(), h.from(), h.to(), null, List.of(), h.text()));
                mergedInto = same.get(0);
                it.remove();
            }
        }
        int main = EntityLayer.NO_AGREEMENT;
        if (!generic.isEmpty()) {
            main = entities.size();
            add(entities, tokens, generic, bestLabel(generic), EntityKey.articleAgreement(text.document().id()));
        }
        for (Map.Entry<String, List<Hit>> group : named.entrySet()) {
            if (group.getKey().equals(mergedInto)) {
                main = entities.size();    // the article refers to this one by its short name: it is about it
            }
            List<Hit> hs = group.getValue();
            add(entities, tokens, hs, hs.stream().filter(x -> x.named() != null).findFirst().orElseThrow().named(), null);
        }
        if (main == EntityLayer.NO_AGREEMENT && named.size() == 1) {
            main = entities.size() - 1;    // an article about one named agreement is about that one
        }
        return new EntityLayer(entities, tokens, main);
    }

    /** The folded words from the hit's head through an "of" phrase after it ("Memorandum of Cooperation"), or null. */
    private static String namedFrom(ParsedText text, Hit h) {
        ParsedSentence s = text.sentences().get(h.sentence());
        int to = h.head() + 1;
        if (to + 1 > s.tokens().size() || !s.token(to).word().equals("of")) {
            return null;
        }
        to++;
        while (to <= s.tokens().size() && Character.isUpperCase(s.token(to).word().charAt(0))) {
            to++;
        }
        return Names.fold(s.span(text.document().text(), h.head(), to));
    }

    private static String headWord(ParsedText text, Hit h) {
        return text.sentences().get(h.sentence()).token(h.head()).word();
    }

    private static void add(List<LocalEntity> entities, Map<Long, Integer> tokens, List<Hit> hits, String name, EntityKey key) {
        int id = entities.size();
        Set<String> names = new LinkedHashSet<>();
        names.add(name);
        List<Mention> mentions = new ArrayList<>();
        for (Hit h : hits) {
            names.addAll(h.labels());
            if (h.named() != null) {
                names.add(h.named());
            }
            tokens.put(EntityLayer.key(h.sentence(), h.head()), id);
            mentions.add(new Mention(h.sentence(), h.from(), h.to(), h.text()));
        }
        entities.add(new LocalEntity(id, EntityType.AGREEMENT, name, names, key, mentions));
    }

    /** The most informative label: one with its topic, else the longest, else the bare head. */
    private static String bestLabel(List<Hit> hits) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Hit h : hits) {
            for (String l : h.labels()) {
                counts.merge(l, 1, Integer::sum);
            }
        }
        // A label with its topic ("fisheries agreement", from "an agreement on fisheries") says most;
        // a hit gives it second, after the label of its modifiers.
        Set<String> topical = new java.util.HashSet<>();
        for (Hit h : hits) {
            if (h.labels().size() > 1) {
                topical.add(h.labels().get(h.labels().size() - 1));
            }
        }
        return counts.keySet().stream()
                .max(java.util.Comparator.comparing((String l) -> topical.contains(l))
                        .thenComparingInt((String l) -> l.split(" ").length).thenComparing(counts::get))
                .orElse("agreement");
    }

    /** "framework" in "framework agreement" is a modifier, not a second agreement. */
    private boolean isModifier(ParsedSentence s, int index) {
        IndexedWord w = s.deps().getNodeByIndexSafe(index);
        if (w == null) {
            return true;
        }
        for (SemanticGraphEdge e : s.deps().incomingEdgeIterable(w)) {
            String rel = e.getRelation().toString();
            if (rel.equals("compound") || rel.equals("amod")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a modifier says what the agreement is: not praise ("landmark"), not a party's name
     * ("US-Freedonia deal"), not a date ("Tuesday's pact") and not a verb form ("securing").
     */
    private boolean describes(ParsedSentence s, EntityLayer layer, IndexedWord d) {
        Token t = s.token(d.index());
        return !gazetteer.isEvaluative(d.word()) && layer.at(s.index(), d.index()).isEmpty()
                && gazetteer.country(d.word()).isEmpty() && gazetteer.countryByAdjective(d.word()).isEmpty()
                && !t.pos().startsWith("VB") && t.ner().matches("O|MISC|TITLE|IDEOLOGY") && d.word().matches("[\\p{L}-]+");
    }

    private java.util.Optional<Hit> hit(ParsedText text, ParsedSentence s, EntityLayer layer, Token head) {
        SemanticGraph g = s.deps();
        IndexedWord hw = g.getNodeByIndexSafe(head.index());
        String doc = text.document().text();
        boolean capitalized = Character.isUpperCase(head.word().charAt(0)) && head.index() > 1
                && !EntityExtractor.isHeadline(s);
        if (capitalized && gazetteer.isPlaceHead(s.token(head.index() - 1).word())) {
            return java.util.Optional.empty();    // "X Palace Deal": a place name run on, not an agreement's name
        }
        if (capitalized) {
            // A proper name: the run of capitalized words ending at the head, and "of X Y" after it.
            int from = head.index();
            while (from > 1 && (Character.isUpperCase(s.token(from - 1).word().charAt(0)) || s.token(from - 1).word().matches("-|/"))
                    && !s.token(from - 1).word().equals("The")) {
                from--;
            }
            int to = head.index() + 1;
            if (to + 1 <= s.tokens().size() && s.token(to).word().equals("of") && Character.isUpperCase(s.token(to + 1).word().charAt(0))) {
                to += 2;
                while (to <= s.tokens().size() && Character.isUpperCase(s.token(to).word().charAt(0))) {
                    to++;
                }
            }
            while (from < head.index() && s.token(from).pos().matches("DT|PRP\\$")) {
                from++;    // "This MOU", "Our Compact": a determiner is no part of the name
            }
            if (to - from >= 2) {
                String name = s.span(doc, from, to);
                return java.util.Optional.of(new Hit(s.index(), head.index(), s.token(from).begin(), s.token(to - 1).end(), name, List.of(name), name));
            }
        }
        if (!gazetteer.isGenericAgreementHead(head.word())
                || (head.word().toLowerCase(Locale.ROOT).endsWith("s") && !head.word().equalsIgnoreCase("accords"))) {
            return java.util.Optional.empty();    // "a stockpiling arrangement", "previous agreements": not this one
        }
        List<IndexedWord> mods = new ArrayList<>();
        List<IndexedWord> topics = new ArrayList<>();
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(hw)) {
            String rel = e.getRelation().toString();
            IndexedWord d = e.getDependent();
            if ((rel.equals("compound") || rel.equals("amod")) && describes(s, layer, d)) {
                mods.add(d);
            } else if (rel.matches(TOPIC_RELATIONS) && layer.at(s.index(), d.index()).isEmpty()) {
                topics.add(d);    // "the agreement for Brazil": a party, not a topic
            }
        }
        mods.sort(java.util.Comparator.comparingInt(IndexedWord::index));
        String headWord = head.word().toLowerCase(Locale.ROOT);
        List<String> labels = new ArrayList<>();
        String modLabel = words(mods) + headWord;
        labels.add(modLabel.strip());
        if (!topics.isEmpty()) {
            labels.add(topicPhrase(g, topics) + " " + headWord);
        }
        int from = mods.isEmpty() ? head.index() : Math.min(mods.get(0).index(), head.index());
        return java.util.Optional.of(new Hit(s.index(), head.index(), s.token(from).begin(), head.end(), null, labels,
                doc.substring(s.token(from).begin(), head.end())));
    }

    private static String words(List<IndexedWord> ws) {
        StringBuilder b = new StringBuilder();
        for (IndexedWord w : ws) {
            b.append(w.word().toLowerCase(Locale.ROOT)).append(' ');
        }
        return b.toString();
    }

    /** "rare earth minerals and critical metals": each topic with its own modifiers. */
    private String topicPhrase(SemanticGraph g, List<IndexedWord> topics) {
        List<String> parts = new ArrayList<>();
        for (IndexedWord t : topics) {
            List<IndexedWord> mods = new ArrayList<>();
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(t)) {
                String rel = e.getRelation().toString();
                if ((rel.equals("compound") || rel.equals("amod")) && !gazetteer.isEvaluative(e.getDependent().word())
                        && !e.getDependent().tag().startsWith("VB")) {
                    mods.add(e.getDependent());
                }
            }
            mods.sort(java.util.Comparator.comparingInt(IndexedWord::index));
            parts.add(words(mods) + t.word().toLowerCase(Locale.ROOT));
        }
        return String.join(" and ", parts);
    }
}
