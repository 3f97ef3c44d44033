package org.newskg.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One article as read from disk: the unit every later stage works on.
 *
 * @param id            stable id, a hash of the text: the same article under two names is one document
 * @param sources       where it was read from (paths as given); more than one when the same text
 *                      was found under several names
 * @param headline      the first non-blank line, taken as the headline (at most
 *                      {@code ArticleReader.MAX_HEADLINE} characters)
 * @param text          the full text; every character offset in the graph points into this string. For
 *                      a converted file (see {@code convertedFrom}) it is the text extracted from it,
 *                      not the file's bytes
 * @param published     the publication date when the text (or an HTML page's metadata) states one
 * @param convertedFrom what the text was extracted from when the file was not plain text, e.g.
 *                      {@value #HTML}; empty for a plain-text article
 */
public record Document(String id, List<String> sources, String headline, String text, Optional<LocalDate> published,
                       Optional<String> convertedFrom) {
    /** {@link #convertedFrom} of an article whose text was extracted from an HTML page. */
    public static final String HTML = "HTML";

    public Document {
        Objects.requireNonNull(id, "id");
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a document needs a source");
        }
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(convertedFrom, "convertedFrom");
    }

    /** A plain-text article. */
    public Document(String id, List<String> sources, String headline, String text, Optional<LocalDate> published) {
        this(id, sources, headline, text, published, Optional.empty());
    }

    /** The first name the article was found under. */
    public String source() {
        return sources.get(0);
    }

    /** The same article, also found under these names. */
    public Document withSources(List<String> more) {
        List<String> all = new java.util.ArrayList<>(sources);
        more.stream().filter(s -> !all.contains(s)).forEach(all::add);
        return new Document(id, all, headline, text, published, convertedFrom);
    }
}
