package org.newskg.io;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * A cache entry's framing: a magic number, the SHA-256 of the payload, then the payload; so that a
 * torn, corrupt or foreign file is told apart from an entry before it is parsed.
 */
public final class ChecksummedBytes {
    private static final int HASH_BYTES = 32;

    private ChecksummedBytes() {}

    /** {@code magic}, the SHA-256 of {@code payload}, then {@code payload}. */
    public static byte[] wrap(byte[] magic, byte[] payload) {
        byte[] out = new byte[magic.length + HASH_BYTES + payload.length];
        System.arraycopy(magic, 0, out, 0, magic.length);
        System.arraycopy(sha256(payload, 0, payload.length), 0, out, magic.length, HASH_BYTES);
        System.arraycopy(payload, 0, out, magic.length + HASH_BYTES, payload.length);
        return out;
    }

    /**
     * Where the payload starts in {@code bytes} (it runs to the end), after checking the magic number
     * and the checksum; an IOException "not {@code what}" or "checksum mismatch" otherwise.
     */
    public static int payloadStart(byte[] magic, byte[] bytes, String what) throws IOException {
        int start = magic.length + HASH_BYTES;
        if (bytes.length < start || !Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length)) {
            throw new IOException("not " + what);
        }
        if (!Arrays.equals(bytes, magic.length, start, sha256(bytes, start, bytes.length - start), 0, HASH_BYTES)) {
            throw new IOException("checksum mismatch");
        }
        return start;
    }

    private static byte[] sha256(byte[] b, int off, int len) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(b, off, len);
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
