package org.newskg.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;

/**
 * A SELECT result as a text table for people: literals as their plain text (no {@code @en}, no
 * datatype IRIs), IRIs shortened with NewsKG's prefixes ({@code ent:donald-trump}). The other
 * formats (csv, json, ...) keep the full RDF terms.
 */
final class PlainTable {
    private PlainTable() {}

    static void write(ResultSet rs, OutputStream out) {
        List<String> vars = rs.getResultVars();
        List<List<String>> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            List<String> row = new ArrayList<>();
            for (String v : vars) {
                row.add(cell(s.get(v)));
            }
            rows.add(row);
        }
        int[] width = new int[vars.size()];
        for (int i = 0; i < vars.size(); i++) {
            width[i] = vars.get(i).length();
            for (List<String> r : rows) {
                width[i] = Math.max(width[i], r.get(i).codePointCount(0, r.get(i).length()));
            }
        }
        PrintStream p = new PrintStream(out, false, StandardCharsets.UTF_8);
        String rule = "-".repeat(total(width));
        p.println(rule);
        p.println(line(vars, width));
        p.println("=".repeat(total(width)));
        rows.forEach(r -> p.println(line(r, width)));
        p.println(rule);
        p.flush();
    }

    /** A value as a person reads it. */
    static String cell(RDFNode n) {
        if (n == null) {
            return "";
        }
        if (n.isLiteral()) {
            return n.asLiteral().getLexicalForm().replace('\n', ' ');
        }
        if (n.isURIResource()) {
            return QueryRunner.PREFIXES.shortForm(n.asResource().getURI());
        }
        return "_:" + n.asResource().getId();
    }

    private static int total(int[] width) {
        int t = 1;
        for (int w : width) {
            t += w + 3;
        }
        return t;
    }

    private static String line(List<String> cells, int[] width) {
        StringBuilder b = new StringBuilder("|");
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            b.append(' ').append(c).append(" ".repeat(width[i] - c.codePointCount(0, c.length()))).append(" |");
        }
        return b.toString();
    }
}
