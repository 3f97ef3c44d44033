package org.newskg.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newskg.model.Assertion;
import org.newskg.model.Factuality;
import org.newskg.model.LocalEntity;
import org.newskg.model.Mention;
import org.newskg.model.Names;
import org.newskg.model.OfficeTime;
import org.newskg.model.Relation;
import org.newskg.nlp.ParsedSentence;
import org.newskg.nlp.ParsedText;

/**
 * Titles used as names: after "Prime Minister Ana Example arrived", "the Prime Minister said" speaks
 * of her. A bare title ("the President", "the foreign minister") becomes a mention of the one person
 * the article gives that title to, so the relation rules read "the President met X" as that person's
 * meeting. When two people hold the title here, or only held it ("former President"), it stays no
 * one's: better unresolved than given to the wrong person.
 */
public final class TitleReferences implements Extractor {
    private final Gazetteer gazetteer;

    public TitleReferences(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return "title-references";
    }

    @Override
    public Set<Need> requires() {
        return EnumSet.of(Need.TOKENS, Need.ENTITIES, Need.TITLES);
    }

    @Override
    public Set<Need> provides() {
        return EnumSet.of(Need.TITLE_REFERENCES);
    }

    @Override
    public Extraction apply(ParsedText text, Extraction sofar) {
        Map<String, Set<Integer>> holders = holders(sofar.assertions());
        if (holders.isEmpty()) {
            return sofar;
        }
        EntityLayer layer = sofar.layer();
        String doc = text.document().text();
        Map<Long, Integer> tokens = new HashMap<>(layer.tokenEntity());
        Map<Integer, List<Mention>> added = new HashMap<>();
        for (ParsedSentence s : text.sentences()) {
            int n = s.tokens().size();
            for (int i = 2; i <= n; i++) {
                if (!s.token(i - 1).word().equalsIgnoreCase("the")) {
                    continue;
                }
                int end = titleEnd(s, i);
                if (end < 0 || claimed(tokens, s, i, end)) {
                    continue;
                }
                // "the President of Freedonia", "the Prime Minister Ana Example": a title with its own
                // scope or name is read by the title extractor, not here.
                if (end <= n && (s.token(end).word().matches("of|for") || s.token(end).isProperNoun())) {
                    continue;
                }
                Set<Integer> who = holders.getOrDefault(Names.fold(s.span(doc, i, end)), Set.of());
                if (who.size() != 1) {
                    continue;
                }
                int person = who.iterator().next();
                tokens.put(EntityLayer.key(s.index(), end - 1), person);    // the title's head stands for the person
                added.computeIfAbsent(person, k -> new ArrayList<>()).add(new Mention(s.index(),
                        s.token(i - 1).begin(), s.token(end - 1).end(), s.span(doc, i - 1, end)));
            }
        }
        if (added.isEmpty()) {
            return sofar;
        }
        List<LocalEntity> entities = new ArrayList<>();
        for (LocalEntity e : layer.entities()) {
            List<Mention> more = added.get(e.id());
            if (more == null) {
                entities.add(e);
            } else {
                List<Mention> mentions = new ArrayList<>(e.mentions());
                mentions.addAll(more);
                mentions.sort(java.util.Comparator.comparingInt(Mention::begin));
                entities.add(new LocalEntity(e.id(), e.type(), e.name(), e.names(), e.key(), mentions));
            }
        }
        return sofar.withLayer(new EntityLayer(entities, tokens, layer.mainAgreement()));
    }

    /**
     * Each title (folded, and its last words: "japanese prime minister" also as "prime minister")
     * and the people the article says hold it now.
     */
    private Map<String, Set<Integer>> holders(List<Assertion> assertions) {
        Map<String, Set<Integer>> out = new HashMap<>();
        for (Assertion a : assertions) {
            if (a.relation() != Relation.HOLDS_TITLE || a.evidence().factuality().status() != Factuality.Status.ASSERTED
                    || a.evidence().tenure() == OfficeTime.FORMER) {
                continue;
            }
            String[] words = Names.fold(a.literal()).split(" ");
            for (int k = 0; k < words.length; k++) {
                String tail = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
                if (gazetteer.title(tail).isPresent()) {
                    out.computeIfAbsent(tail, x -> new LinkedHashSet<>()).add(a.subject());
                }
            }
        }
        return out;
    }

    /** The end (exclusive) of the longest title the gazetteer knows starting at token {@code from}, or -1. */
    private int titleEnd(ParsedSentence s, int from) {
        int n = s.tokens().size();
        for (int len = Math.min(gazetteer.longestTitleWords(), n - from + 1); len >= 1; len--) {
            StringBuilder b = new StringBuilder();
            for (int k = from; k < from + len; k++) {
                b.append(k > from ? " " : "").append(s.token(k).word().toLowerCase(Locale.ROOT));
            }
            if (gazetteer.title(b.toString()).isPresent()) {
                return from + len;
            }
        }
        return -1;
    }

    private static boolean claimed(Map<Long, Integer> tokens, ParsedSentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.containsKey(EntityLayer.key(s.index(), k))) {
                return true;
            }
        }
        return false;
    }
}
