package org.newskg.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.newskg.model.Document;

/**
 * The text of an article saved as an HTML page, extracted with jsoup (a real HTML5 parser, so broken
 * markup, entities and scripts are handled as a browser would): the headline, a blank line, then one
 * paragraph a line with blank lines between, as NewsKG's plain-text articles are written. That text
 * is the document's text: every offset in the graph points into it, not into the markup.
 *
 * <ul>
 * <li>What is read: the page's {@code <article>}, else its {@code <main>} (or {@code role=main}),
 *     else its {@code <body>}; scripts, styles, navigation, asides, forms, footers and the page's
 *     own header are dropped.</li>
 * <li>The headline: the first {@code <h1>} of what is read, else the page's {@code <title>}.</li>
 * <li>Paragraphs: {@code p}, {@code h2}-{@code h6}, list items, quotations, captions, preformatted
 *     blocks, one line each; where there are none, the text of what is read.</li>
 * <li>The publication date: the page's {@code article:published_time} or {@code date} metadata or
 *     the first {@code <time datetime>} in the article, when given; else what the text states.</li>
 * <li>The characters: a charset the page declares ({@code <meta charset>}) is used; a page that
 *     declares none must be valid UTF-8, as a text file must.</li>
 * </ul>
 */
final class HtmlText {
    /** What a page holds that is not the article. */
    private static final String DROPPED = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "nav, aside, form, button, select, footer, dialog, [hidden], [aria-hidden=true]";
    /** Elements whose text is one paragraph. */
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre",
            "figcaption", "dt", "dd", "caption");
    /** Markup a page starts with (after white space, a byte order mark and comments). */
    private static final Pattern HTML_START = Pattern.compile(
            "^(?:\\s|<!--.*?-->|<\\?xml[^>]*>)*<(?:!doctype\\s+html|html|head|body|meta|title|article)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Set<String> EXTENSIONS = Set.of("html", "htm", "xhtml", "shtml");

    /** An extracted article. */
    record Extracted(String headline, String text, Optional<LocalDate> published) {}

    private HtmlText() {}

    /** Whether a file is an HTML page: by its name (.html, .htm, ...) or its first characters. */
    static boolean isHtml(String fileName, byte[] bytes) {
        int dot = fileName.lastIndexOf('.');
        if (dot >= 0 && EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT))) {
            return true;
        }
        // The markup is ASCII in every charset a page is saved in (UTF-16 is caught earlier, as binary).
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
        if (head.startsWith("\u00EF\u00BB\u00BF")) {
            head = head.substring(3);
        }
        return HTML_START.matcher(head).find();
    }

    /**
     * Extracts the article.
     *
     * @throws IllegalArgumentException with the reason when the page has no text, or is not valid
     *                                  UTF-8 and declares no other charset
     */
    static Extracted extract(byte[] bytes, String baseUri) {
        return extract(bytes, null, baseUri);
    }

    /**
     * Extracts the article from a page in this charset (a web server's {@code Content-Type}, which
     * comes before the page's own {@code <meta charset>}); null: the page's own, else UTF-8.
     *
     * @throws IllegalArgumentException as {@link #extract(byte[], String)}
     */
    static Extracted extract(byte[] bytes, java.nio.charset.Charset charset, String baseUri) {
        org.jsoup.nodes.Document page;
        try {
            // charsetName null: a byte order mark, then <meta charset>, else UTF-8.
            page = Jsoup.parse(new ByteArrayInputStream(bytes), charset == null ? null : charset.name(), baseUri);
        } catch (IOException e) {
            throw new UncheckedIOException(e);    // reading from memory does not fail
        }
        if (StandardCharsets.UTF_8.equals(charset) && !ArticleReader.isValidUtf8(bytes)) {
            throw new IllegalArgumentException("an HTML page that is not valid UTF-8, the charset its server declares");
        }
        if (charset == null && page.charset().equals(StandardCharsets.UTF_8) && !ArticleReader.isValidUtf8(bytes)) {
            throw new IllegalArgumentException("an HTML page that is not valid UTF-8 and declares no other charset; "
                    + "add <meta charset=\"...\"> or re-save it as UTF-8");
        }
        Optional<LocalDate> published = metadataDate(page);
        page.select(DROPPED).remove();
        for (Element header : page.select("header")) {
            if (header.closest("article, main, [role=main]") == null) {
                header.remove();    // the site's banner, not the article's own header
            }
        }
        Element root = contentRoot(page);

        Element h1 = root.selectFirst("h1");
        String headline = h1 != null ? h1.text().strip() : page.title().strip();
        List<String> paragraphs = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e == h1 || !BLOCKS.contains(e.normalName()) || hasBlockAncestor(e, root)) {
                continue;
            }
            String t = e.normalName().equals("pre") ? e.wholeText().strip() : e.text().strip();
            if (!t.isEmpty() && !(paragraphs.isEmpty() && t.equals(headline))) {
                paragraphs.add(t);
            }
        }
        if (paragraphs.isEmpty()) {
            String all = root.text().strip();
            if (!all.isEmpty() && !all.equals(headline)) {
                paragraphs.add(all.startsWith(headline) ? all.substring(headline.length()).strip() : all);
            }
        }
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("an HTML page without article text (no paragraphs, headings or body text)");
        }
        StringBuilder text = new StringBuilder();
        if (!headline.isEmpty()) {
            text.append(headline).append("\n\n");
        }
        text.append(String.join("\n\n", paragraphs)).append('\n');
        return new Extracted(headline, text.toString(), published);
    }

    private static Element contentRoot(org.jsoup.nodes.Document page) {
        for (String css : List.of("article", "main", "[role=main]")) {
            Elements found = page.select(css);
            if (!found.isEmpty() && !found.first().text().isBlank()) {
                return found.first();
            }
        }
        return page.body();
    }

    private static boolean hasBlockAncestor(Element e, Element root) {
        for (Element p = e.parent(); p != null && p != root; p = p.parent()) {
            if (BLOCKS.contains(p.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static Optional<LocalDate> metadataDate(org.jsoup.nodes.Document page) {
        List<String> candidates = new ArrayList<>();
        for (String css : List.of("meta[property=article:published_time]", "meta[name=article:published_time]",
                "meta[itemprop=datePublished]", "meta[name=date]", "meta[name=dc.date]")) {
            Element m = page.selectFirst(css);
            if (m != null) {
                candidates.add(m.attr("content"));
            }
        }
        Element time = page.selectFirst("article time[datetime], time[datetime]");
        if (time != null) {
            candidates.add(time.attr("datetime"));
        }
        for (String c : candidates) {
            String v = c.strip();
            // ISO 8601 date-times ("2031-04-12T09:30:00Z") are dated by their date part.
            Optional<LocalDate> d = PublicationDates.parse(v.matches("\\d{4}-\\d{2}-\\d{2}T.*") ? v.substring(0, 10) : v);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }
}
