package org.newskg.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.newskg.NewsKgException;
import org.newskg.kb.KnowledgeBase;
import org.newskg.model.DocumentFacts;
import org.newskg.nlp.NlpConfig;
import org.newskg.nlp.ParsedText;

/**
 * The extract stage: the extractors in order, each reading the parsed text and what the earlier ones
 * found. {@link #standard} is the one list of NewsKG's extractors. Building a pipeline checks that
 * every extractor's needs are met by the NLP annotators or by an extractor before it, as CoreNLP
 * checks its annotators, so a misordered list fails at once with what is missing.
 *
 * <pre>
 * ExtractionPipeline p = ExtractionPipeline.load(NlpConfig.defaults());
 * DocumentFacts facts = p.extract(parsedText);
 * </pre>
 */
public final class ExtractionPipeline {
    private final List<Extractor> extractors;

    /**
     * @param available what the NLP stage gives (see {@link Need#fromAnnotators})
     * @throws NewsKgException when an extractor needs what neither the NLP stage nor an earlier
     *     extractor gives
     */
    public ExtractionPipeline(List<Extractor> extractors, Set<Need> available) {
        this.extractors = List.copyOf(extractors);
        check(this.extractors, available);
    }

    /** NewsKG's extractors, in order. */
    public static List<Extractor> standard(Gazetteer gazetteer, RelationRules rules) {
        TitleExtractor titles = new TitleExtractor(gazetteer);
        return List.of(
                new EntityExtractor(gazetteer),
                new AgreementFinder(gazetteer),
                titles,
                new TitleContext(titles, KnowledgeBase.get()),
                new PartyAffiliations(gazetteer, KnowledgeBase.get()),
                new TitleReferences(gazetteer),
                new OriginExtractor(gazetteer),
                PredicateFrames.load(gazetteer),
                rules,
                new AgreementDates());
    }

    /** The standard extractors with the gazetteer and rule files from the class path, for this NLP configuration. */
    public static ExtractionPipeline load(NlpConfig config) {
        Gazetteer gazetteer = Gazetteer.load();
        return new ExtractionPipeline(standard(gazetteer, RelationRules.load(gazetteer)), Need.fromAnnotators(config.annotators()));
    }

    /** {@link #load(NlpConfig)} for NewsKG's default NLP configuration. */
    public static ExtractionPipeline load() {
        return load(NlpConfig.defaults());
    }

    public List<Extractor> extractors() {
        return extractors;
    }

    private static void check(List<Extractor> extractors, Set<Need> available) {
        Set<Need> have = EnumSet.noneOf(Need.class);
        have.addAll(available);
        List<String> before = new ArrayList<>();
        for (Extractor e : extractors) {
            Set<Need> missing = EnumSet.noneOf(Need.class);
            missing.addAll(e.requires());
            missing.removeAll(have);
            if (!missing.isEmpty()) {
                throw new NewsKgException("extractor '" + e.name() + "' needs " + missing.stream().map(ExtractionPipeline::describe)
                        .collect(Collectors.joining(", ")) + (before.isEmpty() ? ", and it comes first"
                        : ", which none of the NLP annotators and none of the extractors before it (" + String.join(", ", before)
                        + ") gives"));
            }
            have.addAll(e.provides());
            before.add(e.name());
        }
    }

    private static String describe(Need n) {
        return n.annotators().isEmpty() ? n.name() : n.name() + " (CoreNLP annotators " + String.join(", ", n.annotators()) + ")";
    }

    public DocumentFacts extract(ParsedText text) {
        Extraction x = run(text);
        return new DocumentFacts(text.document(), x.layer().entities(), x.assertions());
    }

    /** Every extractor in order over one article: its entity layer (which token is which entity) and assertions. */
    public Extraction run(ParsedText text) {
        Extraction x = Extraction.empty();
        for (Extractor e : extractors) {
            x = e.apply(text, x);
        }
        return x;
    }
}
