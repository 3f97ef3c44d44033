package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Tdb2Files} on index files laid out as TDB2 leaves them; {@code DirectModeReopenIT} runs it on a real store. */
class Tdb2FilesTest {
    private static final int BLOCK = 8192;

    @TempDir
    Path dir;

    @Test
    void aFileShortOfItsLimitIsLengthenedAndNothingElseChanges() throws IOException {
        Path data = storage(false);
        index(data, "SPOG", 5, 3, 4, 3);    // node file one block short; record file as committed
        List<String> mended = Tdb2Files.mendBeforeOpen(dir);
        assertEquals(List.of("SPOG.idn: lengthened from 4 to 5 blocks"), mended);
        assertEquals(5L * BLOCK, Files.size(data.resolve("SPOG.idn")));
        assertEquals(3L * BLOCK, Files.size(data.resolve("SPOG.dat")));
        assertEquals(List.of(7L, 5L, 3L), state(data, "SPOG"));
        assertEquals(List.of(), Tdb2Files.mendBeforeOpen(dir), "a second look finds nothing");
    }

    @Test
    void filesLongerThanTheirLimitsAreLeftToTdb2() throws IOException {
        Path data = storage(false);
        index(data, "GPOS", 5, 3, 9, 1024);    // an uncommitted transaction's blocks, or mapped files
        assertEquals(List.of(), Tdb2Files.mendBeforeOpen(dir));
        assertEquals(List.of(7L, 5L, 3L), state(data, "GPOS"));
        assertEquals(9L * BLOCK, Files.size(data.resolve("GPOS.idn")));
    }

    @Test
    void withACommitInTheJournalLimitsRiseToTheFilesPlusAMarginSoThatNoBlockOfItIsCut() throws IOException {
        Path data = storage(true);
        index(data, "GSPO", 5, 3, 8, 3);    // the journal's commit wrote node blocks 5-7
        Tdb2Files.mendBeforeOpen(dir);
        long m = Tdb2Files.RECOVERY_MARGIN;
        assertEquals(List.of(7L, 8 + m, 3 + m), state(data, "GSPO"));
        assertEquals((8 + m) * BLOCK, Files.size(data.resolve("GSPO.idn")));
        assertEquals((3 + m) * BLOCK, Files.size(data.resolve("GSPO.dat")));
    }

    @Test
    void aFolderThatTdb2DidNotMakeIsLeftAlone() throws IOException {
        Path data = Files.createDirectories(dir.resolve("Data-0001"));
        index(data, "SPOG", 5, 3, 4, 3);
        assertEquals(List.of(), Tdb2Files.mendBeforeOpen(dir), "no tdb.lock: not a TDB2 store");
        assertEquals(4L * BLOCK, Files.size(data.resolve("SPOG.idn")));
    }

    private Path storage(boolean journalHoldsACommit) throws IOException {
        Files.writeString(dir.resolve("tdb.lock"), "");
        Path data = Files.createDirectories(dir.resolve("Data-0001"));
        Files.write(data.resolve("journal.jrnl"), journalHoldsACommit ? new byte[64] : new byte[0]);
        return data;
    }

    /** An index whose state says root 7 and these limits, with files of these many blocks. */
    private static void index(Path data, String name, long nodeLimit, long recordLimit, long nodeBlocks, long recordBlocks)
            throws IOException {
        Files.write(data.resolve(name + ".bpt"), ByteBuffer.allocate(24).putLong(7).putLong(nodeLimit).putLong(recordLimit).array());
        sized(data.resolve(name + ".idn"), nodeBlocks);
        sized(data.resolve(name + ".dat"), recordBlocks);
    }

    private static void sized(Path file, long blocks) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(blocks * BLOCK);
        }
    }

    private static List<Long> state(Path data, String name) throws IOException {
        ByteBuffer bb = ByteBuffer.wrap(Files.readAllBytes(data.resolve(name + ".bpt")));
        return List.of(bb.getLong(), bb.getLong(), bb.getLong());
    }
}
