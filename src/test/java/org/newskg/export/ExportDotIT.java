package org.newskg.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DOT: Graphviz's own {@code dot} renders it to SVG and PNG, with every node and edge drawn. */
class ExportDotIT {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    Path dir;

    private static long count(String text, String regex) {
        return Pattern.compile(regex).matcher(text).results().count();
    }

    private Path write(GraphViewOptions options) throws Exception {
        Path dot = dir.resolve("graph.dot");
        Files.writeString(dot, ExportFixture.export(ExportFormat.DOT, options), StandardCharsets.UTF_8);
        return dot;
    }

    @Test
    void graphvizRendersTheEntityViewToSvgWithEveryNodeAndEdge() throws Exception {
        ExternalTool dot = ExternalTool.require("graphviz", "dot");
        ExternalTool.Result svg = dot.run(60, "-Tsvg", write(GraphViewOptions.DEFAULT).toString());
        assertEquals(0, svg.exitCode(), svg.stderr());
        String text = svg.stdoutText();
        assertEquals(ExportFixture.LINKED_ENTITIES, count(text, "class=\"node\""), text);
        assertTrue(!text.contains("Silver Lake"), "an entity in no fact is left out by default");
        assertEquals(ExportFixture.ENTITY_FACTS, count(text, "class=\"edge\""), text);
        // Labels come through escaped as DOT needs and unescaped as a person reads them.
        assertTrue(text.contains("Ana &quot;Red&quot; Lutz \\ jr"), text);
        assertTrue(text.contains("Salt &amp; Iron &lt;Union&gt;"), text);
        assertTrue(text.contains("leaderOf (3)"), text);
        // Sized by degree: Marta Velk (in three facts) is printed larger than Søren Holt (in one).
        assertTrue(fontSize(text, "Marta Velk") > fontSize(text, "Søren Holt"), text);
    }

    private static double fontSize(String svg, String label) {
        java.util.regex.Matcher m = Pattern.compile("font-size=\"([0-9.]+)\"[^>]*>" + Pattern.quote(label) + "<").matcher(svg);
        assertTrue(m.find(), label + " in " + svg);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void graphvizRendersTheFullViewToPng() throws Exception {
        ExternalTool dot = ExternalTool.require("graphviz", "dot");
        Path png = dir.resolve("graph.png");
        ExternalTool.Result r = dot.run(60, "-Tpng", "-o", png.toString(), write(GraphViewOptions.parse("full", null, null, null, false)).toString());
        assertEquals(0, r.exitCode(), r.stderr());
        byte[] bytes = Files.readAllBytes(png);
        assertTrue(bytes.length > 1000, "PNG of " + bytes.length + " bytes");
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(bytes, PNG_SIGNATURE.length));
    }
}
