package org.newskg.export;

import java.util.Map;

/**
 * How the DOT export draws each node type: a fill colour and a shape, so types tell apart in colour and
 * in black and white alike. The colours are light tints, so black labels stay readable on them.
 *
 * @param fill  fill colour, {@code #rrggbb}
 * @param shape Graphviz node shape
 * @param style Graphviz node style
 */
record DotStyle(String fill, String shape, String style) {
    private static final DotStyle DEFAULT = new DotStyle("#f1f3f5", "ellipse", "filled");
    private static final Map<String, DotStyle> BY_TYPE = Map.of(
            "Person", new DotStyle("#ffd8a8", "ellipse", "filled"),
            "Organization", new DotStyle("#a5d8ff", "box", "rounded,filled"),
            "Country", new DotStyle("#b2f2bb", "hexagon", "filled"),
            "City", new DotStyle("#d0bfff", "octagon", "filled"),
            "Place", new DotStyle("#fff3bf", "parallelogram", "filled"),
            "Agreement", new DotStyle("#ffc9c9", "note", "filled"),
            GraphView.ARTICLE, new DotStyle("#e9ecef", "tab", "filled"),
            GraphView.VALUE, new DotStyle("#ffffff", "box", "dashed"));

    static DotStyle of(String type) {
        return BY_TYPE.getOrDefault(type, DEFAULT);
    }
}
