package org.newskg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newskg.build.KgBuild;
import org.newskg.build.KgMerge;
import org.newskg.ingest.ArticleReader;
import org.newskg.ingest.IngestResult;
import org.newskg.model.Document;
import org.newskg.model.DocumentFacts;
import org.newskg.nlp.AnnotationCache;
import org.newskg.nlp.NlpConfig;

/**
 * Articles and a facts cache from extraction records, for timing {@code build} on corpora far larger
 * than anyone would annotate for a benchmark ({@code bench/scaling-build}): each record's text is
 * written as an article file under its source name, read back as {@code build} reads it, and its
 * facts are kept in the cache under that article, so that {@code build} finds every article's facts
 * and loads no model.
 *
 * <pre>java ... org.newskg.bench.BuildCorpus RECORDS_DIR ARTICLES_DIR CACHE_DIR</pre>
 */
public final class BuildCorpus {
    private BuildCorpus() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: BuildCorpus RECORDS_DIR ARTICLES_DIR CACHE_DIR");
            System.exit(2);
        }
        Path articles = Path.of(args[1]);
        KgMerge.Records records = KgMerge.read(List.of(Path.of(args[0])));
        AnnotationCache cache = AnnotationCache.open(Path.of(args[2]), NlpConfig.defaults());
        ArticleReader reader = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES);
        int n = 0;
        for (DocumentFacts f : records.facts()) {
            Document d = f.document();
            Path file = articles.resolve(Path.of(d.source()).normalize().toString().replaceFirst("^/+", ""));
            Files.createDirectories(file.getParent());
            Files.writeString(file, d.text(), StandardCharsets.UTF_8);
            IngestResult back = reader.read(List.of(file));
            if (back.documents().size() != 1 || !back.documents().get(0).id().equals(d.id())) {
                throw new IllegalStateException(file + " does not read back as the record's article " + d.id() + ": " + back);
            }
            KgBuild.cacheFacts(cache, new DocumentFacts(back.documents().get(0), f.entities(), f.assertions()));
            n++;
        }
        System.err.printf("BuildCorpus: %d articles in %s, their facts in %s%n", n, articles, cache.folder());
    }
}
