package org.newskg.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One article as read from disk: the unit every later stage works on.
 *
 * @param id        stable id, a hash of the text: the same article under two names is one document
 * @param sources   where it was read from (paths as given); more than one when the same text
 *                  was found under several names
 * @param headline  the first non-blank line, taken as the headline
 * @param text      the full text; every character offset in the graph points into this string
 * @param published the publication date when the text states one
 */
public record Document(String id, List<String> sources, String headline, String text, Optional<LocalDate> published) {
    public Document {
        Objects.requireNonNull(id, "id");
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a document needs a source");
        }
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(published, "published");
    }

    /** The first name the article was found under. */
    public String source() {
        return sources.get(0);
    }
}
