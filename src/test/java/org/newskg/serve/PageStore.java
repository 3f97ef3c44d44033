package org.newskg.serve;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.newskg.build.KgBuild;
import org.newskg.model.EntityType;
import org.newskg.model.Factuality;
import org.newskg.model.Relation;
import org.newskg.store.KgStore;
import org.newskg.store.StoreSpec;

/**
 * A store for the page's tests, made by the build's own store stage ({@link KgBuild#store}) from
 * three hand-written, dated articles (invented names, no CoreNLP): 23 entities, 20 of them with
 * relations (a hub, Anna Berg, met eleven people) and 3 only mentioned; a fact two articles state
 * (Lena Marsh leads Velmora); a fact one article states and a later one denies (Jonas Breuer visited
 * Velmora); an agreement with its own date and two places (Tessaly, then Port Arlen).
 */
final class PageStore {
    static final String PACT_ID = "pg-pact";
    static final String PACT_HEADLINE = "Velmora and Austria sign the Harbin Lake Pact";
    static final String COUNCIL_ID = "pg-council";
    static final String COUNCIL_HEADLINE = "Anna Berg's water council meets in Port Arlen";
    static final String DENIAL_ID = "pg-denial";
    static final String DENIAL_HEADLINE = "Breuer's office: no <b>visit</b> to Velmora";
    /** The agreement's own date, which comes before the article that reports it (2031-03-02). */
    static final String PACT_DATE = "2031-03-01";
    static final int ENTITIES = 23;
    static final int WITH_RELATIONS = 20;
    static final int WITHOUT_RELATIONS = 3;

    private PageStore() {}

    static KgStore build(Path folder) {
        KgStore store = KgStore.open(StoreSpec.tdb2(folder));
        try {
            KgBuild.store(extraction(), store, 100, KgBuild.History.NONE);
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * What the three articles say, as a build's extract stage gives it: a rebuild of the store from
     * its articles without CoreNLP ({@code KgBuild.store(extraction(), store, ...)}), as a server's
     * curation does with its cached facts.
     */
    static KgBuild.Extraction extraction() {
        var pact = new HistoryStore.Article(PACT_ID, PACT_HEADLINE,
                "Prime Minister Lena Marsh of Velmora and Chancellor Jonas Breuer of Austria signed the Harbin Lake Pact on Monday. "
                        + "The Harbin Lake Pact was signed in Tessaly on 1 March. "
                        + "Jonas Breuer visited Velmora after the signing. "
                        + "Greta Sand of the Baltic Fund watched from Lindholm.")
                .published(LocalDate.parse("2031-03-02"))
                .entity(EntityType.PERSON, "Lena Marsh").entity(EntityType.COUNTRY, "Velmora")
                .entity(EntityType.PERSON, "Jonas Breuer").entity(EntityType.COUNTRY, "Austria")
                .entity(EntityType.AGREEMENT, "Harbin Lake Pact").entity(EntityType.CITY, "Tessaly")
                .entity(EntityType.PERSON, "Greta Sand").entity(EntityType.ORGANIZATION, "Baltic Fund")
                .entity(EntityType.CITY, "Lindholm")
                .fact("Lena Marsh", Relation.LEADER_OF, "Velmora", 0)
                .fact("Jonas Breuer", Relation.LEADER_OF, "Austria", 0)
                .fact("Lena Marsh", Relation.SIGNED, "Harbin Lake Pact", 0)
                .fact("Jonas Breuer", Relation.SIGNED, "Harbin Lake Pact", 0)
                .fact("Harbin Lake Pact", Relation.LOCATION, "Tessaly", 1)
                .literal("Harbin Lake Pact", Relation.DATE, PACT_DATE, 1)
                .fact("Jonas Breuer", Relation.VISITED, "Velmora", 2);
        var council = new HistoryStore.Article(COUNCIL_ID, COUNCIL_HEADLINE,
                "Anna Berg, who leads the Northern Water Council, met Lena Marsh in Port Arlen. "
                        + "Velmora joined the Northern Water Council. "
                        + "Lena Marsh of Velmora said the pact would hold. "
                        + "Anna Berg also met Tomas Vell, Ida Kern, Piet Olander, Mara Lind and Oskar Brandt.")
                .published(LocalDate.parse("2031-05-10"))
                .entity(EntityType.PERSON, "Anna Berg").entity(EntityType.ORGANIZATION, "Northern Water Council")
                .entity(EntityType.PERSON, "Lena Marsh").entity(EntityType.CITY, "Port Arlen")
                .entity(EntityType.COUNTRY, "Velmora");
        for (String p : List.of("Tomas Vell", "Ida Kern", "Piet Olander", "Mara Lind", "Oskar Brandt")) {
            council.entity(EntityType.PERSON, p).fact("Anna Berg", Relation.MET_WITH, p, 3);
        }
        council.fact("Anna Berg", Relation.LEADER_OF, "Northern Water Council", 0)
                .fact("Anna Berg", Relation.MET_WITH, "Lena Marsh", 0)
                .fact("Velmora", Relation.MEMBER_OF, "Northern Water Council", 1)
                .fact("Lena Marsh", Relation.LEADER_OF, "Velmora", 2);
        var denial = new HistoryStore.Article(DENIAL_ID, DENIAL_HEADLINE,
                "Jonas Breuer did not visit Velmora, his office said. "
                        + "Anna Berg met Nina Falk, Erik Moll, Sara Holm and Felix Dorn in Kestria. "
                        + "Norway backed the Harbin Lake Pact. "
                        + "The Harbin Lake Pact was signed in Port Arlen, officials said.")
                .published(LocalDate.parse("2031-06-20"))
                .entity(EntityType.PERSON, "Jonas Breuer").entity(EntityType.COUNTRY, "Velmora")
                .entity(EntityType.PERSON, "Anna Berg").entity(EntityType.COUNTRY, "Kestria")
                .entity(EntityType.COUNTRY, "Norway").entity(EntityType.AGREEMENT, "Harbin Lake Pact")
                .entity(EntityType.CITY, "Port Arlen");
        for (String p : List.of("Nina Falk", "Erik Moll", "Sara Holm", "Felix Dorn")) {
            denial.entity(EntityType.PERSON, p).fact("Anna Berg", Relation.MET_WITH, p, 1);
        }
        denial.fact("Jonas Breuer", Relation.VISITED, "Velmora", 0,
                        new Factuality(Factuality.Status.NEGATED, "did not", null, null))
                .fact("Anna Berg", Relation.VISITED, "Kestria", 1)
                .fact("Norway", Relation.PARTY_TO, "Harbin Lake Pact", 2)
                .fact("Harbin Lake Pact", Relation.LOCATION, "Port Arlen", 3);
        return HistoryStore.extraction(List.of(pact.facts(), council.facts(), denial.facts()));
    }
}
