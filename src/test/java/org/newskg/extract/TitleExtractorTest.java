package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newskg.model.Assertion;
import org.newskg.model.EntityType;
import org.newskg.model.LocalEntity;
import org.newskg.nlp.ParsedText;

/** Titles next to names, on hand-made sentences (invented names, no CoreNLP). */
class TitleExtractorTest {
    private static final Gazetteer GAZETTEER = Gazetteer.load();
    private final TitleExtractor titles = new TitleExtractor(GAZETTEER);

    /** Entities by token ranges: {id, sentence, from, to}; the type and key come from {@code types}. */
    private static EntityLayer layer(List<LocalEntity> entities, int[]... spans) {
        Map<Long, Integer> tokens = new HashMap<>();
        for (int[] s : spans) {
            for (int i = s[2]; i < s[3]; i++) {
                tokens.put(EntityLayer.key(s[1], i), s[0]);
            }
        }
        return new EntityLayer(entities, tokens);
    }

    private static LocalEntity entity(int id, EntityType type, String name, String key) {
        return new LocalEntity(id, type, name, Set.of(name), org.newskg.model.EntityKey.parse(key), List.of());
    }

    private static List<String> facts(List<Assertion> as, List<LocalEntity> es) {
        return as.stream().map(a -> es.get(a.subject()).name() + " " + a.relation().localName() + " "
                + (a.literal() != null ? a.literal() : es.get(a.object()).name())).sorted().toList();
    }

    @Test
    void aGivenNameTheTaggerReadsAsANounIsStillTheNamesStart() {
        // NER has "Ana Example" as one person, though the tagger read "Ana" as a common noun
        ParsedText t = Sentences.parse("Trade/NNP/TITLE Secretary/NNP/TITLE Ana/NN/PERSON Example/NNP/PERSON said/VBD :/:");
        List<LocalEntity> es = List.of(entity(0, EntityType.PERSON, "Ana Example", ""));
        List<Assertion> as = titles.extract(t, layer(es, new int[] {0, 0, 3, 5}));
        assertEquals(List.of("Ana Example holdsTitle Trade Secretary"), facts(as, es));
    }

    @Test
    void adjectiveTitleAndNameGiveTitleAndLeadership() {
        // The adjective is looked up in the gazetteer; the country must be one the article names.
        ParsedText t = Sentences.parse("French/JJ/NATIONALITY Prime/NNP/TITLE Minister/NNP/TITLE Ana/NNP/PERSON Example/NNP/PERSON spoke/VBD ./.",
                "France/NNP/COUNTRY voted/VBD ./.");
        List<LocalEntity> es = List.of(entity(0, EntityType.PERSON, "Ana Example", ""),
                entity(1, EntityType.COUNTRY, "France", "country:FR"));
        List<Assertion> as = titles.extract(t, layer(es, new int[] {0, 0, 4, 6}, new int[] {1, 1, 1, 2}));
        assertEquals(List.of("Ana Example holdsTitle Prime Minister", "Ana Example leaderOf France"), facts(as, es));
    }

    @Test
    void anAdjectiveForACountryTheArticleDoesNotNameGivesOnlyTheTitle() {
        ParsedText t = Sentences.parse("Freedonian/JJ/NATIONALITY Prime/NNP/TITLE Minister/NNP/TITLE Ana/NNP/PERSON Example/NNP/PERSON spoke/VBD ./.");
        List<LocalEntity> es = List.of(entity(0, EntityType.PERSON, "Ana Example", ""));
        assertEquals(List.of("Ana Example holdsTitle Prime Minister"), facts(titles.extract(t, layer(es, new int[] {0, 0, 4, 6})), es));
    }

    @Test
    void possessiveCountryBeforeTheTitle() {
        ParsedText t = Sentences.parse("France/NNP/COUNTRY 's/POS foreign/JJ/TITLE minister/NN/TITLE ,/, Ana/NNP/PERSON Example/NNP/PERSON ,/, said/VBD");
        List<LocalEntity> es = List.of(entity(0, EntityType.COUNTRY, "France", "country:FR"),
                entity(1, EntityType.PERSON, "Ana Example", ""));
        List<Assertion> as = titles.extract(t, layer(es, new int[] {0, 0, 1, 2}, new int[] {1, 0, 6, 8}));
        assertEquals(List.of("Ana Example holdsTitle Foreign Minister", "Ana Example memberOf France"), facts(as, es));
    }

    @Test
    void closedAppositionAfterTheName() {
        ParsedText t = Sentences.parse("Ana/NNP/PERSON Example/NNP/PERSON ,/, the/DT president/NN/TITLE of/IN France/NNP/COUNTRY ,/, arrived/VBD");
        List<LocalEntity> es = List.of(entity(0, EntityType.PERSON, "Ana Example", ""),
                entity(1, EntityType.COUNTRY, "France", "country:FR"));
        List<Assertion> as = titles.extract(t, layer(es, new int[] {0, 0, 1, 3}, new int[] {1, 0, 7, 8}));
        assertEquals(List.of("Ana Example holdsTitle President", "Ana Example leaderOf France"), facts(as, es));
    }

    @Test
    void aTitleThatIsTheSubjectBelongsToNoOneBeforeIt() {
        // "With a meeting with X, the president of France called ..." must not make X president.
        ParsedText t = Sentences.parse("After/IN meeting/VBG Ivo/NNP/PERSON Sample/NNP/PERSON ,/, the/DT president/NN/TITLE of/IN France/NNP/COUNTRY called/VBD");
        List<LocalEntity> es = List.of(entity(0, EntityType.PERSON, "Ivo Sample", ""),
                entity(1, EntityType.COUNTRY, "France", "country:FR"));
        assertEquals(List.of(), facts(titles.extract(t, layer(es, new int[] {0, 0, 3, 5}, new int[] {1, 0, 9, 10})), es));
    }

    @Test
    void titleWithOfAndTheCountryAfterTheName() {
        ParsedText t = Sentences.parse("Secretary/NNP/TITLE of/IN/TITLE State/NNP/TITLE Ana/NNP/PERSON Example/NNP/PERSON met/VBD",
                "Prime/NNP/TITLE Minister/NNP/TITLE Ivo/NNP/PERSON Sample/NNP/PERSON of/IN France/NNP/COUNTRY arrived/VBD");
        List<LocalEntity> es = List.of(entity(0, EntityType.PERSON, "Ana Example", ""),
                entity(1, EntityType.PERSON, "Ivo Sample", ""), entity(2, EntityType.COUNTRY, "France", "country:FR"));
        List<String> f = facts(titles.extract(t, layer(es, new int[] {0, 0, 4, 6}, new int[] {1, 1, 3, 5}, new int[] {2, 1, 6, 7})), es);
        assertTrue(f.contains("Ana Example holdsTitle Secretary of State"), f.toString());
        assertTrue(f.contains("Ivo Sample holdsTitle Prime Minister") && f.contains("Ivo Sample leaderOf France"), f.toString());
    }

    @Test
    void aDescriptorIsNoTitle() {
        ParsedText t = Sentences.parse("former/JJ leader/NN/TITLE Ana/NNP/PERSON Example/NNP/PERSON died/VBD");
        List<LocalEntity> es = List.of(entity(0, EntityType.PERSON, "Ana Example", ""));
        assertEquals(List.of(), facts(titles.extract(t, layer(es, new int[] {0, 0, 3, 5})), es));
    }

    @Test
    void capitalizedQualifiersBelongToTheOfficeButTimeAndPraiseDoNot() {
        ParsedText t = Sentences.parse("Special/JJ Presidential/JJ Envoy/NNP/TITLE Ana/NNP/PERSON Example/NNP/PERSON signed/VBD",
                "Former/JJ Prime/NNP/TITLE Minister/NNP/TITLE Ivo/NNP/PERSON Sample/NNP/PERSON spoke/VBD");
        List<LocalEntity> es = List.of(entity(0, EntityType.PERSON, "Ana Example", ""), entity(1, EntityType.PERSON, "Ivo Sample", ""));
        List<String> f = facts(titles.extract(t, layer(es, new int[] {0, 0, 4, 6}, new int[] {1, 1, 4, 6})), es);
        assertEquals(List.of("Ana Example holdsTitle Special Presidential Envoy", "Ivo Sample holdsTitle Prime Minister"), f);
    }

    @Test
    void aSpokespersonForAnOrganizationIsAMemberOfIt() {
        ParsedText t = Sentences.parse("Ana/NNP/PERSON Example/NNP/PERSON ,/, a/DT spokesperson/NN/TITLE for/IN NATO/NNP/ORGANIZATION ,/, said/VBD");
        List<LocalEntity> es = List.of(entity(0, EntityType.PERSON, "Ana Example", ""),
                entity(1, EntityType.ORGANIZATION, "North Atlantic Treaty Organization", "org:nato"));
        List<String> f = facts(titles.extract(t, layer(es, new int[] {0, 0, 1, 3}, new int[] {1, 0, 7, 8})), es);
        assertEquals(List.of("Ana Example holdsTitle Spokesperson", "Ana Example memberOf North Atlantic Treaty Organization"), f);
    }
    @Test
    void inAListOfNamesATitleAfterACommaIsTheEarlierNamesApposition() {
        // "A, French Minister of Trade, B, and Ambassador C": the minister is A (an apposition), not B;
        // C is the ambassador.
        ParsedText t = Sentences.parse("Ana/NNP/PERSON Example/NNP/PERSON ,/, French/JJ/NATIONALITY Minister/NNP/TITLE of/IN Trade/NNP ,/, "
                + "Ivo/NNP/PERSON Sample/NNP/PERSON ,/, and/CC Ambassador/NNP/TITLE Eva/NNP/PERSON Muster/NNP/PERSON attended/VBD ./.",
                "France/NNP/COUNTRY voted/VBD ./.");
        List<LocalEntity> es = List.of(entity(0, EntityType.PERSON, "Ana Example", ""), entity(1, EntityType.PERSON, "Ivo Sample", ""),
                entity(2, EntityType.PERSON, "Eva Muster", ""), entity(3, EntityType.COUNTRY, "France", "country:FR"));
        List<String> f = facts(titles.extract(t, layer(es, new int[] {0, 0, 1, 3}, new int[] {1, 0, 8, 10},
                new int[] {2, 0, 13, 15}, new int[] {3, 1, 1, 2})), es);
        assertEquals(List.of("Ana Example holdsTitle Minister of Trade", "Ana Example memberOf France", "Eva Muster holdsTitle Ambassador"), f);
    }

    @Test
    void aTitleBeforeANameWithACommaStillCountsOutsideAList() {
        ParsedText t = Sentences.parse("Yesterday/NN the/DT Prime/NNP/TITLE Minister/NNP/TITLE ,/, Ana/NNP/PERSON Example/NNP/PERSON ,/, spoke/VBD");
        List<LocalEntity> es = List.of(entity(0, EntityType.PERSON, "Ana Example", ""));
        assertEquals(List.of("Ana Example holdsTitle Prime Minister"), facts(titles.extract(t, layer(es, new int[] {0, 0, 6, 8})), es));
    }

    @Test
    void aTitleWordInsideANameIsNoTitle() {
        ParsedText t = Sentences.parse("Princess/NNP/TITLE Ana/NNP/PERSON bin/NNP/PERSON Sultan/NNP/PERSON bin/NNP/PERSON Example/NNP/PERSON spoke/VBD ./.");
        List<LocalEntity> es = List.of(entity(0, EntityType.PERSON, "Ana bin Sultan bin Example", ""));
        assertEquals(List.of("Ana bin Sultan bin Example holdsTitle Princess"),
                facts(titles.extract(t, layer(es, new int[] {0, 0, 2, 7})), es));
    }

    @Test
    void underBeforeSecretaryIsPartOfTheOffice() {
        ParsedText t = Sentences.parse("Under/IN Secretary/NNP/TITLE for/IN Political/NNP Affairs/NNP Ana/NNP/PERSON Example/NNP/PERSON will/MD travel/VB ./.");
        List<LocalEntity> es = List.of(entity(0, EntityType.PERSON, "Ana Example", ""));
        assertEquals(List.of("Ana Example holdsTitle Under Secretary for Political Affairs"),
                facts(titles.extract(t, layer(es, new int[] {0, 0, 6, 8})), es));
    }

    @Test
    void twoNationalityAdjectivesNameACommunityNotAState() {
        ParsedText t = Sentences.parse("Greek/JJ/NATIONALITY Cypriot/JJ/NATIONALITY Minister/NNP/TITLE Ana/NNP/PERSON Example/NNP/PERSON spoke/VBD ./.",
                "Cyprus/NNP/COUNTRY and/CC Greece/NNP/COUNTRY voted/VBD ./.");
        List<LocalEntity> es = List.of(entity(0, EntityType.PERSON, "Ana Example", ""),
                entity(1, EntityType.COUNTRY, "Cyprus", "country:CY"), entity(2, EntityType.COUNTRY, "Greece", "country:GR"));
        assertEquals(List.of("Ana Example holdsTitle Minister"),
                facts(titles.extract(t, layer(es, new int[] {0, 0, 4, 6}, new int[] {1, 1, 1, 2}, new int[] {2, 1, 3, 4})), es));
    }

    @Test
    void anAmbassadorToACountryIsNoMemberOfIt() {
        ParsedText t = Sentences.parse("Ana/NNP/PERSON Example/NNP/PERSON ,/, Ambassador/NNP/TITLE to/TO France/NNP/COUNTRY ,/, spoke/VBD ./.");
        List<LocalEntity> es = List.of(entity(0, EntityType.PERSON, "Ana Example", ""), entity(1, EntityType.COUNTRY, "France", "country:FR"));
        assertEquals(List.of("Ana Example holdsTitle Ambassador"),
                facts(titles.extract(t, layer(es, new int[] {0, 0, 1, 3}, new int[] {1, 0, 6, 7})), es));
    }
}
