package vn.hoso.archive.digitization.internal;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;

/**
 * {@code ./hoso bench memory}: writes a batch for measuring memory over a long batch: {@code pages/page-NNN.jpg}, A4
 * pages scanned in grey at 300 dpi, the same pages as one PDF {@code box.pdf}, and a {@code manifest.csv} importing
 * that PDF as one archive record. Each page carries a few text lines of the corpus's {@code vie-lines} down the page,
 * so that reading a page costs less than a full page of text while its image is as large as any A4 scan; every third
 * page is skewed by up to 2°. Seeded, so repeatable. Arguments: corpus folder, output folder, number of pages.
 */
public final class LargeBatch {

    private static final int WIDTH = 2480;
    private static final int HEIGHT = 3508;
    private static final int LINES_PER_PAGE = 6;

    private LargeBatch() {
    }

    public static void main(String[] args) throws IOException {
        List<BufferedImage> lines = TruthFolder.under(Path.of(args[0])).stream()
                .filter(folder -> folder.name().equals("vie-lines"))
                .flatMap(folder -> folder.pages().stream()).map(LargeBatch::grey).toList();
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("no vie-lines folder with page images under " + args[0]);
        }
        Path batch = Files.createDirectories(Path.of(args[1]));
        Path pages = Files.createDirectories(batch.resolve("pages"));
        Random random = new Random(20261202);
        try (PDDocument pdf = new PDDocument(MemoryUsageSetting.setupTempFileOnly().streamCache)) {
            for (int number = 1; number <= Integer.parseInt(args[2]); number++) {
                byte[] jpeg = jpeg(page(lines, number, random));
                Files.write(pages.resolve(String.format(Locale.ROOT, "page-%03d.jpg", number)), jpeg);
                addPage(pdf, jpeg);
            }
            pdf.save(batch.resolve("box.pdf").toFile());
        }
        Files.writeString(batch.resolve(ArchiveManifest.FILE_NAME), String.join(",", ArchiveManifest.COLUMNS)
                + "\nBENCH-MEMORY,C01,1,CIVIL-BIRTH,1998,Nguyễn Văn An,Thanh Thùy,box.pdf\n");
    }

    private static BufferedImage page(List<BufferedImage> lines, int number, Random random) {
        BufferedImage page = GrayImages.blank(WIDTH, HEIGHT);
        Graphics2D g = page.createGraphics();
        try {
            for (int line = 0; line < LINES_PER_PAGE; line++) {
                BufferedImage text = lines.get(random.nextInt(lines.size()));
                g.drawImage(text, 200 + random.nextInt(Math.max(1, WIDTH - 400 - text.getWidth())),
                        300 + line * (HEIGHT - 600) / LINES_PER_PAGE, null);
            }
        } finally {
            g.dispose();
        }
        if (number % 3 != 0) {
            return page;
        }
        BufferedImage skewed = GrayImages.rotate(page, (random.nextDouble() * 2 - 1) * 2);
        return skewed.getSubimage((skewed.getWidth() - WIDTH) / 2, (skewed.getHeight() - HEIGHT) / 2, WIDTH, HEIGHT);
    }

    private static void addPage(PDDocument pdf, byte[] jpeg) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
            content.drawImage(JPEGFactory.createFromByteArray(pdf, jpeg), 0, 0, PDRectangle.A4.getWidth(),
                    PDRectangle.A4.getHeight());
        }
    }

    private static byte[] jpeg(BufferedImage page) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(GrayImages.toCompactGray(page), "jpg", out);
        return out.toByteArray();
    }

    private static BufferedImage grey(Path image) {
        try {
            return GrayImages.toCompactGray(ImageIO.read(image.toFile()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + image, e);
        }
    }
}
