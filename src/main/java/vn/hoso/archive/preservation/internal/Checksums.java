package vn.hoso.archive.preservation.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** The two algorithms every bag is manifested with, as BagIt names them and as Java does. */
enum Checksums {
    SHA256("sha256", "SHA-256"),
    SHA512("sha512", "SHA-512");

    static final List<Checksums> ALL = List.of(values());

    final String bagitName;
    private final String javaName;

    Checksums(String bagitName, String javaName) {
        this.bagitName = bagitName;
        this.javaName = javaName;
    }

    MessageDigest digest() {
        try {
            return MessageDigest.getInstance(javaName);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    String hex(byte[] content) {
        return HexFormat.of().formatHex(digest().digest(content));
    }
}
