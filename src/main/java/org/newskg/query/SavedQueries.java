package org.newskg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.newskg.NewsKgException;

/** The saved queries of a {@code queries/} folder, by name (file name without {@code .rq}). */
public final class SavedQueries {
    private final Path folder;

    public SavedQueries(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    public List<SavedQuery> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<SavedQuery> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                out.add(read(f));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    public Optional<SavedQuery> find(String name) {
        if (!name.matches("[A-Za-z0-9_.-]+") || name.startsWith(".")) {
            return Optional.empty();    // a name, not a path: nothing outside queries/ is read
        }
        Path f = folder.resolve(name + ".rq");
        return Files.isRegularFile(f) ? Optional.of(read(f)) : Optional.empty();
    }

    /** Reads a query file; its description is its leading comment, without the '#'. */
    public static SavedQuery read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NewsKgException("cannot read query file " + file + ": " + e.getMessage(), e);
        }
        StringBuilder description = new StringBuilder();
        for (String line : text.lines().toList()) {
            String l = line.strip();
            if (!l.startsWith("#")) {
                break;
            }
            String c = l.replaceFirst("^#+\\s?", "");
            if (!c.isBlank()) {
                description.append(description.isEmpty() ? "" : " ").append(c.strip());
            }
        }
        String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
        return new SavedQuery(name, description.toString(), text, file);
    }

    /** The saved query whose name is nearest to a mistyped one ("agreemnts"), if one is near enough. */
    public java.util.Optional<String> closest(String name) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (SavedQuery q : list()) {
            int d = distance(name.toLowerCase(java.util.Locale.ROOT), q.name());
            if (d < bestDistance) {
                bestDistance = d;
                best = q.name();
            }
        }
        return best != null && bestDistance <= Math.max(2, name.length() / 3) ? java.util.Optional.of(best) : java.util.Optional.empty();
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
