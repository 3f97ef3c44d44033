package org.newskg.build;

/**
 * Told how the annotation of a build goes, for a progress bar. Only articles that need CoreNLP are
 * counted (cached ones take milliseconds); calls come from the build's worker threads.
 */
public interface BuildProgress {
    /** Nothing shown. */
    BuildProgress NONE = new BuildProgress() {
        @Override
        public void annotating(int articles) {}

        @Override
        public void annotated() {}

        @Override
        public void finished() {}
    };

    /** {@code articles} articles are about to be annotated (called once, only when there are some). */
    void annotating(int articles);

    /** One more article is annotated. */
    void annotated();

    /** The annotation is over (also after a failure); the bar goes away. */
    void finished();
}
