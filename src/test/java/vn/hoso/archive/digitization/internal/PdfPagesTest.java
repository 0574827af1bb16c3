package vn.hoso.archive.digitization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.ThreadMXBean;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfPagesTest {

    private static final float A4_WIDTH = PDRectangle.A4.getWidth();
    private static final float A4_HEIGHT = PDRectangle.A4.getHeight();

    @TempDir
    Path work;

    @Test
    void aGreyJpegScanFillingItsPageIsTheScanItselfPixelForPixel() throws Exception {
        byte[] jpeg = greyJpeg(1240, 1754);
        Path pdf = scannedPdf(1, jpeg, false);

        List<BufferedImage> pages = pages(new PdfPages(150, PixelLimit.DEFAULT), pdf);

        BufferedImage scan = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertThat(pages).singleElement().satisfies(page -> {
            assertThat(page.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
            assertThat(page.getWidth() + "x" + page.getHeight()).isEqualTo("1240x1754");
            assertThat(GrayImages.pixels(page)).isEqualTo(GrayImages.pixels(scan));
        });
    }

    @Test
    void aPageWithMoreThanItsScanIsRenderedWhole() throws Exception {
        Path pdf = scannedPdf(1, greyJpeg(1240, 1754), true);

        List<BufferedImage> pages = pages(new PdfPages(150, PixelLimit.DEFAULT), pdf);

        assertThat(pages).singleElement().satisfies(page -> {
            assertThat(page.getWidth() + "x" + page.getHeight()).isEqualTo("1240x1753");
            assertThat(page.getRaster().getSample(20, 20, 0)).isLessThan(64);
        });
    }

    /** One page raster per page: PDFBox's renderer allocated about 70 MB for each A4 page scanned at 300 dpi. */
    @Test
    void aScannedA4PageAt300DpiCostsAboutOneRaster() throws Exception {
        int pageCount = 4;
        Path pdf = scannedPdf(pageCount, greyJpeg(2480, 3508), false);
        PdfPages pdfPages = new PdfPages(300, PixelLimit.DEFAULT);
        pages(pdfPages, pdf);
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();

        long before = threads.getCurrentThreadAllocatedBytes();
        pdfPages.forEachPage(pdf, (number, page) -> { });
        long perPage = (threads.getCurrentThreadAllocatedBytes() - before) / pageCount;

        long raster = 2480L * 3508;
        assertThat(perPage).isLessThan(2 * raster);
    }

    private static List<BufferedImage> pages(PdfPages pdfPages, Path pdf) throws Exception {
        List<BufferedImage> pages = new ArrayList<>();
        pdfPages.forEachPage(pdf, (number, page) -> pages.add(page));
        return pages;
    }

    private Path scannedPdf(int pageCount, byte[] jpeg, boolean withFrame) throws IOException {
        Path file = work.resolve("scan-" + pageCount + "-" + withFrame + ".pdf");
        try (PDDocument pdf = new PDDocument()) {
            for (int number = 1; number <= pageCount; number++) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.drawImage(JPEGFactory.createFromByteArray(pdf, jpeg), 0, 0, A4_WIDTH, A4_HEIGHT);
                    if (withFrame) {
                        content.addRect(0, A4_HEIGHT - 40, 40, 40);
                        content.fill();
                    }
                }
            }
            pdf.save(file.toFile());
        }
        return file;
    }

    private static byte[] greyJpeg(int width, int height) throws IOException {
        BufferedImage page = GrayImages.blank(width, height);
        Graphics2D g = page.createGraphics();
        try {
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SERIF, Font.PLAIN, width / 40));
            for (int line = 1; line <= 10; line++) {
                g.drawString("Giấy chứng nhận quyền sử dụng đất số " + line, width / 10, line * height / 12);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(page, "jpg", out);
        return out.toByteArray();
    }
}
