package org.newskg.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * A graph's fingerprint: SHA-256 of its triples as sorted N-Triples lines, so the same triples give
 * the same digest whatever their order. A build keeps the digests of the graphs it stored, and the
 * next build trusts them, while the store's files are as that build left them, instead of reading
 * every graph back (100,000 articles: about two minutes of a build that adds one article).
 */
public final class GraphDigest {
    private GraphDigest() {}

    /** The digest, 32 hex digits; a graph with blank nodes gets none (null): their labels are not stable. */
    public static String of(Model graph) {
        List<String> lines = new ArrayList<>((int) graph.size());
        boolean[] blank = {false};
        graph.getGraph().find().forEachRemaining(t -> {
            blank[0] |= t.getSubject().isBlank() || t.getObject().isBlank();
            lines.add(NodeFmtLib.strNT(t.getSubject()) + ' ' + NodeFmtLib.strNT(t.getPredicate()) + ' ' + NodeFmtLib.strNT(t.getObject()));
        });
        if (blank[0]) {
            return null;
        }
        lines.sort(null);
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String l : lines) {
                md.update(l.getBytes(StandardCharsets.UTF_8));
                md.update((byte) '\n');
            }
            return HexFormat.of().formatHex(md.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
