package vn.hoso.archive.digitization.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import vn.hoso.archive.demo.SamplePages;

/** A page with its truth: from the shared corpus when it is there, otherwise rendered here. */
record CorpusPage(BufferedImage image, String truth) {

    static final Path CORPUS = Path.of("../shared/corpus");
    static final List<String> RENDERED_LINES = List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc", "GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT",
            "Cấp cho ông Nguyễn Văn An, thôn Thanh Thùy, xã Thanh Oai,", "thành phố Hà Nội, thửa đất số 125,",
            "tờ bản đồ số 7, diện tích 240 mét vuông, đất ở tại nông thôn.", "Hà Nội, ngày 12 tháng 3 năm 2009");

    /** @param name a path under the corpus, e.g. {@code vie/synth_form_00_00_p1.png} */
    static CorpusPage of(String name) {
        Path page = CORPUS.resolve(name);
        if (!Files.exists(page)) {
            return new CorpusPage(SamplePages.renderPage(RENDERED_LINES), String.join("\n", RENDERED_LINES));
        }
        try {
            return new CorpusPage(GrayImages.toCompactGray(ImageIO.read(page.toFile())), TruthFolder.truthTextOf(page));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
