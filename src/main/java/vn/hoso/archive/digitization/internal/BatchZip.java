package vn.hoso.archive.digitization.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;

/**
 * Unpacks an uploaded batch zip, refusing what could escape the folder or flood the disk. Names, links, duplicates,
 * the entry count and the declared sizes are checked from the central directory before anything is written; the
 * real sizes and compression ratios (a zip can lie about both) and nested archives are checked while writing. A
 * refusal leaves what was written so far for the caller to delete with the folder.
 */
final class BatchZip {

    /** Small entries such as a manifest compress very well; the ratio counts only from here on. */
    private static final long RATIO_CHECKED_FROM = 1 << 20;
    private static final int BUFFER_SIZE = 64 * 1024;

    private BatchZip() {
    }

    record Limits(long maxUnpackedBytes, int maxEntries, int maxCompressionRatio) {

        String maxUnpackedMegabytes() {
            return String.valueOf(maxUnpackedBytes / (1024 * 1024));
        }
    }

    static void unpack(Path zip, Path folder, Limits limits) throws ImportRefusal, IOException {
        try (ZipFile archive = open(zip)) {
            List<ZipArchiveEntry> entries = checkedEntries(archive, limits);
            long[] unpacked = {0};
            for (ZipArchiveEntry entry : entries) {
                write(archive, entry, folder, limits, unpacked);
            }
        }
    }

    private static ZipFile open(Path zip) throws ImportRefusal {
        try {
            return ZipFile.builder().setPath(zip).get();
        } catch (IOException unreadable) {
            throw new ImportRefusal("BATCH_NOT_A_ZIP");
        }
    }

    private static List<ZipArchiveEntry> checkedEntries(ZipFile archive, Limits limits) throws ImportRefusal {
        List<ZipArchiveEntry> entries = Collections.list(archive.getEntriesInPhysicalOrder());
        if (entries.size() > limits.maxEntries()) {
            throw new ImportRefusal("BATCH_TOO_MANY_ENTRIES", String.valueOf(entries.size()),
                    String.valueOf(limits.maxEntries()));
        }
        Set<String> names = new HashSet<>();
        long declared = 0;
        for (ZipArchiveEntry entry : entries) {
            String name = nameOf(entry);
            if (!BatchFolder.isPlainRelativeName(name)) {
                throw new ImportRefusal("BATCH_ENTRY_NAME_NOT_ALLOWED", entry.getName());
            }
            if (entry.isUnixSymlink()) {
                throw new ImportRefusal("BATCH_ENTRY_SYMLINK", name);
            }
            if (!names.add(name)) {
                throw new ImportRefusal("BATCH_ENTRY_DUPLICATE", name);
            }
            if (!archive.canReadEntryData(entry)) {
                throw new ImportRefusal("BATCH_ENTRY_UNREADABLE", name);
            }
            declared += Math.max(0, entry.getSize());
        }
        if (declared > limits.maxUnpackedBytes()) {
            throw new ImportRefusal("BATCH_TOO_LARGE_UNPACKED", limits.maxUnpackedMegabytes());
        }
        return entries;
    }

    private static String nameOf(ZipArchiveEntry entry) {
        String name = entry.getName();
        return entry.isDirectory() && name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    }

    private static void write(ZipFile archive, ZipArchiveEntry entry, Path folder, Limits limits, long[] unpacked)
            throws ImportRefusal, IOException {
        String name = nameOf(entry);
        Path target = folder.resolve(name);
        try {
            if (entry.isDirectory()) {
                Files.createDirectories(target);
                return;
            }
            Files.createDirectories(target.getParent());
            try (InputStream in = archive.getInputStream(entry);
                 OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
                copy(in, out, name, limits, unpacked);
            }
        } catch (FileAlreadyExistsException clash) {
            throw new ImportRefusal("BATCH_ENTRY_DUPLICATE", name);
        }
    }

    private static void copy(InputStream in, OutputStream out, String name, Limits limits, long[] unpacked)
            throws ImportRefusal, IOException {
        byte[] buffer = new byte[BUFFER_SIZE];
        long written = 0;
        int read;
        while ((read = read(in, buffer, name)) > 0) {
            if (written == 0 && isZip(buffer, read)) {
                throw new ImportRefusal("BATCH_NESTED_ARCHIVE", name);
            }
            written += read;
            unpacked[0] += read;
            if (unpacked[0] > limits.maxUnpackedBytes()) {
                throw new ImportRefusal("BATCH_TOO_LARGE_UNPACKED", limits.maxUnpackedMegabytes());
            }
            if (written > RATIO_CHECKED_FROM && written / compressedRead(in) > limits.maxCompressionRatio()) {
                throw new ImportRefusal("BATCH_ZIP_BOMB", name, String.valueOf(limits.maxCompressionRatio()));
            }
            out.write(buffer, 0, read);
        }
    }

    /** Compressed bytes read so far for the entry, counted by the decompressor: the directory's figure can lie. */
    private static long compressedRead(InputStream in) {
        return Math.max(1, ((InputStreamStatistics) in).getCompressedCount());
    }

    /** Fills the buffer as far as the entry goes; damaged entry data is the upload's fault, not the disk's. */
    private static int read(InputStream in, byte[] buffer, String name) throws ImportRefusal {
        try {
            return in.readNBytes(buffer, 0, buffer.length);
        } catch (IOException damaged) {
            throw new ImportRefusal("BATCH_ENTRY_UNREADABLE", name);
        }
    }

    /** A local file header, an empty archive's end record or a spanned archive's marker: a zip inside the zip. */
    private static boolean isZip(byte[] start, int length) {
        return length >= 4 && start[0] == 'P' && start[1] == 'K'
                && (start[2] == 3 && start[3] == 4 || start[2] == 5 && start[3] == 6 || start[2] == 7 && start[3] == 8);
    }
}
