package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.model.DocumentFacts;
import org.newskg.model.Relation;

/**
 * Where organizations and places are, read by the real pipeline from the words that describe them;
 * each shape beside its near misses. Invented companies, real countries (the entity layer must know
 * them as countries).
 */
class OriginExtractorIT {
    private static final ExtractionPipeline PIPELINE = ExtractionPipeline.load();

    /** "thing locatedIn place" for every locatedIn fact the origins extractor reads in one sentence. */
    private static String origins(String sentence) {
        DocumentFacts f = PIPELINE.extract(Parsed.text("Business news\n\n" + sentence + "\n"));
        List<String> found = f.assertions().stream()
                .filter(a -> a.relation() == Relation.LOCATED_IN && a.evidence().extractor().equals("origin"))
                .map(a -> f.entities().get(a.subject()).name() + " locatedIn " + f.entities().get(a.object()).name())
                .distinct().sorted().toList();
        return String.join("; ", found);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The Italian carmaker Velmora Motors posted a loss on Monday.      | Velmora Motors locatedIn Italy
            Russia's Ostrander Steel will supply the plates.                  | Ostrander Steel locatedIn Russia
            Breuer Industries, a Canadian parts company, cut jobs.            | Breuer Industries locatedIn Canada
            The French airline, Keller Air, ordered new jets.                 | Keller Air locatedIn France
            The jets come from Chicago-based Lund Aerospace.                  | Lund Aerospace locatedIn Chicago
            Lund Aerospace, headquartered in Chicago, won the order.          | Lund Aerospace locatedIn Chicago
            Fighting continued in the Syrian city of Aleppo.                  | Aleppo locatedIn Syria
            Russia and Peru argued. The Russian flag carrier Velmora Air grew. | Velmora Air locatedIn Russia
            Canada and Peru argued. Breuer Industries, a Canadian parts company, cut jobs. | Breuer Industries locatedIn Canada
            The plant moved from Lyon, France, to a new site.                 | Lyon locatedIn France
            Marseille, France's second city, grew last year.                  | Marseille locatedIn France
            Norway will buy ships from Orvanta Motors Norway.                 | Orvanta Motors Norway locatedIn Norway
            The company will assemble the planes in Springfield, Illinois.    | Springfield locatedIn Illinois
            Workers from Dayton, Ohio, protested on Monday.                   | Dayton locatedIn Ohio
            The Polish agency Velcor approved the sale.                       | Velcor locatedIn Poland
            They work for Orvanta, a Swedish company based in Malmö.          | Orvanta locatedIn Malmö
            """)
    void readsWhereTheDescriptionPutsIt(String sentence, String expected) {
        assertEquals(expected, origins(sentence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The French-German company Hansen Group grew last year.
            Italian Velmora Motors posted a loss on Monday.
            The Italian order of Velmora Motors jets was cancelled.
            Breuer Industries, a Canadian parts company and a Mexican bank, cut jobs.
            Fighting continued in the city of Aleppo.
            She toured Paris, Germany and Italy last year.
            Britain's EU exit was discussed on Monday.
            In 1993 Chile signed the Velmora Convention (VC). Chile's VC declaration was late.
            Indonesia welcomed the Bank of Indonesia.
            As we face the world as Global Norway, we welcome it.
            Flights to Dayton, Ohio and Texas were cancelled.
            They work for Orvanta, which opened an office in Malmö.
            They work for Orvanta, a company with staff in Malmö.
            """)
    void nearMissesPlaceNothing(String sentence) {
        assertEquals("", origins(sentence));
    }
}
