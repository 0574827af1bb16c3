package vn.hoso.archive.digitization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchZipTest {

    private static final BatchZip.Limits LIMITS = new BatchZip.Limits(3 << 20, 20, 100);
    private static final String MANIFEST = "box,folder,item,procedure,year,applicant,village,pages\n";

    @TempDir
    Path work;

    @Test
    void aBatchUnpacksWithItsFoldersAndNothingElse() throws Exception {
        Path folder = unpack(new TestZip().add("hop/manifest.csv", MANIFEST).add("hop/scans/p1.png", "png").bytes());
        assertThat(folder.resolve("hop/manifest.csv")).hasContent(MANIFEST.strip());
        assertThat(folder.resolve("hop/scans/p1.png")).hasContent("png");
    }

    @Test
    void namesLeadingOutOfTheFolderAreRefused() {
        assertThat(refusal(new TestZip().add("../ngoai.png", "x").bytes())).isEqualTo("BATCH_ENTRY_NAME_NOT_ALLOWED");
        assertThat(refusal(new TestZip().add("hop/../../ngoai.png", "x").bytes())).isEqualTo("BATCH_ENTRY_NAME_NOT_ALLOWED");
        assertThat(refusal(new TestZip().add("/etc/cron.d/x", "x").bytes())).isEqualTo("BATCH_ENTRY_NAME_NOT_ALLOWED");
        assertThat(refusal(new TestZip().add("C:\\Windows\\x", "x").bytes())).isEqualTo("BATCH_ENTRY_NAME_NOT_ALLOWED");
        assertThat(work.resolve("ngoai.png")).doesNotExist();
    }

    @Test
    void linksRepeatedNamesAndZipsInsideAreRefused() {
        assertThat(refusal(new TestZip().add("manifest.csv", MANIFEST).symlink("p1.png", "/etc/passwd").bytes()))
                .isEqualTo("BATCH_ENTRY_SYMLINK");
        assertThat(refusal(new TestZip().add("p1.png", "a").add("p1.png", "b").bytes())).isEqualTo("BATCH_ENTRY_DUPLICATE");
        byte[] inner = new TestZip().add("p1.png", "a").bytes();
        assertThat(refusal(new TestZip().add("manifest.csv", MANIFEST).add("p2.png", inner).bytes()))
                .isEqualTo("BATCH_NESTED_ARCHIVE");
    }

    @Test
    void zipBombsAreRefusedByRatioTotalSizeAndEntryCount() {
        assertThat(refusal(new TestZip().add("p1.tif", new byte[2 << 20]).bytes())).isEqualTo("BATCH_ZIP_BOMB");
        TestZip large = new TestZip();
        IntStream.range(0, 4).forEach(index -> large.add("p" + index + ".tif", new byte[1 << 20]));
        assertThat(refusal(large.bytes())).isEqualTo("BATCH_TOO_LARGE_UNPACKED");
        TestZip many = new TestZip();
        IntStream.range(0, 21).forEach(index -> many.add("p" + index + ".png", "x"));
        assertThat(refusal(many.bytes())).isEqualTo("BATCH_TOO_MANY_ENTRIES");
    }

    @Test
    void aCentralDirectoryLyingAboutSizesDoesNotGetABombThrough() {
        TestZip large = new TestZip();
        IntStream.range(0, 4).forEach(index -> large.add("p" + index + ".tif", new byte[1 << 20]));
        assertThat(refusal(TestZip.forgeUnpackedSizes(large.bytes(), 10))).isEqualTo("BATCH_TOO_LARGE_UNPACKED");
        byte[] noise = new byte[1 << 16];
        new Random(7).nextBytes(noise);
        byte[] bomb = new TestZip().add("p1.tif", new byte[2 << 20]).add("p2.jpg", noise).bytes();
        assertThat(refusal(TestZip.forgeCompressedSizes(bomb, 1 << 15))).isEqualTo("BATCH_ZIP_BOMB");
    }

    @Test
    void whatIsNotAZipIsRefused() {
        assertThat(refusal(MANIFEST.getBytes())).isEqualTo("BATCH_NOT_A_ZIP");
    }

    private Path unpack(byte[] zip) throws IOException, ImportRefusal {
        Path file = Files.write(Files.createTempFile(work, "upload", ".zip"), zip);
        Path folder = Files.createTempDirectory(work, "files");
        BatchZip.unpack(file, folder, LIMITS);
        return folder;
    }

    private String refusal(byte[] zip) {
        return catchThrowableOfType(ImportRefusal.class, () -> unpack(zip)).code();
    }
}
