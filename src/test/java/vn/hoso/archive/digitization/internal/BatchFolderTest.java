package vn.hoso.archive.digitization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchFolderTest {

    @TempDir
    Path work;

    @Test
    void aNameInsideTheFolderIsItsFile() throws Exception {
        Path batch = Files.createDirectories(work.resolve("batch/scans")).getParent();
        Path page = Files.writeString(batch.resolve("scans/p1.png"), "x");
        assertThat(BatchFolder.resolve(batch.toRealPath(), "scans/p1.png")).isEqualTo(page.toRealPath());
    }

    @Test
    void namesLeadingOutOfTheFolderAreNeverUsedAsPaths() throws Exception {
        Path batch = Files.createDirectories(work.resolve("batch")).toRealPath();
        Files.writeString(work.resolve("secret.png"), "x");
        Files.createSymbolicLink(batch.resolve("link.png"), work.resolve("secret.png"));
        for (String name : new String[] {"../secret.png", "scans/../../secret.png", "/etc/passwd", "..\\secret.png",
                "C:secret.png", "./p.png", "a//b.png", "p\n.png", "link.png"}) {
            assertThat(refusal(batch, name).code()).as(name).isEqualTo("PAGE_NAME_NOT_ALLOWED");
        }
    }

    @Test
    void aNameWithNoFileBehindItIsMissing() throws Exception {
        Path batch = Files.createDirectories(work.resolve("batch/scans")).getParent().toRealPath();
        assertThat(refusal(batch, "p9.png").code()).isEqualTo("PAGE_FILE_MISSING");
        assertThat(refusal(batch, "scans").code()).isEqualTo("PAGE_FILE_MISSING");
    }

    private static ImportRefusal refusal(Path batch, String name) {
        return catchThrowableOfType(ImportRefusal.class, () -> BatchFolder.resolve(batch, name));
    }
}
