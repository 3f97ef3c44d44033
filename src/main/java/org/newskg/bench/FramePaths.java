package org.newskg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newskg.extract.ExtractionPipeline;
import org.newskg.extract.PredicatePaths;
import org.newskg.ingest.ArticleReader;
import org.newskg.ingest.IngestResult;
import org.newskg.model.Document;
import org.newskg.nlp.AnnotationCache;
import org.newskg.nlp.CoreNlpAnnotator;
import org.newskg.nlp.NlpConfig;
import org.newskg.nlp.ParsedText;

/**
 * {@code bench/frame-paths}: mines the predicates that join two entities in unlabelled articles and
 * ranks them by how often they do so where no extractor read a relation: candidates for the frame
 * lexicon (lexicon/frame-relations.tsv), to be judged by a person and tested on the development sets.
 *
 * <pre>java -cp ... org.newskg.bench.FramePaths CACHE_DIR TOP PATH...</pre>
 */
public final class FramePaths {
    private FramePaths() {}

    private record Count(int unread, int read, String example) {}

    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: FramePaths CACHE_DIR TOP ARTICLES...");
            System.exit(2);
        }
        NlpConfig config = NlpConfig.defaults();
        AnnotationCache cache = AnnotationCache.open(Path.of(args[0]), config);
        int top = Integer.parseInt(args[1]);
        List<Path> inputs = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            inputs.add(Path.of(args[i]));
        }
        IngestResult in = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES).read(inputs);
        ExtractionPipeline pipeline = ExtractionPipeline.load(config);
        CoreNlpAnnotator nlp = null;
        Map<String, Count> counts = new HashMap<>();
        int articles = 0;
        for (Document d : in.documents()) {
            ParsedText t = cache.parsed(d).orElse(null);
            if (t == null) {    // the models load only for an article the cache does not hold
                nlp = nlp != null ? nlp : CoreNlpAnnotator.load(config);
                t = nlp.parse(d, cache);
            }
            for (PredicatePaths.Path p : PredicatePaths.of(t, pipeline.run(t))) {
                if (!p.tag().equals("VB") && !p.tag().equals("NN")) {
                    continue;
                }
                String key = p.lemma() + "/" + p.tag() + "\t" + p.types();
                Count c = counts.getOrDefault(key, new Count(0, 0, null));
                counts.put(key, new Count(c.unread() + (p.related() ? 0 : 1), c.read() + (p.related() ? 1 : 0),
                        c.example() == null && !p.related() ? p.shape() + " | " + p.sentence() : c.example()));
            }
            articles++;
        }
        System.out.printf(Locale.ROOT, "%d articles; predicates joining two entities, most often unread first%n", articles);
        System.out.println("unread\tread\tpredicate\ttypes\texample (path | sentence)");
        counts.entrySet().stream().sorted((a, b) -> Integer.compare(b.getValue().unread(), a.getValue().unread())).limit(top)
                .forEach(e -> System.out.println(e.getValue().unread() + "\t" + e.getValue().read() + "\t" + e.getKey() + "\t"
                        + (e.getValue().example() == null ? "" : e.getValue().example().replace('\t', ' '))));
    }
}
