package org.newskg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package rules of the pipeline, read from the sources: CoreNLP's types stay in {@code nlp} and
 * {@code extract}, and {@code model} (the records passed between stages) depends on no other NewsKG
 * package.
 */
class LayeringTest {
    private static final Path MAIN = Path.of("src/main/java/org/newskg");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)", Pattern.MULTILINE);

    /** "package/File.java: imported.Name" for every import of a matching name in a package's sources. */
    private static List<String> imports(Path packages, Pattern imported, List<String> allowedPackages) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(packages)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String pkg = MAIN.relativize(f).getName(0).toString();
                if (allowedPackages.contains(pkg)) {
                    continue;
                }
                Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) {
                    if (imported.matcher(m.group(1)).lookingAt()) {
                        found.add(MAIN.relativize(f) + ": " + m.group(1));
                    }
                }
            }
        }
        return found;
    }

    @Test
    void coreNlpTypesStayInNlpAndExtract() throws IOException {
        assertEquals(List.of(), imports(MAIN, Pattern.compile("edu\\.stanford\\."), List.of("nlp", "extract")));
    }

    @Test
    void modelDependsOnNoOtherNewsKgPackage() throws IOException {
        assertEquals(List.of(), imports(MAIN.resolve("model"), Pattern.compile("org\\.newskg\\.(?!model\\.)"), List.of()));
    }
}
