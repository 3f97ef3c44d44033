package org.newskg.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newskg.NewsKgException;

/**
 * A tab-separated resource file (word lists, lexicons, the knowledge base) read from the class path:
 * blank lines and {@code #} comments skipped, each row padded to its columns and stripped, and each
 * row's place ({@code path:line}) kept for error messages.
 */
public final class ResourceTable {
    /** One row, with where it was read. */
    public record Row(String where, String[] cells) {}

    private ResourceTable() {}

    /**
     * @param header whether the first row names the columns (it is skipped)
     * @throws NewsKgException when the resource is not on the class path
     */
    public static List<Row> read(String path, int columns, boolean header) {
        InputStream in = ResourceTable.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new NewsKgException("resource " + path + " is missing from the classpath; rebuild NewsKG");
        }
        List<Row> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            boolean skip = header;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (skip) {
                    skip = false;
                    continue;
                }
                String[] cells = Arrays.copyOf(line.split("\t", -1), columns);
                for (int i = 0; i < columns; i++) {
                    cells[i] = cells[i] == null ? "" : cells[i].strip();
                }
                out.add(new Row(path + ":" + n, cells));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
        return out;
    }
}
