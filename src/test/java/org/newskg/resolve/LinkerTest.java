package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newskg.model.Assertion;
import org.newskg.model.Corpus;
import org.newskg.model.Derived;
import org.newskg.model.Document;
import org.newskg.model.DocumentFacts;
import org.newskg.model.Entity;
import org.newskg.model.EntityKey;
import org.newskg.model.EntityType;
import org.newskg.model.Evidence;
import org.newskg.model.Factuality;
import org.newskg.model.LocalEntity;
import org.newskg.model.Mention;
import org.newskg.model.OfficeTime;
import org.newskg.model.Relation;

/** Linking to the knowledge base on hand-built articles (invented people, real places), no CoreNLP. */
class LinkerTest {
    private static LocalEntity e(int id, EntityType type, EntityKey key, String name) {
        return new LocalEntity(id, type, name, new LinkedHashSet<>(List.of(name)), key, List.of(new Mention(0, 0, name.length(), name)));
    }

    private static Corpus corpus(List<LocalEntity> entities, Assertion... facts) {
        return Resolver.resolve(List.of(new DocumentFacts(new Document("d", List.of("d.txt"), "h", "text", Optional.empty()),
                entities, List.of(facts))));
    }

    private static Entity named(Corpus c, String label) {
        return c.entities().stream().filter(x -> x.prefLabel().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void aCountryIsLinkedByItsCodeAndAnUnknownPersonIsNot() {
        Corpus c = corpus(List.of(e(0, EntityType.COUNTRY, EntityKey.country("FR"), "France"),
                e(1, EntityType.PERSON, null, "Ana Example")));
        assertEquals("Q142", c.identities().get(named(c, "France").slug()).qid());
        assertFalse(c.identities().containsKey(named(c, "Ana Example").slug()), "better unlinked than wrong");
    }

    @Test
    void aCitysCountryComesFromTheKnowledgeBaseOnlyWhenTheArticlesDoNotSayIt() {
        Corpus c = corpus(List.of(e(0, EntityType.CITY, EntityKey.city("Lyon"), "Lyon"), e(1, EntityType.COUNTRY, EntityKey.country("FR"), "France")));
        assertEquals(List.of(new Derived(named(c, "Lyon").slug(), Relation.LOCATED_IN, named(c, "France").slug(), "kb/cities.tsv: Lyon (FR)")),
                c.derived());
        Corpus said = corpus(List.of(e(0, EntityType.CITY, EntityKey.city("Lyon"), "Lyon"), e(1, EntityType.COUNTRY, EntityKey.country("FR"), "France")),
                Assertion.between(0, Relation.LOCATED_IN, 1, new Evidence("d", 0, "s", 0, 1, "test", 0.7)));
        assertTrue(said.derived().isEmpty(), "an article says it: no derived fact");
        Corpus elsewhere = corpus(List.of(e(0, EntityType.CITY, EntityKey.city("Lyon"), "Lyon"), e(1, EntityType.COUNTRY, EntityKey.country("BR"), "Brazil")));
        assertTrue(elsewhere.derived().isEmpty(), "no city of that name in a country the articles mention");
    }

    /** One article, published on {@code date}, that calls someone "President Bush" (or "former President Bush"). */
    private static DocumentFacts presidentBush(String id, String date, OfficeTime tenure) {
        Evidence ev = new Evidence(id, 0, "s", 0, 14, "test", 0.9, Factuality.ASSERTED, tenure);
        return new DocumentFacts(new Document(id, List.of(id + ".txt"), "h", "text", Optional.of(LocalDate.parse(date))),
                List.of(e(0, EntityType.PERSON, null, "Bush")), List.of(Assertion.literal(0, Relation.HOLDS_TITLE, "President", ev)));
    }

    @Test
    void aTitleAndSurnameAreTheHolderOfTheArticlesDateAndTwoHoldersStayTwo() {
        Corpus c = Resolver.resolve(List.of(presidentBush("a2004", "2004-05-01", null), presidentBush("b1990", "1990-05-01", null),
                presidentBush("c2006", "2006-03-01", null), presidentBush("d2012", "2012-03-01", OfficeTime.FORMER)));
        Entity of2004 = c.entities().stream().filter(x -> x.mentions().containsKey("a2004")).findFirst().orElseThrow();
        Entity of1990 = c.entities().stream().filter(x -> x.mentions().containsKey("b1990")).findFirst().orElseThrow();
        assertEquals("Q207", c.identities().get(of2004.slug()).qid(), "the president in office in 2004");
        assertEquals(java.util.Set.of("a2004", "c2006", "d2012"), of2004.mentions().keySet(),
                "2006's president and 2012's former president are the same holder");
        assertFalse(c.identities().containsKey(of1990.slug()), "1990's president: not in the KB's terms, so unlinked");
        assertTrue(!of1990.slug().equals(of2004.slug()), "and a node of its own");
        // Near miss: a surname with no title is no one in particular.
        DocumentFacts bare = new DocumentFacts(new Document("e", List.of("e.txt"), "h", "text", Optional.of(LocalDate.parse("2004-05-01"))),
                List.of(e(0, EntityType.PERSON, null, "Bush")), List.of());
        assertTrue(Resolver.resolve(List.of(bare)).identities().isEmpty());
    }

    @Test
    void anAcronymLinksAnIntergovernmentalBodyButNoPartyOrCompany() {
        Corpus c = corpus(List.of(e(0, EntityType.ORGANIZATION, null, "WTO"), e(1, EntityType.ORGANIZATION, null, "MSP")));
        assertEquals("Q7825", c.identities().get(named(c, "WTO").slug()).qid());
        // Near misses: "MSP" is also a party's short name; "GE" beside "General Electric" is the
        // company, not the party the KB lists as "GÉ".
        assertFalse(c.identities().containsKey(named(c, "MSP").slug()));
        LocalEntity company = new LocalEntity(0, EntityType.ORGANIZATION, "General Electric",
                new LinkedHashSet<>(List.of("General Electric", "GE")), null, List.of(new Mention(0, 0, 16, "General Electric")));
        Corpus withFullName = corpus(List.of(company));
        assertTrue(withFullName.identities().isEmpty(), withFullName.identities().toString());
    }

    @Test
    void aCityIsLinkedWhenOneCityOfItsNameLiesInItsArticlesCountries() {
        Corpus c = corpus(List.of(e(0, EntityType.CITY, null, "Mombasa"), e(1, EntityType.COUNTRY, EntityKey.country("KE"), "Kenya")));
        assertEquals("Q225641", c.identities().get(named(c, "Mombasa").slug()).qid());
        // Near misses: no country beside it; two cities of that name in the country (South Africa's two Middelburgs).
        Corpus alone = corpus(List.of(e(0, EntityType.CITY, null, "Mombasa")));
        assertTrue(alone.identities().isEmpty(), alone.identities().toString());
        Corpus two = corpus(List.of(e(0, EntityType.CITY, null, "Middelburg"), e(1, EntityType.COUNTRY, EntityKey.country("ZA"), "South Africa")));
        assertFalse(two.identities().containsKey(named(two, "Middelburg").slug()));
    }

    @Test
    void aStateIsLinkedAndPlacedInTheOneCountryBesideItWhoseDivisionItIs() {
        Corpus c = corpus(List.of(e(0, EntityType.PLACE, null, "Bavaria"), e(1, EntityType.COUNTRY, EntityKey.country("DE"), "Germany")));
        assertEquals("Q980", c.identities().get(named(c, "Bavaria").slug()).qid());
        assertEquals(List.of(new Derived(named(c, "Bavaria").slug(), Relation.LOCATED_IN, named(c, "Germany").slug(), "kb/regions.tsv: Bavaria (DE)")),
                c.derived());
        // Near misses: no such country beside it; a division that is also a city of its country keeps the country, not the item.
        Corpus elsewhere = corpus(List.of(e(0, EntityType.PLACE, null, "Bavaria"), e(1, EntityType.COUNTRY, EntityKey.country("BR"), "Brazil")));
        assertTrue(elsewhere.derived().isEmpty() && elsewhere.identities().size() == 1, elsewhere.identities().toString());
        Corpus city = corpus(List.of(e(0, EntityType.PLACE, null, "Paris"), e(1, EntityType.COUNTRY, EntityKey.country("FR"), "France")));
        assertEquals(1, city.derived().size());
        assertFalse(city.identities().containsKey(named(city, "Paris").slug()));
    }

    /** One article, published on {@code date}, naming a Prime Minister as {@code name}, with that title. */
    private static DocumentFacts primeMinister(String id, String date, String name) {
        Evidence ev = new Evidence(id, 0, "s", 0, 14, "test", 0.9, Factuality.ASSERTED, null);
        return new DocumentFacts(new Document(id, List.of(id + ".txt"), "h", "text", Optional.of(LocalDate.parse(date))),
                List.of(e(0, EntityType.PERSON, null, name)), List.of(Assertion.literal(0, Relation.HOLDS_TITLE, "Prime Minister", ev)));
    }

    @Test
    void aHoldersSurnameJoinsHisFullNameWrittenSurnameFirst() {
        // The knowledge base's "Yoshihide Suga" (Prime Minister of Japan 2020-2021); news also writes "Suga Yoshihide"
        Corpus c = Resolver.resolve(List.of(primeMinister("a", "2021-01-10", "Suga"), primeMinister("b", "2021-01-12", "Suga Yoshihide")));
        assertEquals(1, c.entities().size(), "one person: " + c.entities().stream().map(Entity::prefLabel).toList());
        // Near miss: two full names it could be: the surname joins neither
        Corpus three = Resolver.resolve(List.of(primeMinister("a", "2021-01-10", "Suga"), primeMinister("b", "2021-01-12", "Suga Yoshihide"),
                primeMinister("c", "2021-01-14", "Suga Taro")));
        assertEquals(3, three.entities().size(), "three people: " + three.entities().stream().map(Entity::prefLabel).toList());
    }

    /** One article, published on {@code date}, naming a person and a country, and no fact between them. */
    private static Corpus personBeside(String date, String person, String code, String country) {
        return Resolver.resolve(List.of(new DocumentFacts(new Document("d", List.of("d.txt"), "h", "text", Optional.of(LocalDate.parse(date))),
                List.of(e(0, EntityType.PERSON, null, person), e(1, EntityType.COUNTRY, EntityKey.country(code), country)), List.of())));
    }

    @Test
    void anOfficialOfACountryBesideThemInTheArticlesTermIsItsMemberFromTheKnowledgeBase() {
        // Norway's Minister of Trade and Industry from 2006-09-29 to 2008-06-20 (kb/office-holders.tsv, an official's term)
        Corpus c = personBeside("2007-05-02", "Dag Terje Andersen", "NO", "Norway");
        assertEquals(1, c.derived().size(), c.derived().toString());
        Derived d = c.derived().get(0);
        assertEquals(List.of(named(c, "Dag Terje Andersen").slug(), "memberOf", named(c, "Norway").slug()),
                List.of(d.subject(), d.relation().localName(), d.object()));
        assertTrue(d.basis().startsWith("kb/office-holders.tsv: Dag Terje Andersen, "), d.basis());
        // a head of state leads the country
        Corpus head = personBeside("2022-04-06", "Klaus Iohannis", "RO", "Romania");
        assertEquals(List.of(Relation.LEADER_OF), head.derived().stream().map(Derived::relation).toList());
        // Near misses: out of his terms, and beside another country
        assertTrue(personBeside("2016-05-02", "Dag Terje Andersen", "NO", "Norway").derived().isEmpty());
        assertTrue(personBeside("2007-05-02", "Dag Terje Andersen", "SE", "Sweden").derived().isEmpty());
    }
}
