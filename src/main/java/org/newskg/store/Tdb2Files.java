package org.newskg.store;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.ProcessFileLock;
import org.apache.jena.tdb2.params.StoreParams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mends, before a TDB2 store is opened, the index files that Jena 6's "direct" file mode (the block
 * cache that {@link KgStore#useBlockCache} asks for) can leave too short for the next process.
 *
 * <p>A B+tree index keeps in its {@code .bpt} file how many blocks its node file ({@code .idn}) and
 * record file ({@code .dat}) have allocated. A transaction may allocate a block and free it again
 * (a page that a delete merged away); the block cache then never writes it. When it was the highest
 * one, the committed limit is one block past the file's end. The process that wrote it goes on, but
 * the next one counts the file's blocks from its length and fails its first write past them:
 * {@code BlockException: Bounds exception: GPOS.dat: (34,34)}. Mapped files never show it: they
 * grow 8 MB at a time. Jena 6.0.0 and its main branch of August 2026 have it.
 *
 * <p>Mends, both of which only ever add zeroed blocks that nothing refers to:
 * <ul>
 * <li>a file shorter than its committed limit is lengthened to it;
 * <li>after a crash in the middle of a commit (the journal still holds one), the limits are first
 *     raised to the files' lengths, plus a margin of {@value #RECOVERY_MARGIN} blocks, and the files
 *     lengthened to match. Opening a store in direct mode cuts each file to the limit in its
 *     {@code .bpt} file before the journal is replayed; without this, the blocks of the commit being
 *     replayed, written past the old limit, would be cut away. The replay then sets and cuts to the
 *     commit's own limits.
 * </ul>
 * Nothing is done to a store that another process holds (its lock), or that this JVM has open.
 */
final class Tdb2Files {
    private static final Logger LOG = LoggerFactory.getLogger(Tdb2Files.class);
    /**
     * Blocks past a file's end that a commit being recovered may have allocated and freed. A freed
     * block is reused by the same transaction's next allocation, so only its last few can be; the
     * margin that is not used stays a hole in the file (no disk space).
     */
    static final int RECOVERY_MARGIN = 64;
    private static final int STATE_BYTES = 3 * Long.BYTES;    // root, node limit, records limit

    private Tdb2Files() {}

    /** What was mended: one line per file. */
    static List<String> mendBeforeOpen(Path folder) {
        Path lockFile = folder.resolve("tdb.lock");
        if (!Files.isRegularFile(lockFile)) {
            return List.of();    // a new store, or not one TDB2 made
        }
        ProcessFileLock lock = ProcessFileLock.create(lockFile.toString());
        if (lock.isLockedHere() || !lock.tryLock()) {
            return List.of();    // open in this JVM, or held by another process: opening will say so
        }
        try {
            List<String> mended = new ArrayList<>();
            int blockSize = StoreParams.getDftStoreParams().getBlockSize();
            try (Stream<Path> s = Files.list(folder)) {
                for (Path data : s.filter(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith("Data-")).sorted().toList()) {
                    mended.addAll(mendStorage(data, blockSize));
                }
            }
            // Lengthening a file is routine after a direct-mode write; raising limits follows a crash.
            mended.forEach(m -> {
                if (m.contains("raised")) {
                    LOG.warn("store {}: {}", folder, m);
                } else {
                    LOG.info("store {}: {}", folder, m);
                }
            });
            return mended;
        } catch (IOException e) {
            throw new StoreException("cannot check the index files of store " + folder + ": " + e.getMessage(), e);
        } finally {
            ProcessFileLock.release(lock);    // not unlock(): that leaves the lock object unusable for TDB2's own lockEx()
        }
    }

    static List<String> mendStorage(Path data, int blockSize) throws IOException {
        Path journal = data.resolve("journal.jrnl");
        boolean recovering = Files.isRegularFile(journal) && Files.size(journal) > 0;
        List<String> mended = new ArrayList<>();
        List<Path> states;
        try (Stream<Path> s = Files.list(data)) {
            states = s.filter(p -> p.getFileName().toString().endsWith(".bpt")).sorted().toList();
        }
        for (Path state : states) {
            byte[] bytes = Files.readAllBytes(state);
            if (bytes.length < STATE_BYTES) {
                continue;
            }
            ByteBuffer bb = ByteBuffer.wrap(bytes);    // big-endian, as Jena writes it
            String base = state.getFileName().toString().replaceFirst("\\.bpt$", "");
            long[] limits = {bb.getLong(Long.BYTES), bb.getLong(2 * Long.BYTES)};
            Path[] files = {data.resolve(base + ".idn"), data.resolve(base + ".dat")};
            boolean raised = false;
            for (int i = 0; i < 2; i++) {
                if (!Files.isRegularFile(files[i])) {
                    continue;
                }
                long blocks = Files.size(files[i]) / blockSize;
                long want = recovering ? Math.max(limits[i], blocks) + RECOVERY_MARGIN : limits[i];
                if (want > limits[i]) {
                    mended.add(state.getFileName() + ": limit of " + files[i].getFileName() + " raised from "
                            + limits[i] + " to " + want + " blocks before the journal's commit is replayed");
                    limits[i] = want;
                    raised = true;
                }
                if (blocks < want) {
                    try (RandomAccessFile f = new RandomAccessFile(files[i].toFile(), "rw")) {
                        f.setLength(want * blockSize);
                        f.getFD().sync();
                    }
                    mended.add(files[i].getFileName() + ": lengthened from " + blocks + " to " + want + " blocks");
                }
            }
            if (raised) {
                bb.putLong(Long.BYTES, limits[0]).putLong(2 * Long.BYTES, limits[1]);
                try (RandomAccessFile f = new RandomAccessFile(state.toFile(), "rw")) {
                    f.write(bytes);
                    f.getFD().sync();
                }
            }
        }
        return mended;
    }
}
