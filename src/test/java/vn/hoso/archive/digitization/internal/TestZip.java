package vn.hoso.archive.digitization.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/** Zips as an archivist's tool or an attacker makes them: any names, links and repeated names included. */
final class TestZip {

    private static final int SYMLINK = 0120777;
    private static final int CENTRAL_HEADER_SIGNATURE = 0x02014b50;
    private static final int CENTRAL_HEADER_COMPRESSED_SIZE = 20;
    private static final int CENTRAL_HEADER_UNPACKED_SIZE = 24;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes);

    TestZip add(String name, byte[] content) {
        return entry(new ZipArchiveEntry(name), content);
    }

    TestZip add(String name, String content) {
        return add(name, content.getBytes(StandardCharsets.UTF_8));
    }

    TestZip symlink(String name, String target) {
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setUnixMode(SYMLINK);
        return entry(entry, target.getBytes(StandardCharsets.UTF_8));
    }

    byte[] bytes() {
        try {
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Rewrites every central directory record's unpacked size, as a forger would to pass checks that trust it. */
    static byte[] forgeUnpackedSizes(byte[] zip, int unpacked) {
        return forgeCentralDirectory(zip, CENTRAL_HEADER_UNPACKED_SIZE, unpacked);
    }

    /** Rewrites every central directory record's compressed size, so an entry's ratio looks harmless. */
    static byte[] forgeCompressedSizes(byte[] zip, int compressed) {
        return forgeCentralDirectory(zip, CENTRAL_HEADER_COMPRESSED_SIZE, compressed);
    }

    private static byte[] forgeCentralDirectory(byte[] zip, int field, int value) {
        ByteBuffer buffer = ByteBuffer.wrap(zip.clone()).order(ByteOrder.LITTLE_ENDIAN);
        for (int at = 0; at + CENTRAL_HEADER_UNPACKED_SIZE + 4 <= zip.length; at++) {
            if (buffer.getInt(at) == CENTRAL_HEADER_SIGNATURE) {
                buffer.putInt(at + field, value);
            }
        }
        return buffer.array();
    }

    private TestZip entry(ZipArchiveEntry entry, byte[] content) {
        try {
            zip.putArchiveEntry(entry);
            zip.write(content);
            zip.closeArchiveEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
