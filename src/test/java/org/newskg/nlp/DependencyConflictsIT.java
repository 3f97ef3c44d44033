package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.ProtobufAnnotationSerializer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newskg.TestPipeline;
import org.newskg.model.Document;
import org.slf4j.LoggerFactory;

/**
 * CoreNLP 4.5.10 asks for older protobuf, servlet, JSON and SLF4J than Jena 6 needs; the pom pins
 * Jena's versions. These tests prove both sides still work with the pinned versions.
 */
class DependencyConflictsIT {
    private static final String TRIG = """
            PREFIX : <http://example.org/>
            :a :knows :b ; :name "Ana", "Ána"@es ; :age 42 .
            GRAPH :g { :b :knows :c ; :score 1.5 . }
            """;

    @Test
    void coreNlpAnnotatesAndItsProtobufSerializationRoundTrips() throws IOException, ClassNotFoundException {
        CoreNlpAnnotator nlp = TestPipeline.annotator();
        String text = "The envoy arrived in Lisbon on Monday.";
        Annotation a = nlp.annotate(new Document("x", List.of("x.txt"), text, text, Optional.empty()));
        ProtobufAnnotationSerializer ser = new ProtobufAnnotationSerializer();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ser.write(a, bytes).close();
        Annotation back = ser.read(new ByteArrayInputStream(bytes.toByteArray())).first;
        List<CoreLabel> tokens = back.get(CoreAnnotations.TokensAnnotation.class);
        assertEquals(a.get(CoreAnnotations.TokensAnnotation.class).size(), tokens.size());
        assertEquals("CITY", tokens.stream().filter(t -> t.word().equals("Lisbon")).findFirst().orElseThrow().ner());
    }

    @ParameterizedTest
    @ValueSource(strings = {"TRIG", "NQUADS", "JSONLD", "RDFPROTO", "RDFTHRIFT"})
    void jenaRoundTripsADataset(String langName) {
        Lang lang = switch (langName) {
            case "TRIG" -> Lang.TRIG;
            case "NQUADS" -> Lang.NQUADS;
            case "JSONLD" -> Lang.JSONLD;
            case "RDFPROTO" -> Lang.RDFPROTO;
            default -> Lang.RDFTHRIFT;
        };
        Dataset ds = DatasetFactory.create();
        RDFParser.fromString(TRIG, Lang.TRIG).parse(ds);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, ds, lang);
        Dataset back = DatasetFactory.create();
        RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(lang).parse(back);
        assertTrue(IsoMatcher.isomorphic(ds.asDatasetGraph(), back.asDatasetGraph()), langName + " round trip");
    }

    @Test
    void embeddedFusekiAnswersAQuery() {
        Dataset ds = DatasetFactory.createTxnMem();
        RDFParser.fromString(TRIG, Lang.TRIG).parse(ds);
        FusekiServer server = FusekiServer.create().port(0).loopback(true).add("/ds", ds).build().start();
        try {
            String url = "http://localhost:" + server.getHttpPort() + "/ds/sparql";
            try (QueryExecution qe = QueryExecutionHTTP.service(url)
                    .query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").build()) {
                ResultSet rs = qe.execSelect();
                assertEquals(4, rs.next().getLiteral("n").getInt());
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void slf4jIsBoundToLog4jNotTheSilentFallback() {
        String factory = LoggerFactory.getILoggerFactory().getClass().getName();
        assertTrue(factory.startsWith("org.apache.logging.slf4j"), factory);
    }
}
