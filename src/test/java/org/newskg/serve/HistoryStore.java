package org.newskg.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.newskg.build.KgBuild;
import org.newskg.model.Assertion;
import org.newskg.model.Document;
import org.newskg.model.DocumentFacts;
import org.newskg.model.EntityType;
import org.newskg.model.Evidence;
import org.newskg.model.LocalEntity;
import org.newskg.model.Mention;
import org.newskg.model.Relation;
import org.newskg.query.QueryRunner;
import org.newskg.query.SavedQueries;
import org.newskg.store.KgStore;
import org.newskg.store.StoreSpec;

/**
 * A store with a history of two changes, made by the build's own store stage ({@link KgBuild#store})
 * from hand-written articles (invented names, no CoreNLP), as {@code newskg build} then
 * {@code newskg add} record them: change #1 builds two articles; change #2 adds a third that brings
 * new entities and facts, corroborates a fact and gives the accord a second place (a contradiction).
 */
final class HistoryStore {
    /** The headline of the article that change #2 adds. */
    static final String ADDED_HEADLINE = "Dovric and Oskarsson meet in Port Lisk as fisheries council grows";
    /** A headline with markup in it, which the page must show as text. */
    static final String VISIT_HEADLINE = "Estrelia's premier visits Valmora <em>again</em> & talks fish";
    static final String FIRST_COMMAND = "build first/";
    static final String SECOND_COMMAND = "add more/port-lisk.txt";

    private HistoryStore() {}

    /** A TDB2 store in {@code folder} holding the three articles and the two changes. */
    static KgStore build(Path folder) {
        KgStore store = KgStore.open(StoreSpec.tdb2(folder));
        try {
            DocumentFacts accord = new Article("wn-accord", "Valmora and Estrelia sign the Tessin River Accord in Kestrel Bay",
                    "President Anneke Dovric of Valmora and Premier Rafe Oskarsson of Estrelia signed the Tessin River Accord on Monday. "
                            + "The Tessin River Accord was signed in Kestrel Bay.")
                    .entity(EntityType.PERSON, "Anneke Dovric").entity(EntityType.COUNTRY, "Valmora")
                    .entity(EntityType.PERSON, "Rafe Oskarsson").entity(EntityType.COUNTRY, "Estrelia")
                    .entity(EntityType.AGREEMENT, "Tessin River Accord").entity(EntityType.CITY, "Kestrel Bay")
                    .fact("Anneke Dovric", Relation.LEADER_OF, "Valmora", 0)
                    .fact("Rafe Oskarsson", Relation.LEADER_OF, "Estrelia", 0)
                    .fact("Anneke Dovric", Relation.SIGNED, "Tessin River Accord", 0)
                    .fact("Tessin River Accord", Relation.LOCATION, "Kestrel Bay", 1)
                    .facts();
            DocumentFacts visit = new Article("wn-visit", VISIT_HEADLINE,
                    "Premier Rafe Oskarsson of Estrelia visited Valmora on Friday.")
                    .entity(EntityType.PERSON, "Rafe Oskarsson").entity(EntityType.COUNTRY, "Estrelia")
                    .entity(EntityType.COUNTRY, "Valmora")
                    .fact("Rafe Oskarsson", Relation.LEADER_OF, "Estrelia", 0)
                    .fact("Rafe Oskarsson", Relation.VISITED, "Valmora", 0)
                    .facts();
            DocumentFacts meeting = new Article("wn-meeting", ADDED_HEADLINE,
                    "President Anneke Dovric of Valmora met Rafe Oskarsson in Port Lisk on Tuesday. "
                            + "Anneke Dovric joined the Northern Fisheries Council. "
                            + "The Tessin River Accord was signed in Port Lisk, officials said.")
                    .entity(EntityType.PERSON, "Anneke Dovric").entity(EntityType.COUNTRY, "Valmora")
                    .entity(EntityType.PERSON, "Rafe Oskarsson").entity(EntityType.CITY, "Port Lisk")
                    .entity(EntityType.ORGANIZATION, "Northern Fisheries Council")
                    .entity(EntityType.AGREEMENT, "Tessin River Accord")
                    .fact("Anneke Dovric", Relation.LEADER_OF, "Valmora", 0)
                    .fact("Anneke Dovric", Relation.MET_WITH, "Rafe Oskarsson", 0)
                    .fact("Anneke Dovric", Relation.MEMBER_OF, "Northern Fisheries Council", 1)
                    .fact("Tessin River Accord", Relation.LOCATION, "Port Lisk", 2)
                    .facts();
            var contradictions = new SavedQueries(Path.of("queries")).find("contradictions")
                    .map(q -> QueryRunner.parse(q.sparql(), q.file().toString()));
            if (contradictions.isEmpty()) {
                throw new IllegalStateException("queries/contradictions.rq is missing");
            }
            KgBuild.store(extraction(List.of(accord, visit)), store, 100, new KgBuild.History(FIRST_COMMAND, contradictions));
            KgBuild.store(extraction(List.of(accord, visit, meeting)), store, 100, new KgBuild.History(SECOND_COMMAND, contradictions));
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    static KgBuild.Extraction extraction(List<DocumentFacts> facts) {
        return new KgBuild.Extraction(facts, List.of(), 0, java.util.Map.of(), 0.1);
    }

    /**
     * One hand-written article: its entities are found in its text by name, its facts by sentence
     * (also used by {@link PageStore}).
     */
    static final class Article {
        private final String id;
        private final String headline;
        private final String text;
        private final String[] sentences;
        private final List<LocalEntity> entities = new ArrayList<>();
        private final List<Assertion> facts = new ArrayList<>();
        private java.time.LocalDate published;

        Article(String id, String headline, String body) {
            this.id = id;
            this.headline = headline;
            this.text = headline + "\n\n" + body;
            this.sentences = body.split("(?<=\\.) ");
        }

        Article entity(EntityType type, String name) {
            List<Mention> mentions = new ArrayList<>();
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                mentions.add(new Mention(sentenceAt(at), at, at + name.length(), name));
            }
            if (mentions.isEmpty()) {
                throw new IllegalArgumentException(name + " is not in the text of " + id);
            }
            entities.add(new LocalEntity(entities.size(), type, name, new LinkedHashSet<>(List.of(name)), null, mentions));
            return this;
        }

        Article fact(String subject, Relation relation, String object, int sentence) {
            return fact(subject, relation, object, sentence, org.newskg.model.Factuality.ASSERTED);
        }

        /** A fact the sentence denies, plans... ({@code factuality}) rather than asserts. */
        Article fact(String subject, Relation relation, String object, int sentence, org.newskg.model.Factuality factuality) {
            facts.add(Assertion.between(index(subject), relation, index(object), evidence(sentence, factuality)));
            return this;
        }

        /** A fact whose object is a value (an agreement's date), not an entity. */
        Article literal(String subject, Relation relation, String value, int sentence) {
            facts.add(Assertion.literal(index(subject), relation, value, evidence(sentence, org.newskg.model.Factuality.ASSERTED)));
            return this;
        }

        Article published(java.time.LocalDate date) {
            this.published = date;
            return this;
        }

        private Evidence evidence(int sentence, org.newskg.model.Factuality factuality) {
            String s = sentences[sentence];
            int begin = text.indexOf(s);
            return new Evidence(id, sentence + 1, s, begin, begin + s.length(), "test", 0.9, factuality);
        }

        DocumentFacts facts() {
            return new DocumentFacts(new Document(id, List.of(id + ".txt"), headline, text, Optional.ofNullable(published)), entities, facts);
        }

        private int index(String name) {
            return entities.stream().filter(e -> e.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(name + " is no entity of " + id)).id();
        }

        /** The sentence a character is in: 0 for the headline, 1 and on for the body's sentences. */
        private int sentenceAt(int offset) {
            int start = headline.length() + 2;
            if (offset < start) {
                return 0;
            }
            for (int k = 0; k < sentences.length; k++) {
                start = text.indexOf(sentences[k], start);
                if (offset < start + sentences[k].length()) {
                    return k + 1;
                }
                start += sentences[k].length();
            }
            return sentences.length;
        }
    }
}
