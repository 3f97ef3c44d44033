package org.newskg.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.newskg.TestPipeline;
import org.newskg.model.Document;
import org.newskg.nlp.AnnotationReader;
import org.newskg.nlp.ParsedText;

/**
 * Parsed text for extractor tests made by the real CoreNLP pipeline ({@link TestPipeline#annotator()},
 * loaded once per test JVM): tokens, NER with SUTime's dates, enhanced++ dependency graphs and
 * coreference, as a build sees them. {@link Sentences} makes hand-written tokens without dependency
 * graphs, which the extractors that match dependencies skip; tests of those use this.
 *
 * <p>Each text is parsed once per JVM (by text and publication date), so several tests can share one.
 * The article's id is made from its text, its headline is its first line, as for an article read from
 * disk; its source is an invented file name.
 */
final class Parsed {
    private static final Map<String, ParsedText> CACHE = new ConcurrentHashMap<>();

    private Parsed() {}

    /** The text as an article with no publication date: SUTime leaves "Tuesday" unresolved. */
    static ParsedText text(String text) {
        return parse(text, Optional.empty());
    }

    /** The text as an article published on {@code published}, which anchors relative dates ("on Tuesday"). */
    static ParsedText text(String text, LocalDate published) {
        return parse(text, Optional.of(published));
    }

    private static ParsedText parse(String text, Optional<LocalDate> published) {
        return CACHE.computeIfAbsent(text + "\u0000" + published.map(LocalDate::toString).orElse(""), k -> {
            Document doc = new Document(id(text), List.of("parsed-test.txt"), text.strip().lines().findFirst().orElse(""),
                    text, published);
            return AnnotationReader.read(doc, TestPipeline.annotator().annotate(doc));
        });
    }

    /** An invented id that differs between texts, as a real article's content hash does. */
    static String id(String text) {
        return "test-" + Integer.toHexString(text.hashCode());
    }
}
