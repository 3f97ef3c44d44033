package org.newskg.nlp;

import edu.stanford.nlp.pipeline.AnnotationPipeline;
import java.lang.reflect.Field;
import java.util.List;

/**
 * CoreNLP's private fields that NewsKG reaches into ({@link CachedPairwiseCoref}, {@link
 * DepparseProducts}): CoreNLP builds its annotators' parts from fixed lists and offers no way in.
 * Each caller checks what it finds and falls back to CoreNLP's own path when something is not there.
 */
final class CoreNlpFields {
    private CoreNlpFields() {}

    /** The declared field {@code name} of {@code type}, made accessible. */
    static Field field(Class<?> type, String name) throws NoSuchFieldException {
        Field f = type.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    /** {@code pipeline}'s annotators, in order. */
    static List<?> annotators(AnnotationPipeline pipeline) throws ReflectiveOperationException {
        return (List<?>) field(AnnotationPipeline.class, "annotators").get(pipeline);
    }
}
