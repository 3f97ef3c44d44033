package org.newskg.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newskg.model.Assertion;
import org.newskg.model.EntityType;
import org.newskg.model.Evidence;
import org.newskg.model.Factuality;
import org.newskg.model.LocalEntity;
import org.newskg.model.Relation;
import org.newskg.nlp.ParsedSentence;
import org.newskg.nlp.ParsedText;
import org.newskg.nlp.Token;

/**
 * When an agreement was signed: a date attached to the verb that signs or concludes it ("signed
 * the pact on Tuesday", "the deal, finalized on 3 May 2021"), as SUTime normalized it against the
 * article's publication date. Only full dates count: "Tuesday" in an article with no date of its own
 * stays unresolved rather than guessed.
 */
public final class AgreementDates implements Extractor {
    /** The verbs that make an agreement: the word list signed.semgrex uses, from the rules' macros. */
    private static final Pattern SIGN = Pattern.compile(RelationRules.macro("SIGNING_VERBS"));
    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final String EXTRACTOR = "agreement-date";
    private final FactualityReader factuality = FactualityReader.load();

    @Override
    public String name() {
        return "agreement-dates";
    }

    @Override
    public java.util.Set<Need> requires() {
        return java.util.EnumSet.of(Need.TOKENS, Need.NER, Need.DEPENDENCIES, Need.AGREEMENTS);
    }

    @Override
    public java.util.Set<Need> provides() {
        return java.util.EnumSet.of(Need.DATES);
    }

    @Override
    public Extraction apply(ParsedText text, Extraction sofar) {
        return sofar.plus(extract(text, sofar.layer()));
    }

    List<Assertion> extract(ParsedText text, EntityLayer layer) {
        List<Assertion> out = new ArrayList<>();
        for (ParsedSentence s : text.sentences()) {
            SemanticGraph g = s.deps();
            if (g == null) {
                continue;
            }
            for (IndexedWord verb : g.vertexSet()) {
                if (!SIGN.matcher(verb.lemma() == null ? "" : verb.lemma()).matches()) {
                    continue;
                }
                Optional<LocalEntity> agreement = agreementOf(g, verb, s, layer);
                if (agreement.isEmpty()) {
                    continue;
                }
                for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
                    String rel = e.getRelation().toString();
                    if (rel.startsWith("obl") || rel.endsWith("tmod")) {
                        // "will sign it on Tuesday": Tuesday is when it is expected, which the evidence says
                        Factuality f = factuality.read(s, verb, layer, text.document().published());
                        dateAt(s, e.getDependent(), g).ifPresent(d -> out.add(Assertion.literal(agreement.get().id(),
                                Relation.DATE, d, new Evidence(text.document().id(), s.index(), s.text(),
                                s.begin(), s.end(), EXTRACTOR, 0.8, f))));
                    }
                }
            }
        }
        return out;
    }

    /** The agreement a signing verb is about: its object, its passive subject, or the noun it modifies. */
    private static Optional<LocalEntity> agreementOf(SemanticGraph g, IndexedWord verb, ParsedSentence s, EntityLayer layer) {
        List<IndexedWord> candidates = new ArrayList<>();
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
            String rel = e.getRelation().toString();
            if (rel.equals("obj") || rel.equals("nsubj:pass")) {
                candidates.add(e.getDependent());
            }
        }
        for (SemanticGraphEdge e : g.incomingEdgeIterable(verb)) {
            if (e.getRelation().toString().startsWith("acl")) {
                candidates.add(e.getGovernor());
            }
        }
        for (IndexedWord c : candidates) {
            Optional<LocalEntity> e = layer.at(s.index(), c.index()).filter(x -> x.type() == EntityType.AGREEMENT);
            if (e.isPresent()) {
                return e;
            }
        }
        return Optional.empty();
    }

    /** A full date at this word or its appositive ("Tuesday (October 28, 2025)"). */
    private static Optional<String> dateAt(ParsedSentence s, IndexedWord w, SemanticGraph g) {
        List<IndexedWord> words = new ArrayList<>();
        words.add(w);
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            String rel = e.getRelation().toString();
            if (rel.equals("appos") || rel.equals("dep") || rel.startsWith("nmod")) {
                words.add(e.getDependent());
            }
        }
        for (IndexedWord x : words) {
            Token t = s.token(x.index());
            if (t.ner().equals("DATE") && t.normalized() != null && t.normalized().length() >= 10
                    && FULL_DATE.matcher(t.normalized().substring(0, 10)).matches()) {
                return Optional.of(t.normalized().substring(0, 10));
            }
        }
        return Optional.empty();
    }
}
