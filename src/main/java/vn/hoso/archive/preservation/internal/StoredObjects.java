package vn.hoso.archive.preservation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import vn.hoso.archive.storage.ObjectKey;
import vn.hoso.archive.storage.ObjectStore;

/** What an object in the store hashes to now. */
final class StoredObjects {

    private StoredObjects() {
    }

    /** The SHA-256 of the stored bytes, or empty when there is no such object. */
    static Optional<String> sha256(ObjectStore objects, ObjectKey key) throws IOException {
        if (!objects.exists(key)) {
            return Optional.empty();
        }
        MessageDigest digest = Checksums.SHA256.digest();
        try (InputStream in = new DigestInputStream(objects.get(key), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return Optional.of(HexFormat.of().formatHex(digest.digest()));
    }
}
