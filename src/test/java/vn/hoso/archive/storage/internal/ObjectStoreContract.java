package vn.hoso.archive.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoso.archive.storage.ObjectKey;
import vn.hoso.archive.storage.ObjectStore;

/** What every {@link ObjectStore} adapter must do, run against each adapter's real backing store. */
abstract class ObjectStoreContract {

    @TempDir
    Path work;

    abstract ObjectStore store() throws IOException;

    @Test
    void storesAndReadsBackAFileByteForByte() throws IOException {
        byte[] content = new byte[3 * 1024 * 1024 + 17];
        new Random(42).nextBytes(content);
        Path file = Files.write(work.resolve("scan.bin"), content);
        ObjectKey key = ObjectKey.original(sha256Hex(content));

        store().put(key, file, "application/octet-stream");

        assertThat(store().exists(key)).isTrue();
        try (InputStream in = store().get(key)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void anAbsentObjectDoesNotExistAndCannotBeRead() throws IOException {
        ObjectKey key = ObjectKey.original("0".repeat(64));
        assertThat(store().exists(key)).isFalse();
        assertThatThrownBy(() -> store().get(key).close()).isInstanceOf(IOException.class);
    }

    @Test
    void aDeletedObjectIsGoneAndDeletingItAgainIsNoError() throws IOException {
        ObjectKey key = new ObjectKey("derivatives/test/deleted.txt");
        store().put(key, Files.writeString(work.resolve("d.txt"), "gone soon"), "text/plain");
        store().delete(key);
        assertThat(store().exists(key)).isFalse();
        store().delete(key);
        assertThatThrownBy(() -> store().get(key).close()).isInstanceOf(IOException.class);
    }

    @Test
    void storingTheSameKeyAgainReplacesTheObject() throws IOException {
        ObjectKey key = new ObjectKey("derivatives/test/replaced.txt");
        store().put(key, Files.writeString(work.resolve("a.txt"), "first"), "text/plain");
        store().put(key, Files.writeString(work.resolve("b.txt"), "second"), "text/plain");
        try (InputStream in = store().get(key)) {
            assertThat(new String(in.readAllBytes())).isEqualTo("second");
        }
    }

    private static String sha256Hex(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
