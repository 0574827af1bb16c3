package vn.hoso.archive.preservation.internal;

import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Where a bag's files go: entries of a zip stream or files below a folder. Files are written one at a time. */
interface BagOutput extends Closeable {

    /** Opens the bag file at a slash-separated path relative to the bag's root; the caller closes it. */
    OutputStream open(String path, boolean compress) throws IOException;

    static BagOutput zip(OutputStream out) {
        return new Zip(new ZipOutputStream(out));
    }

    static BagOutput folder(Path root) {
        return (path, compress) -> {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            return Files.newOutputStream(file);
        };
    }

    @Override
    default void close() throws IOException {
    }

    /**
     * A zip whose bytes depend only on the files: every entry bears the same time. Files already compressed (scans,
     * PDFs) are stored as they are, so a damaged byte in one is found by the bag's checksums.
     */
    final class Zip implements BagOutput {
        private static final FileTime FIXED_TIME = FileTime.from(Instant.parse("2000-01-01T00:00:00Z"));
        private final ZipOutputStream zip;

        private Zip(ZipOutputStream zip) {
            this.zip = zip;
        }

        @Override
        public OutputStream open(String path, boolean compress) throws IOException {
            return compress ? deflated(path) : new StoredEntry(zip, path);
        }

        private OutputStream deflated(String path) throws IOException {
            zip.putNextEntry(entry(path));
            return new FilterOutputStream(zip) {
                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    zip.write(bytes, offset, length);
                }

                @Override
                public void close() throws IOException {
                    zip.closeEntry();
                }
            };
        }

        static ZipEntry entry(String path) {
            ZipEntry entry = new ZipEntry(path);
            entry.setLastModifiedTime(FIXED_TIME);
            return entry;
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }

    /** A stored entry needs its size and CRC before its bytes: they are buffered to a temporary file first. */
    final class StoredEntry extends OutputStream {
        private final ZipOutputStream zip;
        private final String path;
        private final Path buffer;
        private final OutputStream out;
        private final CRC32 crc = new CRC32();

        StoredEntry(ZipOutputStream zip, String path) throws IOException {
            this.zip = zip;
            this.path = path;
            this.buffer = Files.createTempFile("hoso-bag-entry", ".tmp");
            this.out = Files.newOutputStream(buffer);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            crc.update(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            out.close();
            try {
                ZipEntry entry = Zip.entry(path);
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(Files.size(buffer));
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                Files.copy(buffer, zip);
                zip.closeEntry();
            } finally {
                Files.deleteIfExists(buffer);
            }
        }
    }
}
