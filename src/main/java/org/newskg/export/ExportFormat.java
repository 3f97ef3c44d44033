package org.newskg.export;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.jena.riot.Lang;

/**
 * The export formats, one entry each: the name {@code --format} takes, the file extension, and the
 * RIOT language that writes it. Formats that carry named graphs write the whole dataset (one graph
 * per article); the others write the union graph.
 */
public enum ExportFormat {
    TURTLE("turtle", "ttl", Lang.TURTLE, false),
    TRIG("trig", "trig", Lang.TRIG, true),
    NQUADS("nquads", "nq", Lang.NQUADS, true),
    NTRIPLES("ntriples", "nt", Lang.NTRIPLES, false),
    JSONLD("jsonld", "jsonld", Lang.JSONLD, true),
    RDFXML("rdfxml", "rdf", Lang.RDFXML, false);

    private final String name;
    private final String extension;
    private final Lang lang;
    private final boolean quads;

    ExportFormat(String name, String extension, Lang lang, boolean quads) {
        this.name = name;
        this.extension = extension;
        this.lang = lang;
        this.quads = quads;
    }

    public String formatName() {
        return name;
    }

    public String extension() {
        return extension;
    }

    public Lang lang() {
        return lang;
    }

    /** Whether the format keeps the named graphs (else the union graph is written). */
    public boolean quads() {
        return quads;
    }

    public static ExportFormat byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.name.equals(n) || f.extension.equals(n)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + name + "'; use one of " + names());
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(ExportFormat::formatName).toList();
    }
}
