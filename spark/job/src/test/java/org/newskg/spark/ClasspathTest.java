package org.newskg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.ingest.ArticleReader;
import org.newskg.model.Document;
import org.newskg.nlp.AnnotationCache;
import org.newskg.nlp.CoreNlpAnnotator;
import org.newskg.nlp.NlpConfig;
import org.newskg.nlp.ParsedText;

/**
 * Spark 4.2, Jena 6 and CoreNLP 4.5 on one class path (the conflicts settled in pom.xml's
 * dependencyManagement): one version per library family, Spark's Jackson Scala module working with
 * the jackson-databind in use, and CoreNLP (with the protobuf annotation cache) and Jena's RIOT writer
 * running inside Spark tasks. No model larger than the tokenizer's is loaded: this runs in seconds on
 * every build of the module.
 */
class ClasspathTest {
    /** {@code .../repository/GROUP/ARTIFACT/VERSION/ARTIFACT-VERSION[-classifier].jar} in Maven's local repository. */
    private static final Pattern JAR = Pattern.compile("/repository/(.+)/([^/]+)/([^/]+)/\\2-\\3[^/]*\\.jar$");

    @Test
    void oneVersionPerLibraryFamily() {
        Map<String, Set<String>> versions = new TreeMap<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Matcher m = JAR.matcher(entry.replace(File.separatorChar, '/'));
            if (!m.find()) {
                continue;
            }
            String group = m.group(1).replace('/', '.');
            String version = m.group(3);
            String family = null;
            if (group.startsWith("com.fasterxml.jackson")) {
                family = "jackson";    // jackson-annotations is versioned 2.21, the others 2.21.x: the minor version must agree
                version = version.replaceAll("^(\\d+\\.\\d+).*", "$1");
            } else if (group.equals("org.apache.logging.log4j") || group.equals("org.slf4j") || group.equals("com.google.protobuf")
                    || group.equals("org.apache.jena") || group.equals("org.apache.hadoop")) {
                family = group;
            }
            if (family != null) {
                versions.computeIfAbsent(family, k -> new TreeSet<>()).add(version);
            }
        }
        assertEquals(Set.of("jackson", "org.apache.logging.log4j", "org.slf4j", "com.google.protobuf", "org.apache.jena",
                "org.apache.hadoop"), versions.keySet(), "every family is on the class path: " + versions);
        versions.forEach((family, v) -> assertEquals(1, v.size(), family + " mixes versions " + v));
        assertTrue(versions.get("org.apache.hadoop").iterator().next().compareTo("3.4.3") >= 0,
                "Hadoop before 3.4.3 calls Subject.getSubject, which fails on JDK 23+: " + versions.get("org.apache.hadoop"));
    }

    @Test
    void sparksJacksonScalaModuleAcceptsTheDatabindInUse() throws IOException {
        // Spark registers this module (JsonProtocol, the event log); it throws when databind's minor version differs.
        ObjectMapper mapper = new ObjectMapper().registerModule(com.fasterxml.jackson.module.scala.DefaultScalaModule$.MODULE$);
        scala.collection.immutable.List<String> list = scala.jdk.javaapi.CollectionConverters.asScala(List.of("a", "b")).toList();
        assertEquals("[\"a\",\"b\"]", mapper.writeValueAsString(list));
    }

    @Test
    void coreNlpAndJenaRunInsideSparkTasks(@TempDir Path tmp) throws IOException {
        Path article = tmp.resolve("article.txt");
        Files.writeString(article, "A test headline\nThe ministry signed an agreement in the capital on Monday. It was the first.\n",
                StandardCharsets.UTF_8);
        String file = article.toString();
        String cache = tmp.resolve("cache").toString();
        SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("classpath test").set("spark.ui.enabled", "false");
        List<String> results;
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            results = sc.parallelize(List.of(1, 2), 2).map(i -> inATask(file, cache)).collect();
        }
        assertEquals(2, results.size());
        for (String r : results) {
            assertTrue(r.startsWith("3 sentences, 3 from the cache; "), r);
            assertTrue(r.contains(ExecutorPipeline.JDK_XML_INPUT), "Jena's StAX factory: " + r);
            assertTrue(r.contains("<https://example.org/s> <https://example.org/p> \"o\" <https://example.org/g> ."), r);
        }
    }

    /** What a task does here: CoreNLP's tokenizer, its protobuf annotation cache (written, then read), Jena's N-Quads writer. */
    private static String inATask(String file, String cacheDir) {
        ExecutorPipeline.setUpJvm();
        NlpConfig config = new NlpConfig(List.of("tokenize", "ssplit"), Map.of("ssplit.newlineIsSentenceBreak", "always"));
        Document d = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES).readFile(Path.of(file));
        AnnotationCache cache = AnnotationCache.open(Path.of(cacheDir), config);
        ParsedText parsed = CoreNlpAnnotator.load(config).parse(d, cache);
        ParsedText again = cache.parsed(d).orElseThrow();
        assertFalse(parsed.sentences().isEmpty());
        Model m = ModelFactory.createDefaultModel();
        m.add(m.createResource("https://example.org/s"), m.createProperty("https://example.org/p"), "o");
        Dataset ds = DatasetFactory.create();
        ds.addNamedModel("https://example.org/g", m);
        ByteArrayOutputStream nq = new ByteArrayOutputStream();
        RDFDataMgr.write(nq, ds, Lang.NQUADS);
        return parsed.sentences().size() + " sentences, " + again.sentences().size() + " from the cache; "
                + nq.toString(StandardCharsets.UTF_8) + "StAX: " + javax.xml.stream.XMLInputFactory.newInstance().getClass().getName();
    }
}
