package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.nlp.CorefSpan;
import org.newskg.nlp.NerSpan;
import org.newskg.nlp.ParsedText;

/** What {@link EntityExtractor} takes from a coreference chain, on hand-made sentences and chains (no CoreNLP). */
class EntityExtractorTest {
    private static final EntityExtractor EXTRACTOR = new EntityExtractor(Gazetteer.load());

    /** NER's span of tokens [from, to) of a sentence, with its text and offsets. */
    private static NerSpan span(ParsedText t, int sentence, int from, int to, String type) {
        var s = t.sentences().get(sentence);
        int begin = s.token(from).begin();
        int end = s.token(to - 1).end();
        return new NerSpan(sentence, from, to, type, t.document().text().substring(begin, end), begin, end);
    }

    /** The entity layer of hand-made sentences with these NER spans and no coreference. */
    private static EntityLayer layerWith(ParsedText t, NerSpan... spans) {
        return EXTRACTOR.apply(new ParsedText(t.document(), t.sentences(), List.of(spans), List.of()), Extraction.empty()).layer();
    }

    /** "The Velmora Council met. We thank Ana Example, it said.": one chain joins the council, "We" and "it". */
    private static ParsedText councilAndItsPronouns() {
        ParsedText t = Sentences.parse("The/DT Velmora/NNP/ORGANIZATION Council/NNP/ORGANIZATION met/VBD ./.",
                "We/PRP thank/VBP Ana/NNP/PERSON Example/NNP/PERSON ,/, it/PRP said/VBD ./.");
        List<NerSpan> ner = List.of(span(t, 0, 2, 4, "ORGANIZATION"), span(t, 1, 3, 5, "PERSON"));
        List<CorefSpan> chain = List.of(new CorefSpan(0, 1, 4, "The Velmora Council", false), new CorefSpan(1, 1, 2, "We", true),
                new CorefSpan(1, 6, 7, "it", true));
        return new ParsedText(t.document(), t.sentences(), ner, List.of(chain));
    }

    @Test
    void aLineThatOpensAQuotationIsRunningTextNotAHeadline() {
        ParsedText quote = Sentences.parse("Minister/NNP of/IN State/NNP for/IN Health/NNP Ana/NNP Example/NNP said/VBD :/:");
        ParsedText headline = Sentences.parse("Minister/NNP Example/NNP Meets/VBZ Sylvanian/JJ Leaders/NNS");
        assertEquals(false, EntityExtractor.isHeadline(quote.sentences().get(0)));
        assertEquals(true, EntityExtractor.isHeadline(headline.sentences().get(0)));
    }

    @Test
    void aSpeakersWeIsNoMentionOfTheOrganizationItsChainNames() {
        EntityLayer layer = EXTRACTOR.apply(councilAndItsPronouns(), Extraction.empty()).layer();
        Optional<String> we = layer.at(1, 1).map(e -> e.name());
        Optional<String> it = layer.at(1, 6).map(e -> e.name());
        assertEquals(Optional.empty(), we);
        assertEquals(Optional.of("Velmora Council"), it);
    }

    @Test
    void aPortfolioNerTookForABodyBeforeASecretarysTitleIsNoBody() {
        ParsedText t = Sentences.parse("Aid/NN rose/VBD ./.",
                "Overseas/NNP/ORGANIZATION Aid/NNP/ORGANIZATION Secretary/NNP Ana/NNP/PERSON Example/NNP/PERSON said/VBD :/:",
                "Velmora/NNP/ORGANIZATION Treasury/NNP/ORGANIZATION Secretary/NNP Ivo/NNP/PERSON Sample/NNP/PERSON thanked/VBD "
                        + "Velmora/NNP/ORGANIZATION Treasury/NNP/ORGANIZATION ./.");
        EntityLayer layer = layerWith(t, span(t, 1, 1, 3, "ORGANIZATION"), span(t, 2, 1, 3, "ORGANIZATION"),
                span(t, 2, 7, 9, "ORGANIZATION"));
        // near miss: a body the article also names on its own stays one
        assertEquals(List.of("Velmora Treasury"), layer.entities().stream().map(e -> e.name()).toList());
    }

    @Test
    void aCapitalizedWordTheTaggerCallsAnAdjectiveIsANameWhenNerSaysSo() {
        ParsedText t = Sentences.parse("The/DT firm/NN sold/VBD the/DT unit/NN to/IN Vexa/JJ/ORGANIZATION ,/, a/DT Canadian/JJ/NATIONALITY "
                        + "parts/NNS maker/NN ./.",
                "Shares/NNS of/IN Canadian/JJ/ORGANIZATION firms/NNS rose/VBD ./.");
        EntityLayer layer = layerWith(t, span(t, 0, 7, 8, "ORGANIZATION"), span(t, 1, 3, 4, "ORGANIZATION"));
        // near miss: a country's adjective is no organization's name
        assertEquals(List.of("ORGANIZATION Vexa"), layer.entities().stream().map(e -> e.type() + " " + e.name()).toList());
    }
}
