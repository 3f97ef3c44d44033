package org.newskg.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ChecksummedBytesTest {
    private static final byte[] MAGIC = "TEST\u0001".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void thePayloadComesBackWhole() throws IOException {
        byte[] payload = "a payload".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = ChecksummedBytes.wrap(MAGIC, payload);
        assertEquals(MAGIC.length + 32 + payload.length, bytes.length);
        int start = ChecksummedBytes.payloadStart(MAGIC, bytes, "a test entry");
        assertArrayEquals(payload, Arrays.copyOfRange(bytes, start, bytes.length));
        byte[] empty = ChecksummedBytes.wrap(MAGIC, new byte[0]);
        assertEquals(empty.length, ChecksummedBytes.payloadStart(MAGIC, empty, "x"), "an empty payload is an entry too");
    }

    @Test
    void anotherMagicNumberOrTooFewBytesIsNotAnEntry() {
        byte[] bytes = ChecksummedBytes.wrap("OTHER".getBytes(StandardCharsets.ISO_8859_1), new byte[] {1, 2, 3});
        IOException e = assertThrows(IOException.class, () -> ChecksummedBytes.payloadStart(MAGIC, bytes, "a test entry"));
        assertEquals("not a test entry", e.getMessage());
        assertThrows(IOException.class, () -> ChecksummedBytes.payloadStart(MAGIC, Arrays.copyOf(MAGIC, MAGIC.length + 5), "x"));
    }

    @Test
    void aChangedByteFailsTheChecksum() {
        byte[] bytes = ChecksummedBytes.wrap(MAGIC, "a payload".getBytes(StandardCharsets.UTF_8));
        bytes[bytes.length - 1] ^= 1;
        IOException e = assertThrows(IOException.class, () -> ChecksummedBytes.payloadStart(MAGIC, bytes, "a test entry"));
        assertEquals("checksum mismatch", e.getMessage());
        byte[] cut = Arrays.copyOf(ChecksummedBytes.wrap(MAGIC, "a payload".getBytes(StandardCharsets.UTF_8)), MAGIC.length + 32 + 3);
        assertThrows(IOException.class, () -> ChecksummedBytes.payloadStart(MAGIC, cut, "x"), "a torn entry");
    }
}
