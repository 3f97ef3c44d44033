package org.newskg.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A list cut for one pipeline, written to a new file that the pipeline reads once and then deletes. */
final class CutFile {
    private CutFile() {}

    /** Writes {@code lines} to a new file in {@code folder}; {@code what} names the list in an error. */
    static Path write(Iterable<String> lines, Path folder, String prefix, String suffix, String what) {
        try {
            Path file = Files.createTempFile(folder, prefix, suffix);
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (String line : lines) {
                    out.write(line);
                    out.write('\n');
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the cut " + what + " to " + folder, e);
        }
    }
}
