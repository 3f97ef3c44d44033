package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.model.Assertion;
import org.newskg.model.DocumentFacts;
import org.newskg.model.Relation;
import org.newskg.nlp.ParsedText;

/**
 * Agreement dates in invented sentences, through the standard {@link ExtractionPipeline} on text
 * parsed by the real CoreNLP pipeline (see {@link Parsed}): SUTime normalizes the dates, against the
 * article's publication date when it has one.
 */
class AgreementDatesIT {
    private static final ExtractionPipeline PIPELINE = ExtractionPipeline.load();

    /** The date facts as "agreement date value". */
    private static List<String> dates(ParsedText t) {
        DocumentFacts f = PIPELINE.extract(t);
        List<Assertion> dates = f.assertions().stream().filter(a -> a.relation() == Relation.DATE).toList();
        for (Assertion a : dates) {
            assertEquals("agreement-date", a.evidence().extractor());
        }
        return dates.stream().map(a -> f.entities().get(a.subject()).name() + " date " + a.literal()).toList();
    }

    @Test
    void aFullDateOnTheSigningVerbIsTheAgreementsDate() {
        assertEquals(List.of("accord date 2021-05-03"), dates(Parsed.text("France and Japan signed the accord on 3 May 2021 in Paris.")));
    }

    @Test
    void aPassiveSigningWithADate() {
        assertEquals(List.of("fisheries agreement date 2021-05-03"),
                dates(Parsed.text("The fisheries agreement was signed by Ana Example on 3 May 2021.")));
    }

    @Test
    void aDateOnAParticipleAfterTheAgreementCounts() {
        // "finalized" modifies "deal" (acl); "discussed" signs nothing, so its date is not the accord's
        assertEquals(List.of("deal date 2021-05-03"),
                dates(Parsed.text("The deal, finalized on 3 May 2021, took effect at once. Ministers discussed the accord on 4 May 2021.")));
    }

    @Test
    void aWeekdayInAnArticleWithoutADateGivesNoDate() {
        ParsedText t = Parsed.text("France and Japan signed the accord on Tuesday.");
        assertEquals("XXXX-WXX-2", t.sentences().get(0).token(8).normalized());    // SUTime: some Tuesday
        assertEquals(List.of(), dates(t));
    }

    @Test
    void aWeekdayResolvesAgainstThePublicationDate() {
        // published on Friday 7 May 2021: "Tuesday" is the 4th
        assertEquals(List.of("accord date 2021-05-04"),
                dates(Parsed.text("France and Japan signed the accord on Tuesday.", LocalDate.of(2021, 5, 7))));
    }

    @Test
    void aDateThatIsNotOnASigningGivesNothing() {
        assertEquals(List.of(), dates(Parsed.text("Ministers discussed the accord on 4 May 2021.")));
    }
}
