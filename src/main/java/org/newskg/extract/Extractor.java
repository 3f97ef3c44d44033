package org.newskg.extract;

import java.util.Set;
import org.newskg.nlp.ParsedText;

/**
 * One step of extraction, the contract every extractor keeps (CoreNLP's {@code Annotator} is the
 * model): it says what it needs and what it gives, and {@link ExtractionPipeline} checks the order of
 * the steps against that when it is built. An extractor holds only immutable lookup data, so one
 * instance serves every thread.
 */
public interface Extractor {
    /** A short name for messages and for the list in {@link ExtractionPipeline#standard}. */
    String name();

    /** Layers of the parsed text and of earlier extractors' output it reads. */
    Set<Need> requires();

    /** What it adds. */
    Set<Need> provides();

    /** The extraction after this step: {@code sofar} with what this extractor read from {@code text}. */
    Extraction apply(ParsedText text, Extraction sofar);
}
