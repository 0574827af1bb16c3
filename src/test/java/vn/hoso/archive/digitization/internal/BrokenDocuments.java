package vn.hoso.archive.digitization.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Hostile or damaged files, made in memory, that the page reader must refuse rather than decode or read as blank. */
final class BrokenDocuments {

    private BrokenDocuments() {
    }

    /** A one-page TIFF whose "next page" pointer leads back to its first page. */
    static byte[] cyclicTiff() {
        byte[] tiff = write(new BufferedImage(100, 100, BufferedImage.TYPE_BYTE_GRAY), "tiff");
        ByteBuffer bytes = ByteBuffer.wrap(tiff).order(tiff[0] == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int firstPage = bytes.getInt(4);
        int entries = Short.toUnsignedInt(bytes.getShort(firstPage));
        bytes.putInt(firstPage + 2 + 12 * entries, firstPage);
        return tiff;
    }

    /** An A4 page showing a grey image that declares width × height pixels in a few kilobytes of zeros. */
    static byte[] pdfWithImageDeclaring(int width, int height) {
        return pdf((document, page) -> {
            byte[] zeros = deflate(new byte[1 << 20]);
            return new PDImageXObject(document, new ByteArrayInputStream(zeros), COSName.FLATE_DECODE, width, height, 8,
                    PDDeviceGray.INSTANCE);
        });
    }

    /** A page whose content draws an image its resources do not hold, as a PDF cut short by a failed copy can be. */
    static byte[] pdfDrawingAMissingImage() {
        return pdf((document, page) -> {
            page.setResources(new PDResources());
            return null;
        });
    }

    /** A page whose JPEG image holds bytes that are not JPEG. */
    static byte[] pdfWithUndecodableJpeg() {
        return pdf((document, page) -> new PDImageXObject(document, new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5, 6, 7}),
                COSName.DCT_DECODE, 1000, 1000, 8, PDDeviceGray.INSTANCE));
    }

    private interface ImageMaker {
        PDImageXObject make(PDDocument document, PDPage page) throws IOException;
    }

    private static byte[] pdf(ImageMaker imageMaker) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDImageXObject image = imageMaker.make(document, page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                if (image != null) {
                    content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                } else {
                    content.appendRawCommands("q 595 0 0 842 0 0 cm /Im1 Do Q\n");
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
