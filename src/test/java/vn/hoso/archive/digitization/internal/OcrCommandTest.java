package vn.hoso.archive.digitization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoso.archive.TestDocuments;

/** {@code ./hoso ocr} on good and bad files together, with the real engine. */
class OcrCommandTest {

    @TempDir
    Path work;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void writesATextFilePerInputAndReportsACorruptPdfWithoutStoppingTheOthers() throws Exception {
        Path png = Files.write(work.resolve("giay-chung-nhan.png"),
                TestDocuments.png(TestDocuments.page("Giấy chứng nhận quyền sử dụng đất")));
        Path cut = Files.write(work.resolve("cut.pdf"), TestDocuments.truncatedPdf());
        Path pdf = Files.write(work.resolve("don.pdf"), TestDocuments.imageOnlyPdf(List.of(
                List.of("Đơn đăng ký khai sinh"), List.of("Nơi sinh: Bệnh viện Hà Đông"))));
        Path out = work.resolve("out");

        int exit = run("--out", out.toString(), "--models", "ocr-models", png.toString(), cut.toString(),
                work.resolve("missing.png").toString(), pdf.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(Files.readString(out.resolve("giay-chung-nhan.txt"))).contains("quyền sử dụng đất");
        String twoPages = Files.readString(out.resolve("don.txt"));
        assertThat(twoPages.split("\f")).hasSize(2);
        assertThat(twoPages.split("\f")[0]).contains("khai sinh");
        assertThat(twoPages.split("\f")[1]).contains("Bệnh viện");
        assertThat(out.resolve("cut.txt")).doesNotExist();
        assertThat(errors()).contains("cut.pdf: The PDF cannot be opened").contains("missing.png: no such file");
        assertThat(output()).contains("2 of 4 files read").contains("page 2: rotated 0 deg");
    }

    @Test
    void aFileOfAnotherTypeIsNamedWithItsType() throws Exception {
        Path text = Files.writeString(work.resolve("ghi-chu.png"), "không phải ảnh");
        assertThat(run("--out", work.resolve("out").toString(), text.toString())).isEqualTo(1);
        assertThat(errors()).contains("ghi-chu.png: unsupported file type text/plain");
    }

    @Test
    void withoutAnOutputFolderItPrintsUsage() throws Exception {
        assertThat(run("scan.png")).isEqualTo(2);
        assertThat(errors()).contains("--out DIR is required").contains(OcrCommand.USAGE);
    }

    private int run(String... args) throws InterruptedException {
        return new OcrCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
