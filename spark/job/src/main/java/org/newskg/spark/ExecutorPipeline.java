package org.newskg.spark;

import java.nio.file.Path;
import java.util.List;
import org.newskg.build.ArticleAnnotator;
import org.newskg.nlp.CoreNlpAnnotator;
import org.newskg.nlp.NlpConfig;

/**
 * The one NewsKG pipeline of an executor JVM, made on its first task and kept for every later one: the
 * CoreNLP models take 15-25 s and 2-3 GB to load, so no task may load its own, and the task threads of
 * an executor ({@code spark.executor.cores}, or N in {@code local[N]}) share it, as the threads of
 * {@code newskg annotate} do. An executor serves one application, so the first task's settings hold.
 */
final class ExecutorPipeline {
    /** The JDK's own StAX factory (java.xml), the one the JVM uses when nothing else is registered. */
    static final String JDK_XML_INPUT = "com.sun.xml.internal.stream.XMLInputFactoryImpl";
    private static ArticleAnnotator annotator;

    static {
        setUpJvm();
    }

    private ExecutorPipeline() {}

    /**
     * Run before Jena's first use in a JVM (the driver's main, an executor's first task).
     * hadoop-client-runtime (Spark's) registers its shaded Woodstox as the JVM's StAX factory; Jena's
     * XML input cannot set the JDK's protection against external DTDs on it (an ERROR line in every
     * JVM, and the protection is lost). Hadoop calls its Woodstox directly, so the JDK's can be the default.
     */
    static void setUpJvm() {
        if (System.getProperty("javax.xml.stream.XMLInputFactory") == null) {
            System.setProperty("javax.xml.stream.XMLInputFactory", JDK_XML_INPUT);
        }
    }

    static synchronized ArticleAnnotator get(long maxBytes) {
        if (annotator == null) {
            annotator = new ArticleAnnotator(() -> CoreNlpAnnotator.load(NlpConfig.defaults()), maxBytes);
        }
        return annotator;
    }

    /** One task's work: the article in these files (several when they hold one text), its record written into {@code out}. */
    static ArticleAnnotator.Written annotate(List<String> files, String out, long maxBytes) {
        return get(maxBytes).annotateInto(files.stream().map(Path::of).toList(), Path.of(out));
    }
}
