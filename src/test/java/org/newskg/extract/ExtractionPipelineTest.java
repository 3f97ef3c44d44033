package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newskg.NewsKgException;
import org.newskg.model.Assertion;
import org.newskg.model.DocumentFacts;
import org.newskg.model.EntityType;
import org.newskg.model.Evidence;
import org.newskg.model.LocalEntity;
import org.newskg.model.Relation;
import org.newskg.nlp.NlpConfig;
import org.newskg.nlp.ParsedText;

/** The pipeline checks its order when it is built, as CoreNLP checks its annotators. */
class ExtractionPipelineTest {
    private static final Gazetteer GAZETTEER = Gazetteer.load();
    private static final RelationRules RULES = RelationRules.load();

    @Test
    void theStandardPipelineFitsTheDefaultAnnotatorsAndAPipelineWithoutCoreference() {
        assertEquals(List.of("entities", "agreements", "titles", "title-context", "parties", "title-references", "origins", "frames",
                        "relation-rules", "agreement-dates"),
                ExtractionPipeline.load(NlpConfig.defaults()).extractors().stream().map(Extractor::name).toList());
        // coreference helps the entity layer but is not required (the ablation benchmark runs without it)
        new ExtractionPipeline(ExtractionPipeline.standard(GAZETTEER, RULES), EnumSet.of(Need.TOKENS, Need.NER, Need.DEPENDENCIES));
    }

    @Test
    void anExtractorBeforeWhatItNeedsIsRefusedByName() {
        List<Extractor> misordered = List.of(new TitleExtractor(GAZETTEER), new EntityExtractor(GAZETTEER));
        NewsKgException e = assertThrows(NewsKgException.class,
                () -> new ExtractionPipeline(misordered, Need.fromAnnotators(NlpConfig.defaults().annotators())));
        assertTrue(e.getMessage().contains("'titles' needs ENTITIES"), e.getMessage());
    }

    @Test
    void aMissingNlpLayerNamesTheAnnotatorThatGivesIt() {
        NewsKgException e = assertThrows(NewsKgException.class, () -> new ExtractionPipeline(
                ExtractionPipeline.standard(GAZETTEER, RULES), Need.fromAnnotators(List.of("tokenize", "ssplit", "pos", "lemma", "ner"))));
        assertTrue(e.getMessage().contains("'agreements' needs DEPENDENCIES (CoreNLP annotators depparse)"), e.getMessage());
    }

    @Test
    void annotatorsGiveTheirLayersOnlyWhenAllAreThere() {
        assertEquals(Set.of(Need.TOKENS, Need.NER, Need.DEPENDENCIES, Need.COREF), Need.fromAnnotators(NlpConfig.defaults().annotators()));
        assertEquals(Set.of(), Need.fromAnnotators(List.of("tokenize", "ssplit")));
    }

    @Test
    void eachExtractorSeesWhatTheOnesBeforeItGave() {
        ParsedText text = Sentences.parse("Ana/NNP/PERSON spoke/VBD ./.");
        Evidence ev = new Evidence(text.document().id(), 0, "Ana spoke .", 0, 3, "stub", 0.5);
        LocalEntity ana = new LocalEntity(0, EntityType.PERSON, "Ana", Set.of("Ana"), null, List.of());
        Assertion fromFirst = Assertion.literal(0, Relation.HOLDS_TITLE, "Minister", ev);
        Assertion fromSecond = Assertion.literal(0, Relation.HOLDS_TITLE, "Envoy", ev);
        List<Extraction> seenBySecond = new ArrayList<>();
        Extractor first = stub("first", Set.of(), Set.of(Need.ENTITIES),
                (t, x) -> x.withLayer(new EntityLayer(List.of(ana), Map.of(EntityLayer.key(0, 1), 0))).plus(List.of(fromFirst)));
        Extractor second = stub("second", Set.of(Need.ENTITIES), Set.of(Need.RELATIONS), (t, x) -> {
            seenBySecond.add(x);
            return x.plus(List.of(fromSecond));
        });
        DocumentFacts facts = new ExtractionPipeline(List.of(first, second), Set.of()).extract(text);
        assertEquals(1, seenBySecond.size());
        assertEquals(List.of(fromFirst), seenBySecond.get(0).assertions(), "the second sees the first's assertions");
        assertEquals(Optional.of(ana), seenBySecond.get(0).layer().at(0, 1), "and its entity layer");
        assertEquals(List.of(ana), facts.entities());
        assertEquals(List.of(fromFirst, fromSecond), facts.assertions());
        assertEquals(text.document(), facts.document());
    }

    private static Extractor stub(String name, Set<Need> requires, Set<Need> provides,
                                  java.util.function.BiFunction<ParsedText, Extraction, Extraction> f) {
        return new Extractor() {
            public String name() {
                return name;
            }

            public Set<Need> requires() {
                return requires;
            }

            public Set<Need> provides() {
                return provides;
            }

            public Extraction apply(ParsedText text, Extraction sofar) {
                return f.apply(text, sofar);
            }
        };
    }
}
