package org.newskg.export;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How big the DOT and GEXF exports draw things, in one place so they agree (and agree with the web
 * page): a node grows with its degree (the edges that touch it), an edge with its support (the articles
 * that state it). Square roots, so a hub with 40 links stands out without swallowing the page.
 */
final class ViewScale {
    /** Thickest edge, in points (DOT penwidth, GEXF viz:thickness). */
    static final double MAX_EDGE_WIDTH = 4.0;

    private ViewScale() {}

    /** Each node's degree: the edges of the view that touch it (a loop counts twice). */
    static Map<String, Integer> degrees(GraphView view) {
        Map<String, Integer> degree = new HashMap<>();
        view.nodes().forEach(n -> degree.put(n.id(), 0));
        for (ViewEdge e : view.edges()) {
            degree.merge(e.source(), 1, Integer::sum);
            degree.merge(e.target(), 1, Integer::sum);
        }
        return degree;
    }

    /** GEXF viz:size: 8 for a node without edges, 12 with one, 16 with four, 24 with sixteen. */
    static double nodeSize(int degree) {
        return 8 + 4 * Math.sqrt(degree);
    }

    /** DOT fontsize in points: 10 without edges, 12 with one, 14 with four, up to 28. */
    static double fontSize(int degree) {
        return Math.min(28, 10 + 2 * Math.sqrt(degree));
    }

    /** DOT minimum node width in inches (a label wider than that widens the node anyway). */
    static double width(int degree) {
        return Math.min(2.5, 0.6 + 0.2 * Math.sqrt(degree));
    }

    /** Edge width in points: 1 for one article, half a point more for each other one, up to 4. */
    static double edgeWidth(int support) {
        return Math.min(MAX_EDGE_WIDTH, 1.0 + 0.5 * (support - 1));
    }

    /** A number as DOT and XML take it: a dot for decimals, at most two of them, no trailing zeros. */
    static String number(double value) {
        String s = String.format(Locale.ROOT, "%.2f", value);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
