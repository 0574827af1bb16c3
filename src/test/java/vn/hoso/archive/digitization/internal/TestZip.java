package vn.hoso.archive.digitization.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/** Zips as an archivist's tool or an attacker makes them: any names, links and repeated names included. */
final class TestZip {

    private static final int SYMLINK = 0120777;

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
