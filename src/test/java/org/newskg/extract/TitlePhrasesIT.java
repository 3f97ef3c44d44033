package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.model.DocumentFacts;
import org.newskg.model.OfficeTime;
import org.newskg.model.Relation;

/**
 * Long and chained titles before a name, read by the real pipeline: a portfolio with commas, two
 * offices joined by "and", and a country's office that the next name in a pair shares. Invented
 * people, real countries.
 */
class TitlePhrasesIT {
    private static final ExtractionPipeline PIPELINE = ExtractionPipeline.load();

    /** The title-name facts of one sentence: "person relation object". */
    private static List<String> titles(String sentence) {
        DocumentFacts f = PIPELINE.extract(Parsed.text("Delegation\n\n" + sentence + "\n", LocalDate.of(2022, 2, 15)));
        return f.assertions().stream().filter(a -> a.evidence().extractor().equals("title-name"))
                .map(a -> f.entities().get(a.subject()).name() + " " + a.relation().localName() + " "
                        + (a.relation() == Relation.HOLDS_TITLE ? a.literal() : f.entities().get(a.object()).name()))
                .distinct().sorted().toList();
    }

    @Test
    void twoOfficesJoinedByAndAreBothHersAndTheFirstOnesCountryIsTheSecondsToo() {
        assertEquals(List.of("Maria Ostrander holdsTitle Deputy Prime Minister for EU Funds",
                        "Maria Ostrander holdsTitle Minister of Finance", "Maria Ostrander memberOf Bulgaria"),
                titles("Bulgarian Deputy Prime Minister for EU Funds and Minister of Finance Maria Ostrander led the delegation."));
    }

    @Test
    void aLeadersOfficeOfARegionOrCityLeadsItAndThePlaceIsNotPartOfTheName() {
        // NER runs "Manitoba Mark Olsen" into one name; the place after "of" is the office's
        assertEquals(List.of("Mark Olsen holdsTitle First Minister of Manitoba", "Mark Olsen leaderOf Manitoba"),
                titles("First Minister of Manitoba Mark Olsen met the delegation."));
        assertEquals(List.of("Lena Marsh holdsTitle Mayor of Oslo", "Lena Marsh leaderOf Oslo"),
                titles("Mayor of Oslo Lena Marsh met the delegation."));
        // Near miss: a member's office of a place is held, but it leads nothing and is no membership
        assertEquals(List.of("Ivo Sample holdsTitle Minister of Manitoba"), titles("Minister of Manitoba Ivo Sample met the delegation."));
    }

    @Test
    void aProfessionalsPositionInABodyIsAMembership() {
        assertEquals(List.of("Anna Keller holdsTitle General Counsel", "Anna Keller memberOf United Nations Children's Fund"),
                titles("Anna Keller, UNICEF's general counsel, said so."));
        assertEquals(List.of("Ivo Sample holdsTitle Correspondent", "Ivo Sample memberOf International Criminal Police Organization"),
                titles("Ivo Sample, Interpol's correspondent, reported."));
    }

    @Test
    void anOwnersAbbreviationInBracketsBeforeTheTitleKeepsTheOwner() {
        assertEquals(List.of("Ivo Sample holdsTitle Secretary General", "Ivo Sample leaderOf International Criminal Police Organization"),
                titles("International Criminal Police Organization (ICPO) Secretary General Ivo Sample spoke."));
        // Near miss: brackets that hold more than an abbreviation say something else
        assertEquals(List.of("Ivo Sample holdsTitle Secretary General"),
                titles("Interpol said (in a statement issued on Monday in the late evening) Secretary General Ivo Sample spoke."));
    }

    @Test
    void everyPersonListedAfterAPluralTitleIsAMemberOfItsOwner() {
        assertEquals(List.of("Ivo Sample memberOf Norway", "Jonas Breuer memberOf Norway"),
                titles("Norwegian ministers Ivo Sample and Jonas Breuer attended."));
        assertEquals(List.of("Ana Velez holdsTitle Deputy Director", "Ana Velez memberOf Sweden", "Maria Ostrander memberOf Sweden"),
                titles("Swedish officials Ana Velez, the deputy director, and Maria Ostrander attended."));
        // Near misses: no owner before the title, and a leader's title, which needs one holder
        assertEquals(List.of(), titles("Several ministers Ivo Sample knew attended."));
        assertEquals(List.of(), titles("Norwegian leaders Ivo Sample and Jonas Breuer attended."));
    }

    @Test
    void aPluralNameWordQualifiesTheOfficeButJoinsNoList() {
        assertEquals(List.of("Jonas Breuer holdsTitle Overseas Territories Minister"), titles("Overseas Territories Minister Jonas Breuer visited the port."));
        // Near miss: "Funds" ends the first office's portfolio; it is no qualifier of the second
        assertEquals(List.of("Jonas Breuer holdsTitle Deputy Prime Minister for EU Funds", "Jonas Breuer holdsTitle Minister of Finance"),
                titles("Deputy Prime Minister for EU Funds and Minister of Finance Jonas Breuer led the delegation."));
    }

    @Test
    void anOfficeThenARankBeforeTheNameAreBothHis() {
        assertEquals(List.of("Karl Denning holdsTitle Chief of the Naval Staff", "Karl Denning holdsTitle Vice Admiral"),
                titles("Chief of the Naval Staff, Vice Admiral Sir Karl Denning, toured the port."));
        assertEquals(List.of("Tom Hale holdsTitle Captain", "Tom Hale holdsTitle Liaison Officer"),
                titles("Ivo Sample met Liaison Officer, Captain Tom Hale, and his team."));
        // Near miss: a comma is no list without "and"; the words before it are no qualifier of the rank
        assertEquals(List.of("Karl Denning holdsTitle Vice Admiral"),
                titles("After visiting the Naval Staff, Vice Admiral Karl Denning left."));
    }

    @Test
    void aNationsSecretaryIsOneOfficeAndNoMembershipOfTheNation() {
        assertEquals(List.of("Ana Velez holdsTitle Catalan Secretary"), titles("Catalan Secretary Ana Velez confirmed the move."));
        // Near miss: before another office the adjective is still whose office it is
        assertEquals(List.of("Ana Velez holdsTitle Foreign Secretary", "Ana Velez memberOf France"),
                titles("French Foreign Secretary Ana Velez confirmed the move."));
    }

    @Test
    void theOneSucceededHoldsTheOfficeAndTheSuccessorOnlyOnceItIsDone() {
        assertEquals(List.of("Lena Marsh holdsTitle Chief Executive", "Lena Marsh leaderOf Velcor Holdings Limited"),
                titles("Ana Velez is to succeed Lena Marsh as chief executive of Velcor Holdings Limited in May."));
        assertEquals(List.of("Ana Velez holdsTitle Chief Executive", "Ana Velez leaderOf Velcor Holdings Limited",
                        "Lena Marsh holdsTitle Chief Executive", "Lena Marsh leaderOf Velcor Holdings Limited"),
                titles("Ana Velez replaced Lena Marsh as chief executive of Velcor Holdings Limited in 2019."));
        assertEquals(List.of("Ivo Sample holdsTitle Director", "Ivo Sample memberOf Velcor Holdings Limited"),
                titles("Ivo Sample acted as a director for Velcor Holdings Limited in 2019."));
        assertEquals(List.of("Lena Marsh holdsTitle Governor", "Lena Marsh leaderOf St Barthélemy"),
                titles("Ana Velez is to succeed Lena Marsh as Governor of St Barthélemy in May."));
        assertEquals(List.of("Ana Velez holdsTitle Governor", "Ana Velez leaderOf Montserrat",
                        "Lena Marsh holdsTitle Governor", "Lena Marsh leaderOf Montserrat"),
                titles("Ana Velez has been appointed Governor of Montserrat in succession to Lena Marsh."));
        // Near miss: a succession in anything but an office gives no title
        assertEquals(List.of(), titles("Ana Velez succeeded Lena Marsh in the race."));
    }

    @Test
    void aListedTitleAfterTheNameIsWholeWhereNerTakesItsEndForABody() {
        // NER tags "State for Transport" an organization; "Secretary of State" is still one title
        assertEquals(List.of("Ana Velez holdsTitle Secretary of State for Transport"),
                titles("Ivo Sample met Ana Velez, Secretary of State for Transport, in Paris."));
    }

    @Test
    void anOfficeWithItsPortfolioIsNoBodyWhereNerTagsItOne() {
        assertEquals(List.of("Velez holdsTitle Minister of Public Works", "Velez memberOf Croatia"),
                titles("I am pleased to join Mrs Velez, Croatian Minister of Public Works, in Croatia."));
        // Near miss: a body named after an office stays a body
        assertEquals(List.of("Ivo Sample holdsTitle Spokesman", "Ivo Sample memberOf Office of the Minister for Trade"),
                titles("Ivo Sample, a spokesman for the Office of the Minister for Trade, said so."));
    }

    @Test
    void anAppointeeWhoWillTakeUpThePostLaterHoldsItOnlyAsAPlan() {
        assertEquals(List.of("holdsTitle PLANNED", "leaderOf PLANNED"), statuses("Ana Velez has been named Governor of Montserrat. "
                + "Ms Velez will take up the post in March 2019."));
        // Near miss: an appointment with nothing said of a later start is in office now
        assertEquals(List.of("holdsTitle ASSERTED", "leaderOf ASSERTED"),
                statuses("Ana Velez has been appointed chief executive of Velcor Holdings Limited."));
    }

    /** The title-name facts of a text as "relation STATUS". */
    private static List<String> statuses(String text) {
        DocumentFacts f = PIPELINE.extract(Parsed.text("Appointment\n\n" + text + "\n", LocalDate.of(2018, 12, 4)));
        return f.assertions().stream().filter(a -> a.evidence().extractor().equals("title-name"))
                .map(a -> a.relation().localName() + " " + a.evidence().factuality().status()).sorted().toList();
    }

    @Test
    void commonNounsBeforeATitleSayWhatThePostIsAboutAndAPlaceAfterItWhereItIs() {
        assertEquals(List.of("Jonas Breuer holdsTitle Operations Manager", "Jonas Breuer memberOf International Criminal Police Organization"),
                titles("Jonas Breuer, Interpol operations manager Lyon, said it was done."));
        assertEquals(List.of("Tom Hale holdsTitle Policy Adviser"), titles("Tom Hale, a policy adviser, spoke."));
        // Near miss: more words after the title than a place make it no apposition
        assertEquals(List.of(), titles("Tom Hale, a policy adviser said to be close to him, spoke."));
    }

    @Test
    void anOfficesOwnOfPhraseMayComeBeforeItsPortfolio() {
        assertEquals(List.of("Ivo Sample holdsTitle Minister of State for Fisheries"), titles("Minister of State for Fisheries Ivo Sample said:"));
    }

    @Test
    void anOfficeAfterAPrepositionIsNoneOfHers() {
        assertEquals(List.of("Lena Marsh holdsTitle National Security Advisor"),
                titles("Assistant to the President and National Security Advisor Lena Marsh spoke on Monday."));
    }

    @Test
    void aPortfolioMayHoldCommasAndTheArticle() {
        assertEquals(List.of("Lena Marsh holdsTitle Under Secretary for Economic Growth, Energy, and the Environment"),
                titles("Under Secretary for Economic Growth, Energy, and the Environment Lena Marsh hosted the talks."));
    }

    @Test
    void theSecondOfTwoNamedOfficialsSharesTheFirstOnesCountryForACountrysOffice() {
        assertEquals(List.of("Anton Keller holdsTitle Prime Minister", "Anton Keller leaderOf Japan",
                        "Paul Wegner holdsTitle Foreign Minister", "Paul Wegner memberOf Japan"),
                titles("Japanese Prime Minister Anton Keller and Foreign Minister Paul Wegner arrived on Monday."));
    }

    @Test
    void anOfficeThatIsNoCountrysTakesNoCountryFromTheNameBefore() {
        assertEquals(List.of("Anton Keller holdsTitle Prime Minister", "Anton Keller leaderOf Japan",
                        "Paul Wegner holdsTitle Chief Executive"),
                titles("Japanese Prime Minister Anton Keller and chief executive Paul Wegner arrived on Monday."));
    }

    @Test
    void aTitleAfterTheNameMayHaveAPortfolioBeforeWhoseOfficeItIs() {
        assertEquals(List.of("Maria Ostrander holdsTitle Minister of Transport", "Maria Ostrander memberOf Indonesia"),
                titles("Maria Ostrander, minister of transport for Indonesia, has recommended that airlines wait."));
    }

    @Test
    void aHeadLeadsWhatSheHeadsAndAnAcronymInBracketsClosesTheTitle() {
        assertEquals(List.of("Jonas Breuer leaderOf State Property Agency"),
                titles("\"The offer is fair,\" said Jonas Breuer, head of the State Property Agency (SPA), after the meeting."));
    }

    @Test
    void anAmbassadorToACountryIsNoMemberOfIt() {
        assertEquals(List.of("Peter Lund holdsTitle Ambassador"), titles("Peter Lund, an ambassador to Peru, left on Monday."));
    }

    @Test
    void aCapitalizedQualifierBelongsToTheTitleAfterTheName() {
        assertEquals(List.of("Maria Ostrander holdsTitle Permanent Representative", "Maria Ostrander memberOf United Kingdom"),
                titles("An update by Maria Ostrander, UK Permanent Representative to the United Nations, followed."));
    }

    @Test
    void aTitleWithItsOwnPortfolioIsNotOfTheBodyAfterTheName() {
        assertEquals(List.of("Maria Ostrander holdsTitle Minister for Trade"),
                titles("Minister for Trade Maria Ostrander spoke at the World Trade Organization on Monday."));
    }

    @Test
    void aSpecialRepresentativeForACountryIsNoMemberOfIt() {
        assertEquals(List.of("Lena Marsh holdsTitle Special Representative for the DPRK"),
                titles("Special Representative for the DPRK Lena Marsh met reporters on Monday."));
    }

    @Test
    void aCourtesyTitleBetweenTheOfficeAndTheNameIsNoOffice() {
        assertEquals(List.of("Ivo Sample holdsTitle Amir", "Ivo Sample leaderOf Kuwait"),
                titles("Amir Sheikh Ivo Sample of Kuwait welcomed the delegation."));
        // Near miss: a courtesy title alone gives no office.
        assertEquals(List.of(), titles("Sheikh Ivo Sample met the delegation on Monday."));
    }

    @Test
    void aTwoWordTitleThatNerLeftUntaggedIsFoundAsWrittenAndAMissionsCountryIsItsOwner() {
        assertEquals(List.of("Tomas Qirel holdsTitle Chargé d’Affaires"),
                titles("The Embassy's Chargé d’Affaires Tomas Qirel signed the arrangement."));
        assertEquals(List.of("Lena Marsh holdsTitle Chargé d’Affaires", "Lena Marsh memberOf United States"),
                titles("The delegation included Lena Marsh, Chargé d’Affaires for the United States Mission to Norway, and others."));
        // Near miss: the owner's name runs on into a clause, not a post: no apposition
        assertEquals(List.of(), titles("Lena Marsh, Chargé d’Affaires for the United States Mission said nothing."));
    }

    @Test
    void aCounselorIsAnOffice() {
        assertEquals(List.of("Lena Marsh holdsTitle Embassy Counselor"), titles("Embassy Counselor Lena Marsh opened the fair."));
    }

    @Test
    void anOfficeOfABodyDescribedBeforeItsNameBelongsToTheNameAfterTheComma() {
        assertEquals(List.of("Tomas Qirel holdsTitle General Secretary", "Tomas Qirel leaderOf Velcor"),
                titles("The general secretary of the British union Velcor, Tomas Qirel, welcomed the plan."));
        assertEquals(List.of("Tomas Qirel holdsTitle Vice President", "Tomas Qirel memberOf Velcor Motors"),
                titles("The vice president of the carmaker Velcor Motors, Tomas Qirel, said the price was fair."));
    }

    @Test
    void aBodyNamedWithoutAnOfficeGivesNoTitle() {
        assertEquals(List.of(), titles("A strike at the British union Velcor, Tomas Qirel said, was likely."));
        assertEquals(List.of(), titles("Members of the British union Velcor, Tomas Qirel among them, marched."));
    }

    @Test
    void aPositionTheGazetteerDoesNotListMakesAMemberOfABodyButNotOfACountry() {
        assertEquals(List.of("Lena Marsh holdsTitle Engineer", "Lena Marsh memberOf Velcor Motors"),
                titles("Velcor Motors cut jobs. Lena Marsh, a Velcor Motors engineer, disagreed."));
        assertEquals(List.of("Lena Marsh holdsTitle Engineer"), titles("Lena Marsh, a French engineer, disagreed."));
    }

    @Test
    void portfolioWordsJoinedByAndAreOneOfficeButTwoOfficesStayTwo() {
        assertEquals(List.of("Jonas Breuer holdsTitle Culture and Sport Secretary"),
                titles("Culture and Sport Secretary Jonas Breuer has talked with Danish ministers."));
        assertEquals(List.of("Maria Ostrander holdsTitle Deputy Prime Minister", "Maria Ostrander holdsTitle Minister of Finance",
                        "Maria Ostrander memberOf Bulgaria"),
                titles("Bulgarian Minister of Finance and Deputy Prime Minister Maria Ostrander led the delegation."));
    }

    @Test
    void anAmbassadorToACountryServesTheCountryNamedBeforeTheTitle() {
        assertEquals(List.of("Lena Marsh holdsTitle Ambassador to Peru", "Lena Marsh memberOf United Kingdom"),
                titles("The British ambassador to Peru, Lena Marsh, asked for a trade deal."));
        // a tenure word and a qualifier between title words do not stop an apposition's title
        assertEquals(List.of("Tomas Qirel holdsTitle Deputy Special Envoy", "Tomas Qirel memberOf United Kingdom"),
                titles("Remarks by Tomas Qirel, Acting UK Deputy Special Envoy to the Arctic Council, at the forum."));
    }

    @Test
    void aTitleInAWhoIsClauseIsTheNamesAndWhoWasMakesItFormer() {
        assertEquals(List.of("Jonas Breuer holdsTitle Chief Executive", "Jonas Breuer leaderOf Velcor Industries"),
                titles("Jonas Breuer, who is the chief executive of Velcor Industries, said profits rose."));
        DocumentFacts f = PIPELINE.extract(Parsed.text("Delegation\n\nIvo Sample, who was Chile's finance minister, agreed.\n", LocalDate.of(2022, 2, 15)));
        assertEquals(List.of(OfficeTime.FORMER, OfficeTime.FORMER), f.assertions().stream()
                .filter(a -> a.evidence().extractor().equals("title-name")).map(a -> a.evidence().tenure()).toList());
        // "who met the chief executive": the title is someone else's
        assertEquals(List.of(), titles("Jonas Breuer, who met the chief executive of Velcor Industries, said profits rose."));
    }

    @Test
    void aPositionWithABodyIsOneInIt() {
        assertEquals(List.of("Eva Stone holdsTitle Analyst", "Eva Stone memberOf Merrill Lynch"),
                titles("Eva Stone, an analyst with Merrill Lynch, said the shares rose."));
        // "with" before no body is no owner, nor a portfolio
        assertEquals(List.of(), titles("Eva Stone, the minister with the most votes, said the shares rose."));
    }

    @Test
    void anOfficeSaidOfAPersonByAVerbOrACopulaIsTheirs() {
        assertEquals(List.of("Jonas Breuer holdsTitle Foreign Minister", "Jonas Breuer memberOf Peru"),
                titles("Jonas Breuer was appointed foreign minister of Peru in 2004."));
        assertEquals(List.of("Maria Ostrander holdsTitle President", "Maria Ostrander leaderOf Chile"),
                titles("Maria Ostrander became Chile's president in 2000."));
        assertEquals(List.of("Lena Marsh holdsTitle President", "Lena Marsh leaderOf Peru"),
                titles("Lena Marsh was sworn in as president of Peru on Monday."));
    }

    @Test
    void aPastCopulaOrAPastServedAsMakesTheOfficeAFormerOne() {
        DocumentFacts f = PIPELINE.extract(Parsed.text("Delegation\n\nIvo Sample served as finance minister of Chile until 2009. "
                + "Olga Tamm was Peru's ambassador to Chile.\n", LocalDate.of(2022, 2, 15)));
        assertEquals(4, f.assertions().stream().filter(a -> a.evidence().extractor().equals("title-name"))
                .filter(a -> a.evidence().tenure() == OfficeTime.FORMER).count(), f.assertions().toString());
    }

    @Test
    void anOfficeOnlyPlannedOrSupposedOrNoOfficeAtAllIsNotRead() {
        assertEquals(List.of(), titles("Tomas Qirel will be appointed foreign minister of Peru next week."));
        assertEquals(List.of(), titles("Anna Berg could become president of Chile."));
        assertEquals(List.of(), titles("Senator Maria Ostrander has been the deal's most vocal critic.").stream()
                .filter(t -> t.contains("Critic")).toList());
    }

    @Test
    void anOfficeInACountrysBodyNamedInLowerCaseIsAnOfficeOfTheCountry() {
        assertEquals(List.of("Nora Belt holdsTitle Spokeswoman", "Nora Belt memberOf Chile"),
                titles("Nora Belt, a spokeswoman for the Chilean foreign ministry, said no."));
        assertEquals(List.of(), titles("Ivo Sample, a spokesman for the Chilean wine industry, left.").stream()
                .filter(t -> t.contains("memberOf")).toList());
    }
}
