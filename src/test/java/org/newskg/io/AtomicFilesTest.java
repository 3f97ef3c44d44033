package org.newskg.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    private List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesANewFileAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("entry.ann");
        AtomicFiles.writeAtomically(target, "hello".getBytes(StandardCharsets.UTF_8));
        assertEquals("hello", Files.readString(target));
        assertEquals(List.of("entry.ann"), names(dir));
    }

    @Test
    void replacesTheTargetWhole() throws IOException {
        Path target = dir.resolve("entry.json");
        Files.writeString(target, "a much longer old content than the new one");
        byte[] bytes = {0, 1, 2, (byte) 0xFF};
        AtomicFiles.writeAtomically(target, bytes);
        assertArrayEquals(bytes, Files.readAllBytes(target));
        assertEquals(List.of("entry.json"), names(dir));
    }

    @Test
    void createsTheMissingParentFolders() throws IOException {
        Path target = dir.resolve("fingerprint").resolve("ab").resolve("abcd.ann");
        AtomicFiles.writeAtomically(target, new byte[0]);
        assertEquals(0, Files.size(target));
        assertEquals(List.of("abcd.ann"), names(target.getParent()));
    }

    @Test
    void aFailedWriteLeavesTheTargetAndNoTemporaryFile() throws IOException {
        // A non-empty folder cannot be replaced by a file: the move fails.
        Path target = Files.createDirectory(dir.resolve("entry.ann"));
        Files.writeString(target.resolve("inside"), "kept");
        assertThrows(IOException.class, () -> AtomicFiles.writeAtomically(target, "new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("kept", Files.readString(target.resolve("inside")));
        assertEquals(List.of("entry.ann"), names(dir));
    }
}
