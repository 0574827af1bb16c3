package vn.hoso.archive.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/** The pages the demo digitizes: the shared corpus when it is there, else pages rendered here with Vietnamese text. */
public final class SamplePages {

    private static final List<List<String>> RENDERED_PAGES = List.of(
            List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT", "Cấp cho ông Nguyễn Văn An, thôn Thanh Thùy,",
                    "xã Thanh Oai, thành phố Hà Nội, thửa đất số 125, tờ bản đồ số 7.",
                    "Hà Nội, ngày 12 tháng 3 năm 2009"),
            List.of("ĐƠN ĐĂNG KÝ KHAI SINH", "Kính gửi: Ủy ban nhân dân xã Thanh Oai",
                    "Họ và tên người yêu cầu: Nguyễn Hồng Hải", "Ngày sinh của trẻ: ngày 5 tháng 8 năm 2025",
                    "Nơi sinh: Bệnh viện đa khoa Hà Đông", "Tôi cam đoan những nội dung trên là đúng sự thật."));

    private SamplePages() {
    }

    static List<Path> collect(Path folder, int maxPages, Path renderInto) throws IOException {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                List<Path> pages = files.filter(file -> file.toString().endsWith(".png")).sorted().limit(maxPages).toList();
                if (!pages.isEmpty()) {
                    return pages;
                }
            }
        }
        return render(renderInto);
    }

    private static List<Path> render(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (int i = 0; i < RENDERED_PAGES.size(); i++) {
            ImageIO.write(renderPage(RENDERED_PAGES.get(i)), "png", folder.resolve("trang-" + (i + 1) + ".png").toFile());
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    /** An A4 page at 200 dpi with one line of text per entry; tests use it too when the shared corpus is absent. */
    public static BufferedImage renderPage(List<String> lines) {
        BufferedImage page = new BufferedImage(1654, 2339, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 44));
        int y = 250;
        for (String line : lines) {
            g.drawString(line, 150, y);
            y += 90;
        }
        g.dispose();
        return page;
    }
}
