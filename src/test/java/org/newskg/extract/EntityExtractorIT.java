package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newskg.model.EntityKey;
import org.newskg.model.EntityType;
import org.newskg.model.LocalEntity;
import org.newskg.model.Mention;
import org.newskg.nlp.ParsedText;

/**
 * The entity layer of invented sentences parsed by the real CoreNLP pipeline (see {@link Parsed}):
 * what {@link EntityExtractor} does with CoreNLP's named-entity spans and coreference chains.
 */
class EntityExtractorIT {
    private static final EntityExtractor ENTITIES = new EntityExtractor(Gazetteer.load());

    private static EntityLayer layer(ParsedText t) {
        return ENTITIES.apply(t, Extraction.empty()).layer();
    }

    /** Each entity as "TYPE name", in the order of the layer. */
    private static List<String> summary(EntityLayer l) {
        return l.entities().stream().map(e -> e.type() + " " + e.name()).toList();
    }

    private static LocalEntity named(EntityLayer l, String name) {
        return l.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity named '" + name + "' in " + summary(l)));
    }

    private static List<String> mentionTexts(LocalEntity e) {
        return e.mentions().stream().map(Mention::text).toList();
    }

    @Test
    void aFullNameItsSurnameAndMsSurnameAreOnePerson() {
        EntityLayer l = layer(Parsed.text("Ana Example, the foreign minister of France, arrived in Tokyo on Monday. "
                + "Ms. Example met Ivo Sample, Japan's trade minister."));
        assertEquals(List.of("PERSON Ana Example", "COUNTRY France", "CITY Tokyo", "PERSON Ivo Sample", "COUNTRY Japan"), summary(l));
        LocalEntity ana = named(l, "Ana Example");
        assertEquals(Set.of("Ana Example", "Example"), ana.names());
        assertEquals(List.of("Ana Example", "Example"), mentionTexts(ana));
        // "Ms. Example" (tokens 1-2 of the second sentence): the surname is hers, the honorific no one's
        assertEquals(Optional.of(ana), l.at(1, 2));
        assertEquals(Optional.empty(), l.at(1, 1));
    }

    @Test
    void aSurnameAloneJoinsTheOnePersonWhoHasIt() {
        EntityLayer l = layer(Parsed.text("Ana Example, the foreign minister of France, arrived in Tokyo on Monday. "
                + "Ms. Example met Ivo Sample, Japan's trade minister. She said Example and Sample would meet again."));
        LocalEntity ivo = named(l, "Ivo Sample");
        assertEquals(Set.of("Ivo Sample", "Sample"), ivo.names());
        assertEquals(Optional.of(ivo), l.at(2, 5));    // "Sample" in the third sentence
        assertEquals(2, l.entities().stream().filter(e -> e.type() == EntityType.PERSON).count(), summary(l).toString());
    }

    @Test
    void aSeaOrStraitNamedAfterACountryOrAPeopleIsOnePlaceNotTheCountry() {
        EntityLayer l = layer(Parsed.text("Ships crossed the Chinese Sea and the Danish Straits, then the Iberian Peninsula, "
                + "the Gulf of Aden and Central Asia."));
        assertEquals(List.of("PLACE Chinese Sea", "PLACE Danish Straits", "PLACE Iberian Peninsula", "PLACE Gulf of Aden", "PLACE Central Asia"),
                summary(l));
        // a country the gazetteer knows by a feature's word stays the country
        assertEquals(List.of("COUNTRY Côte d'Ivoire", "COUNTRY Chile"), summary(layer(Parsed.text("Ivory Coast hired Chile's sailors."))));
    }

    @Test
    void anUntaggedNameWithACapitalInsideIsABodyButAPrefixedSurnameIsNot() {
        EntityLayer l = layer(Parsed.text("The First Minister spoke about VelFab, which has filed a notice. "
                + "TechVel's CEO Julian Orr said profits rose. John McArdle and Anna DeVries agreed."));
        assertEquals(List.of("ORGANIZATION VelFab", "ORGANIZATION TechVel", "PERSON Julian Orr", "PERSON John McArdle", "PERSON Anna DeVries"),
                summary(l));
    }

    @Test
    void capitalizedWordsEndingInAnInstitutionsHeadAreOneBodyThatNerMissedOrCutUp() {
        EntityLayer l = layer(Parsed.text("Nurses will meet the standards of the Harbour and Pilotage Council. The Norway Coastal "
                + "Agency and the Department of Fisheries and Coastal Affairs signed the plan."));
        assertTrue(summary(l).contains("ORGANIZATION Harbour and Pilotage Council"), summary(l).toString());
        assertTrue(summary(l).contains("ORGANIZATION Norway Coastal Agency"), summary(l).toString());
        assertTrue(summary(l).contains("ORGANIZATION Department of Fisheries and Coastal Affairs"), summary(l).toString());
        // the country whose adjective starts the body's name is found too
        l = layer(Parsed.text("Officials of the Norwegian Coastal Agency said on Monday that the new rules would take effect in spring."));
        assertTrue(summary(l).containsAll(List.of("ORGANIZATION Norwegian Coastal Agency", "COUNTRY Norway")), summary(l).toString());
        // a short sentence of capitalized names is no headline: it ends with a full stop
        assertTrue(summary(layer(Parsed.text("The Harbour and Pilotage Council met."))).contains("ORGANIZATION Harbour and Pilotage Council"));
    }

    @Test
    void anInstitutionsHeadDoesNotJoinTwoBodiesATitleADeterminerOrACountryAfterOf() {
        // two bodies in a row stay two; "and" joins a name's words only
        EntityLayer l = layer(Parsed.text("Grants went to the Velmora Institute of Marine Studies and Orvanta University."));
        assertTrue(summary(l).contains("ORGANIZATION Velmora Institute of Marine Studies"), summary(l).toString());
        assertTrue(summary(l).stream().noneMatch(e -> e.contains("Studies and")), summary(l).toString());
        // a title's words, a sentence's determiner and a country after "of" are not the body's
        l = layer(Parsed.text("Chief Executive Lena Marsh spoke. This Tribunal will decide. The Supreme Court of Norway ruled."));
        assertTrue(summary(l).stream().noneMatch(e -> e.contains("Executive") || e.contains("This")), summary(l).toString());
        assertTrue(summary(l).contains("COUNTRY Norway"), summary(l).toString());
        // a headline in title case says nothing of names by its capitals
        l = layer(Parsed.text("Minister Meets Harbour Council Leaders\n\nThe talks went well."));
        assertTrue(summary(l).stream().noneMatch(e -> e.contains("Harbour Council")), summary(l).toString());
    }

    @Test
    void aPlaceNamedOnlyByTheKindOfADivisionIsNoPlaceOfItsOwn() {
        // "the Federal District" stands for a place named before it or known; no node of its own
        EntityLayer l = layer(Parsed.text("Brazil's courts are free. The rights of residents in the Federal District are protected."));
        assertTrue(l.entities().stream().noneMatch(e -> e.names().contains("Federal District")), summary(l).toString());
        assertTrue(l.entities().stream().anyMatch(e -> e.names().contains("Brazil")), summary(l).toString());
    }

    @Test
    void aCompanysNameWithAndWithoutItsLegalFormIsOneCompany() {
        EntityLayer l = layer(Parsed.text("Velcor Group SpA cut jobs. Jonas Breuer, chief executive of Velcor Group SpA, said Velcor would hire again."));
        assertEquals(List.of("ORGANIZATION Velcor Group SpA", "PERSON Jonas Breuer"), summary(l));
        assertEquals(Set.of("Velcor Group SpA", "Velcor"), named(l, "Velcor Group SpA").names());
        // "Motors" is part of the name: "Velcor Motors" and "Velcor" may be two bodies
        EntityLayer two = layer(Parsed.text("Velcor Motors cut jobs. Orvanta Bank said Velcor Motors would hire again."));
        assertEquals(List.of("ORGANIZATION Velcor Motors", "ORGANIZATION Orvanta Bank"), summary(two));
    }

    @Test
    void aBodyAfterAnOfficeHeldInABodyIsKeptAndANameMostlyTaggedAsABodyIsOne() {
        // "chairwoman of Harlow Bank": a body, not a portfolio ("Minister of Economic Security" is one)
        EntityLayer l = layer(Parsed.text("Anna Berg, chairwoman of Harlow Bank, resigned. Peter Lund, the former chairman of Harlow Bank, "
                + "left too. Harlow Bank's new chairman, Karl Weiss, said so."));
        LocalEntity bank = named(l, "Harlow Bank");
        assertEquals(EntityType.ORGANIZATION, bank.type());
        assertEquals(3, bank.mentions().size(), summary(l).toString());
        assertTrue(layer(Parsed.text("Minister of Economic Security Ana Example spoke.")).entities().stream()
                .noneMatch(e -> e.type() == EntityType.ORGANIZATION), "a portfolio is no body");
    }

    @Test
    void mrOrMsBeforeASurnameTwoPeopleShareIsTheOneOfThatGender() {
        EntityLayer l = layer(Parsed.text("Jonas Sample and his daughter Maria Sample were found on a bench. "
                + "Mr. Sample is in hospital. Ms. Sample spoke to police."));
        assertEquals(Optional.of(named(l, "Jonas Sample")), l.at(1, 2));    // "Mr. Sample"
        assertEquals(Optional.of(named(l, "Maria Sample")), l.at(2, 2));    // "Ms. Sample"
        // an honorific that says no gender: "Dr. Sample" could be either
        EntityLayer either = layer(Parsed.text("Jonas Sample and his daughter Maria Sample were found on a bench. Dr. Sample is in hospital."));
        assertTrue(either.at(1, 2).filter(e -> e.names().contains("Jonas Sample") || e.names().contains("Maria Sample")).isEmpty(),
                summary(either).toString());
    }

    @Test
    void anHonorificThatNerTakesIntoTheNameIsStripped() {
        // NER's PERSON span is "Herr Otto Muster"; "Rev." it tags as a title of its own.
        EntityLayer l = layer(Parsed.text("Herr Otto Muster greeted Rev. Lena Probe."));
        assertEquals(List.of("PERSON Otto Muster", "PERSON Lena Probe"), summary(l));
        assertEquals(Set.of("Otto Muster"), named(l, "Otto Muster").names());
        assertEquals(List.of("Otto Muster"), mentionTexts(named(l, "Otto Muster")));
        assertEquals(Optional.empty(), l.at(0, 1));    // "Herr"
    }

    @Test
    void gazetteerCountriesAreKeyedByCodeAndNamedAsTheGazetteerNamesThem() {
        EntityLayer l = layer(Parsed.text("The Bank of Japan raised rates. Governor Ivo Sample spoke to the Federative Republic of Brazil "
                + "and to Brazil's president."));
        LocalEntity brazil = named(l, "Brazil");
        assertEquals(EntityType.COUNTRY, brazil.type());
        assertEquals(EntityKey.country("BR"), brazil.key());
        assertEquals(Set.of("Federative Republic of Brazil", "Brazil"), brazil.names());
        assertEquals(List.of("Federative Republic of Brazil", "Brazil"), mentionTexts(brazil));
    }

    @Test
    void aGovernmentBodyTheKnowledgeBaseListsIsOneBodyWhereNerMissesOrCutsIt() {
        EntityLayer l = layer(Parsed.text("Inspectors from the Rural Payments Agency and Veterans UK visited Leeds. Sport England funds clubs."));
        List<String> found = summary(l);
        assertTrue(found.contains("ORGANIZATION Rural Payments Agency"), found.toString());
        assertTrue(found.contains("ORGANIZATION Veterans UK"), found.toString());    // not the country
        assertTrue(found.contains("ORGANIZATION Sport England"), found.toString());
        assertFalse(found.stream().anyMatch(e -> e.startsWith("COUNTRY")), found.toString());
        // only the name as the body writes it: "veterans" or "sport" before a country is no body
        List<String> near = summary(layer(Parsed.text("Many veterans in the UK and the sport in England thrived.")));
        assertFalse(near.stream().anyMatch(e -> e.startsWith("ORGANIZATION")), near.toString());
    }

    @Test
    void aGovernmentBodysAbbreviationIsThatBodyOnlyWhereTheArticleNamesItInFull() {
        EntityLayer l = layer(Parsed.text("The Maritime and Coastguard Agency inspected the ferry. MCA inspectors found faults."));
        LocalEntity agency = named(l, "Maritime and Coastguard Agency");
        assertEquals(List.of("Maritime and Coastguard Agency", "MCA"), mentionTexts(agency));
        // named by its abbreviation first, the body still goes by its full name
        EntityLayer first = layer(Parsed.text("MCA inspectors found faults. The Maritime and Coastguard Agency said so."));
        assertEquals(List.of("MCA", "Maritime and Coastguard Agency"), mentionTexts(named(first, "Maritime and Coastguard Agency")));
        // alone, the abbreviation may be any body's: whatever NER makes of it, it is not the agency
        EntityLayer alone = layer(Parsed.text("MCA inspectors found faults."));
        assertTrue(alone.entities().stream().noneMatch(e -> e.key() != null && e.key().value().contains("Coastguard")), summary(alone).toString());
    }

    @Test
    void aCountryInsideAnOrganizationsNameIsNoCountryOfItsOwn() {
        EntityLayer l = layer(Parsed.text("The Bank of Japan raised rates."));
        assertEquals(List.of("ORGANIZATION Bank of Japan"), summary(l));
        LocalEntity bank = named(l, "Bank of Japan");
        assertEquals(null, bank.key());    // not a gazetteer organization
        assertEquals(Optional.of(bank), l.at(0, 4));    // "Japan" is the bank's
    }

    @Test
    void citiesAreKeyedByNameAndAcronymsOfKnownOrganizationsByTheirCanonicalName() {
        EntityLayer l = layer(Parsed.text("France-Japan talks resumed in Tokyo. NATO officials and the US Japan alliance were discussed."));
        assertEquals(List.of("COUNTRY France", "COUNTRY Japan", "CITY Tokyo", "ORGANIZATION North Atlantic Treaty Organization",
                "COUNTRY United States"), summary(l));
        assertEquals(EntityKey.city("Tokyo"), named(l, "Tokyo").key());
        LocalEntity nato = named(l, "North Atlantic Treaty Organization");
        assertEquals(EntityKey.organization("North Atlantic Treaty Organization"), nato.key());
        assertEquals(Set.of("NATO"), nato.names());
    }

    @Test
    void twoCountriesInOneNerSpanAreTwoEntities() {
        // NER makes "France-Japan" one MISC span and "US Japan" one COUNTRY span.
        EntityLayer l = layer(Parsed.text("France-Japan talks resumed in Tokyo. NATO officials and the US Japan alliance were discussed."));
        LocalEntity japan = named(l, "Japan");
        assertEquals(EntityKey.country("JP"), japan.key());
        assertEquals(List.of("Japan", "Japan"), mentionTexts(japan));
        assertEquals(Optional.of(named(l, "France")), l.at(0, 1));
        assertEquals(Optional.of(japan), l.at(0, 3));
        assertEquals(Optional.of(named(l, "United States")), l.at(1, 5));
        assertEquals(Optional.of(japan), l.at(1, 6));
    }

    @Test
    void pronounsInACoreferenceChainJoinThePersonTheChainNames() {
        EntityLayer l = layer(Parsed.text("Ana Example arrived in Paris on Monday. She met reporters at the airport and said she was hopeful."));
        LocalEntity ana = named(l, "Ana Example");
        assertEquals(List.of("Ana Example", "She", "she"), mentionTexts(ana));
        assertEquals(Set.of("Ana Example"), ana.names());    // pronouns are mentions, not names
        assertEquals(Optional.of(ana), l.at(1, 1));
        assertEquals(Optional.of(ana), l.at(1, 9));
        assertEquals(Optional.empty(), l.at(1, 3));    // "reporters"
    }

    @Test
    void msSurnameAndAPronounLaterInTheArticleJoinThePersonThroughCoreference() {
        EntityLayer l = layer(Parsed.text("Ana Example, the prime minister, arrived in Tokyo on Monday. The prime minister later met Ivo Sample. "
                + "Ms. Example said she was pleased."));
        LocalEntity ana = named(l, "Ana Example");
        assertEquals(List.of("Ana Example", "Example", "she"), mentionTexts(ana));
        assertEquals(Optional.of(ana), l.at(2, 4));    // "she"
        assertEquals(List.of("PERSON Ana Example", "CITY Tokyo", "PERSON Ivo Sample"), summary(l));
    }

    @Test
    void aNameOnlyInTheHeadlineIsDropped() {
        // NER tags "Lena" in the headline; the article never names her again.
        ParsedText t = Parsed.text("Minister Lena Probe Praises Border Talks With Japanese Officials\n"
                + "Officials in Brazil met on Friday to discuss the border. Ivo Sample said the talks went well.");
        assertTrue(EntityExtractor.isHeadline(t.sentences().get(0)));
        assertTrue(t.entities().stream().anyMatch(s -> s.sentence() == 0 && s.type().equals("PERSON")), t.entities().toString());
        assertEquals(List.of("COUNTRY Brazil", "PERSON Ivo Sample"), summary(layer(t)));
    }

    @Test
    void aHeadlineNameTheBodyUsesIsKept() {
        EntityLayer l = layer(Parsed.text("Minister Ivo Sample Praises Border Talks With Japanese Officials\n"
                + "Officials in Brazil met on Friday. Ivo Sample said the talks went well."));
        LocalEntity ivo = named(l, "Ivo Sample");
        assertEquals(List.of(0, 2), ivo.mentions().stream().map(Mention::sentence).toList());
    }

    @Test
    void aFullNameAfterATitleOnlyInTheHeadlineIsKept() {
        EntityLayer l = layer(Parsed.text("Statement From Press Secretary Lena Marsh-Qirel On The Visit Of Officials From Japan\n"
                + "Officials in Brazil met on Friday. Ivo Sample said the talks went well."));
        assertEquals(0, named(l, "Lena Marsh-Qirel").mentions().get(0).sentence(), summary(l).toString());
    }

    @Test
    void aGazetteerCountryOnlyInTheHeadlineIsKept() {
        EntityLayer l = layer(Parsed.text("Lena Probe Urges Calm After Border Clash With Japan\n"
                + "Officials in Brazil met on Friday to discuss the border. Ivo Sample said the talks went well."));
        assertEquals(List.of("COUNTRY Japan", "COUNTRY Brazil", "PERSON Ivo Sample"), summary(l));
        assertEquals(0, named(l, "Japan").mentions().get(0).sentence());
    }

    @Test
    void mentionsPointIntoTheArticleText() {
        ParsedText t = Parsed.text("Ana Example, the foreign minister of France, arrived in Tokyo on Monday. "
                + "Ms. Example met Ivo Sample, Japan's trade minister.");
        int checked = 0;
        for (LocalEntity e : layer(t).entities()) {
            for (Mention m : e.mentions()) {
                assertEquals(m.text(), t.document().text().substring(m.begin(), m.end()), e.name());
                checked++;
            }
        }
        assertEquals(6, checked, "mentions of Ana Example (2), France, Tokyo, Ivo Sample, Japan");
    }

    @Test
    void hyphenatedNamesStayWholeAndTheirSurnameJoinsThem() {
        // CoreNLP splits "So-yeon" into three tokens; the name is still one.
        EntityLayer l = layer(Parsed.text("Pak So-yeon met Jean-Luc Marchand in Lyon. The president of Ghana, "
                + "Kofi Mensah-Boateng, spoke. Mensah-Boateng thanked U.S.-Japan partners."));
        assertTrue(summary(l).containsAll(List.of("PERSON Pak So-yeon", "PERSON Jean-Luc Marchand", "PERSON Kofi Mensah-Boateng")),
                summary(l).toString());
        assertEquals(Set.of("Kofi Mensah-Boateng", "Mensah-Boateng"), named(l, "Kofi Mensah-Boateng").names());
        // Near miss: a dash between two countries still parts them.
        assertTrue(summary(l).containsAll(List.of("COUNTRY United States", "COUNTRY Japan")), summary(l).toString());
        assertEquals(3, l.entities().stream().filter(e -> e.type() == EntityType.PERSON).count(), summary(l).toString());
    }

    @Test
    void anOrganizationNamedWithANationalityIsWholeAndItsCountryIsFound() {
        EntityLayer l = layer(Parsed.text("The Canadian Department of National Defence and the Norwegian Ministry of Fisheries "
                + "said the talks would go on."));
        assertTrue(summary(l).containsAll(List.of("ORGANIZATION Canadian Department of National Defence",
                "ORGANIZATION Norwegian Ministry of Fisheries", "COUNTRY Canada", "COUNTRY Norway")), summary(l).toString());
        assertEquals(List.of("Canadian"), mentionTexts(named(l, "Canada")));
        // The adjective is the organization's word: relations found at it are the ministry's.
        assertEquals(Optional.of(named(l, "Canadian Department of National Defence")), l.at(0, 2));
    }

    @Test
    void anOrganizationNamedWithItsCountryIsWholeAndTheCountryIsFound() {
        EntityLayer l = layer(Parsed.text("The U.S. Congress passed the bill. The United States Congress met on Monday, "
                + "and the United States welcomed it."));
        assertEquals(List.of("COUNTRY United States", "ORGANIZATION United States Congress"), summary(l));
        assertEquals(List.of("U.S. Congress", "United States Congress"), mentionTexts(named(l, "United States Congress")));
        LocalEntity us = named(l, "United States");
        assertEquals(List.of("U.S.", "United States", "United States"), mentionTexts(us), "a sentence's first \"The\" is no part of the name");
        assertEquals(Optional.of(us), l.at(1, 11), "the country alone is still the country");
    }

    @Test
    void aCountryThatBeatsAnotherInAMatchIsItsTeam() {
        EntityLayer l = layer(Parsed.text("Brazil beat Germany 2-1 in the final on Sunday. Japan's national team drew with Mexico. "
                + "Ukraine and Russia face a common goal in the final round of talks."));
        assertTrue(summary(l).containsAll(List.of("ORGANIZATION Brazil", "ORGANIZATION Germany")), summary(l).toString());
        // Near misses: a country that owns the team, and countries facing something outside sport.
        assertTrue(summary(l).containsAll(List.of("COUNTRY Japan", "COUNTRY Mexico", "COUNTRY Ukraine", "COUNTRY Russia")),
                summary(l).toString());
        assertEquals(EntityKey.country("UA"), named(l, "Ukraine").key());
        assertEquals(null, named(l, "Brazil").key());
    }

    @Test
    void aStyleOfAddressIsNoOnesName() {
        EntityLayer l = layer(Parsed.text("His Majesty King Aldo Quintus welcomed Ivo Sample to the palace. "
                + "Ivo Sample thanked His Majesty for the visit."));
        assertTrue(summary(l).stream().noneMatch(x -> x.contains("Majesty")), summary(l).toString());
    }

    @Test
    void anOrganizationsNameWithoutItsCountryIsTheSameBody() {
        EntityLayer l = layer(Parsed.text("Ships of the U.S. Navy sailed on Monday. The Navy said the drill went well."));
        assertEquals(List.of("ORGANIZATION U.S. Navy"), summary(l));
        assertEquals(Set.of("U.S. Navy", "Navy"), named(l, "U.S. Navy").names());
        // Near miss: two navies of two countries, and "the Navy" could be either.
        EntityLayer two = layer(Parsed.text("Ships of the U.S. Navy and the Indian Navy sailed together on Monday. "
                + "The Navy said the drill went well."));
        assertEquals(List.of("ORGANIZATION U.S. Navy", "ORGANIZATION Indian Navy", "ORGANIZATION Navy"), summary(two));
    }

    @Test
    void aSentencesFirstTheIsNoPartOfACountrysName() {
        // Taken with "The", "The U.S." was a country phrase that hid the organization NER found.
        EntityLayer l = layer(Parsed.text("The U.S. Navy sailed on Monday. The United States welcomed it."));
        assertEquals(List.of("ORGANIZATION U.S. Navy", "COUNTRY United States"), summary(l));
        assertEquals(List.of("United States"), mentionTexts(named(l, "United States")));
    }

    @Test
    void twoCountriesThatNerTookForOneBodyAreTwoCountries() {
        // NER tags "Japan-India" an organization here: a relationship, whose parties are the countries
        EntityLayer l = layer(Parsed.text("The Japan-India partnership will grow next year."));
        assertEquals(List.of("COUNTRY Japan", "COUNTRY India"), summary(l));
    }

    @Test
    void aNameAfterANounForABodyIsAnOrganization() {
        // NER leaves "Velcor" untagged and takes "Orvanta" for a place; the noun before each says what it is
        EntityLayer l = layer(Parsed.text("Siemens agreed to buy parts from the Russian carmaker Orvanta, a spokesman said. "
                + "Orvanta builds trucks. The general secretary of the British union Velcor, Tomas Qirel, welcomed the plan."));
        assertEquals(EntityType.ORGANIZATION, named(l, "Orvanta").type());
        assertEquals(List.of("Orvanta", "Orvanta"), mentionTexts(named(l, "Orvanta")), "its later mention, untagged, is its too");
        assertEquals(EntityType.ORGANIZATION, named(l, "Velcor").type());
    }

    @Test
    void aTitleAfterANounForABodyIsNoOrganization() {
        EntityLayer l = layer(Parsed.text("The company Chairman Ivo Sample resigned on Monday."));
        assertEquals(List.of("PERSON Ivo Sample"), summary(l));
    }

    @Test
    void aNameAfterABodysOfficeAndOfIsThatBody() {
        // NER takes "Velcor" for a person; "vice president of" says it is a body, in its other mention too
        EntityLayer l = layer(Parsed.text("The vice president of Velcor, Tomas Qirel, said the price was fair. Velcor said it would wait."));
        assertEquals(EntityType.ORGANIZATION, named(l, "Velcor").type());
        assertEquals(List.of("Velcor", "Velcor"), mentionTexts(named(l, "Velcor")));
    }

    @Test
    void aNameAfterAPlacesOrAPersonsOfficeIsNoBody() {
        EntityLayer l = layer(Parsed.text("The mayor of Velmora, Ivo Sample, spoke. An aide of Velcor said nothing."));
        assertEquals(EntityType.PERSON, named(l, "Velcor").type(), "an aide serves a person as often as a body");
        assertEquals(List.of(), l.entities().stream().filter(e -> e.type() == EntityType.ORGANIZATION).map(LocalEntity::name).toList());
    }

    @Test
    void aSurnameAfterABodysOfficeStaysAPersons() {
        EntityLayer l = layer(Parsed.text("Ana Velcor founded the firm. The chairman of Velcor, she said, is her son."));
        assertEquals(List.of(), l.entities().stream().filter(e -> e.type() == EntityType.ORGANIZATION).map(LocalEntity::name).toList());
    }

    @Test
    void theHeadWordOfOneBodysNameRefersBackToIt() {
        EntityLayer l = layer(Parsed.text("The Velmora Technical Secretariat sent experts to Chile. The Secretariat said the samples were clean."));
        assertEquals(List.of("ORGANIZATION Velmora Technical Secretariat", "COUNTRY Chile"), summary(l));
    }

    @Test
    void theHeadWordOfTwoBodiesNamesStaysApart() {
        EntityLayer l = layer(Parsed.text("The Security Council and the Economic Council met. The Council did not agree."));
        assertEquals(3, l.entities().stream().filter(e -> e.type() == EntityType.ORGANIZATION).count(),
                "\"the Council\" may be either: " + summary(l));
    }

    @Test
    void aPlaceNerCannotTypeIsACityWhenTheKnowledgeBaseHasOneThereInTheArticlesCountry() {
        EntityLayer l = layer(Parsed.text("Troops from Ukraine shelled Irpin on Monday."));
        assertEquals(EntityType.CITY, named(l, "Irpin").type());
        // no country of the article has a city of that name: the place stays a place
        EntityLayer elsewhere = layer(Parsed.text("Troops from Chile shelled Irpin on Monday."));
        assertEquals(EntityType.PLACE, named(elsewhere, "Irpin").type());
    }

    @Test
    void anUntaggedNameBeforeAStateIsACityWhenTheKnowledgeBaseHasOneInThatStatesCountry() {
        // NER leaves "Bend" untagged; the knowledge base has a Bend in the United States, whose state Oregon is
        EntityLayer l = layer(Parsed.text("Velcor Motors will build a plant in Bend, Oregon, next year."));
        assertEquals(EntityType.CITY, named(l, "Bend").type());
        // no city of that name in the state's country: nothing is made of the word
        EntityLayer none = layer(Parsed.text("Velcor Motors will build a plant in Qirelton, Oregon, next year."));
        assertTrue(none.entities().stream().noneMatch(e -> e.names().contains("Qirelton") && e.type() == EntityType.CITY), summary(none).toString());
    }

    @Test
    void aBodysNameInParenthesesAfterAnotherIsItsOtherName() {
        EntityLayer l = layer(Parsed.text("Norway signed a deal with the Velmora Centre for Marine Research (Velmora CMR) on Monday. "
                + "Velmora CMR will lead the survey."));
        List<LocalEntity> bodies = l.entities().stream().filter(e -> e.type() == EntityType.ORGANIZATION).toList();
        assertEquals(1, bodies.size(), summary(l).toString());
        assertEquals(Set.of("Velmora Centre for Marine Research", "Velmora CMR"), bodies.get(0).names());
    }

    @Test
    void aCountryThatNerListsAsANationalityIsTheCountry() {
        // NER tags "Myanmar" NATIONALITY, as it does some territories' names
        EntityLayer l = layer(Parsed.text("Visit\n\nIvo Sample visited Myanmar on Monday. Myanmar is of great importance."));
        assertEquals(EntityType.COUNTRY, named(l, "Myanmar").type());
        // Near miss: a demonym stays an adjective, no place
        EntityLayer adjective = layer(Parsed.text("Visit\n\nIvo Sample met Djiboutian officials on Monday."));
        assertEquals(List.of("PERSON Ivo Sample"), summary(adjective));
    }

    @Test
    void aTownAloneOnATableLineIsTheTownNerTagsElsewhere() {
        EntityLayer l = layer(Parsed.text("Traders will meet in Leeds on 11 July. Firms in Leeds are ready.\nSites:\nKirkstall, Leeds\nLeeds\n"));
        assertEquals(EntityType.CITY, named(l, "Leeds").type());
        // Near miss: where a person has the name as a surname, the lone name is the person's
        EntityLayer person = layer(Parsed.text("Ana Leeds met traders on 11 July. Firms like Leeds.\nLeeds\n"));
        assertEquals(EntityType.PERSON, named(person, "Ana Leeds").type());
        assertTrue(person.entities().stream().noneMatch(e -> e.type() == EntityType.CITY), summary(person).toString());
    }

    @Test
    void aNonPersonPronounWithAnotherNameOfItsKindNearerIsNoOnes() {
        EntityLayer l = layer(Parsed.text("Chile reaffirmed its support for Peru as it continues to rebuild itself."));
        // "it" (token 9) may be Peru or Chile: neither is given it
        assertEquals(Optional.empty(), l.at(0, 9));
        // Near miss: "its" right after Chile, with no other country between, is Chile's
        assertEquals(Optional.of(named(l, "Chile")), l.at(0, 3));
    }

    @Test
    void aCompanyIsNamedToItsLegalFormAndAgainWithoutIt() {
        EntityLayer l = layer(Parsed.text("Board named\n\nIvo Sample sat on the board of Velcor Harbour (NZ) Limited, a shipping "
                + "agent. Velcor Harbour later closed its office. Velcor Harbour Ltd was sold in May."));
        LocalEntity company = named(l, "Velcor Harbour (NZ) Limited");
        assertEquals(EntityType.ORGANIZATION, company.type());
        assertEquals(Set.of("Velcor Harbour (NZ) Limited", "Velcor Harbour", "Velcor Harbour Ltd"), company.names());
        // Near miss: a legal form's word as a common adjective names nothing
        EntityLayer adjective = layer(Parsed.text("Funds ran out\n\nLimited funds were left for Ivo Sample."));
        assertEquals(List.of("PERSON Ivo Sample"), summary(adjective));
    }

    @Test
    void aNameNerDoesNotKnowAfterAnOfficeIsItsHolder() {
        // NER tags "Mottley" a person and leaves "Talon" untagged
        EntityLayer l = layer(Parsed.text("Accord signed\n\nPrime Minister Mottley and President Talon have signed the accord."));
        assertEquals(EntityType.PERSON, named(l, "Talon").type());
        // Near misses: a description is no office ("manufacturer"), and a building's head word is no name
        EntityLayer described = layer(Parsed.text("Deal signed\n\nThe airline signed a deal with Chilean manufacturer Talon on Monday."));
        assertTrue(described.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON), summary(described).toString());
        EntityLayer hotel = layer(Parsed.text("Talks held\n\nThe talks were held at the President Hotel on Monday."));
        assertTrue(hotel.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON), summary(hotel).toString());
    }

    @Test
    void aSaintsNameIsOnePlaceAndATerritoryTheKnowledgeBaseKnowsIsAPlace() {
        EntityLayer l = layer(Parsed.text("Arrival\n\nAna Velez will arrive in Gustavia, St Barthélemy, in May."));
        assertEquals(EntityType.PLACE, named(l, "St Barthélemy").type());
        assertTrue(l.entities().stream().noneMatch(e -> e.name().equals("St") || e.name().equals("Barthélemy")), summary(l).toString());
    }
}
