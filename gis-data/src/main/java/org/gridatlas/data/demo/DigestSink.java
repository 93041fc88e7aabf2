package org.gridatlas.data.demo;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Hashes the COPY text of every table instead of loading it: a fingerprint of the generated data. */
final class DigestSink extends RowSink {

    private final MessageDigest digest;

    DigestSink() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    void begin(String table, String columns) {
        digest.update((table + "(" + columns + ")\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    void flush(byte[] data, int length) {
        digest.update(data, 0, length);
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
