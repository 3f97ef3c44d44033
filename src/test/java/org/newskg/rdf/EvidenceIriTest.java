package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;
import org.newskg.model.Corpus;
import org.newskg.model.Document;
import org.newskg.model.Entity;
import org.newskg.model.EntityType;
import org.newskg.model.Evidence;
import org.newskg.model.Fact;
import org.newskg.model.Mention;
import org.newskg.model.Relation;

/**
 * Every piece of evidence is a node of its own: two statements of a fact in one sentence that start at
 * the same offset (issue: their evidence shared one node, which then had two end offsets), and the
 * IRIs stay the same from build to build.
 */
class EvidenceIriTest {
    private static final String TEXT = "Ana Example met Ivo Sample, and Ana Example met Ivo Sample again.";
    private static final Document DOC = new Document("doc1", List.of("a.txt"), "Headline", TEXT, Optional.empty());

    private static Corpus corpus(List<Evidence> evidence) {
        List<Entity> entities = List.of(
                new Entity("ana-example", EntityType.PERSON, "Ana Example", Set.of(), Map.of("doc1", List.of(new Mention(0, 0, 11, "Ana Example")))),
                new Entity("ivo-sample", EntityType.PERSON, "Ivo Sample", Set.of(), Map.of("doc1", List.of(new Mention(0, 16, 26, "Ivo Sample")))));
        return new Corpus(List.of(DOC), entities, List.of(new Fact("ana-example", Relation.MET_WITH, "ivo-sample", null, evidence)));
    }

    private static List<Resource> evidenceNodes(Model article) {
        return article.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, NKG.Evidence).toList();
    }

    @Test
    void twoStatementsWithOneStartAreTwoEvidenceNodesEachWithItsOwnEnd() {
        Evidence first = new Evidence("doc1", 0, TEXT, 0, 26, "semgrex:metWith.semgrex:4", 0.7);
        Evidence second = new Evidence("doc1", 0, TEXT, 0, 58, "semgrex:metWith.semgrex:4", 0.7);
        Model article = CorpusGraphs.of(corpus(List.of(first, second))).get(NKG.articleIri("doc1"));

        List<Resource> nodes = evidenceNodes(article);
        assertEquals(2, nodes.size(), "one node per piece of evidence");
        for (Resource n : nodes) {
            assertEquals(1, article.listObjectsOfProperty(n, Vocabularies.nifEndIndex).toList().size(), n + " has one end");
            assertEquals(1, article.listObjectsOfProperty(n, Vocabularies.nifBeginIndex).toList().size(), n + " has one start");
        }
        Dataset ds = DatasetFactory.create();
        CorpusGraphs.of(corpus(List.of(first, second))).forEach(ds::addNamedModel);
        assertEquals(List.of(), GraphValidator.load().validate(ds.getUnionModel().getGraph()));
    }

    @Test
    void evidenceThatDiffersOnlyInItsExtractorIsTwoNodes() {
        Evidence a = new Evidence("doc1", 0, TEXT, 0, 26, "rule-a", 0.7);
        Evidence b = new Evidence("doc1", 0, TEXT, 0, 26, "rule-b", 0.7);
        assertEquals(2, evidenceNodes(CorpusGraphs.of(corpus(List.of(a, b))).get(NKG.articleIri("doc1"))).size());
    }

    @Test
    void theSameEvidenceGetsTheSameIriInEveryBuild() {
        Evidence ev = new Evidence("doc1", 0, TEXT, 0, 26, "rule-a", 0.7);
        Model one = CorpusGraphs.of(corpus(List.of(ev))).get(NKG.articleIri("doc1"));
        Model two = CorpusGraphs.of(corpus(List.of(ev))).get(NKG.articleIri("doc1"));
        assertEquals(evidenceNodes(one), evidenceNodes(two));
        Evidence later = new Evidence("doc1", 0, TEXT, 0, 27, "rule-a", 0.7);
        assertNotEquals(evidenceNodes(one), evidenceNodes(CorpusGraphs.of(corpus(List.of(later))).get(NKG.articleIri("doc1"))));
    }
}
