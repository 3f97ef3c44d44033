package org.newskg.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.newskg.rdf.NKG;

/**
 * Node ids for the graph formats: short and readable ({@code entity:marta-velk},
 * {@code article:3f2a...}), and valid in all of them. GraphML wants an XML name token (no {@code /},
 * no space), DOT quotes them anyway; so everything but ASCII letters, digits, {@code . - :} is escaped as
 * {@code _hex_}, which keeps distinct IRIs distinct.
 */
final class ViewIds {
    private ViewIds() {}

    /** The id of the node for this IRI: NewsKG's data IRIs lose their common base. */
    static String ofIri(String iri) {
        String rest = iri.startsWith(NKG.DATA) ? iri.substring(NKG.DATA.length()).replaceFirst("/", ":") : iri;
        return escape(rest);
    }

    /** The id of the node for a literal value: a hash, since a title or date can be any text. */
    static String ofValue(String lexicalForm, String datatypeOrLang) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256")
                    .digest((lexicalForm + "\u0000" + datatypeOrLang).getBytes(StandardCharsets.UTF_8));
            return "value:" + HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == ':') {
                b.appendCodePoint(c);
            } else {
                b.append('_').append(Integer.toHexString(c)).append('_');
            }
        });
        return b.toString();
    }
}
