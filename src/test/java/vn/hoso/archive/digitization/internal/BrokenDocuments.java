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
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

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

    /** A one-page TIFF whose header declares width × height pixels (as SHORT or LONG tags) over a 100 × 100 image. */
    static byte[] tiffDeclaring(int width, int height) {
        byte[] tiff = write(new BufferedImage(100, 100, BufferedImage.TYPE_BYTE_GRAY), "tiff");
        ByteBuffer bytes = ByteBuffer.wrap(tiff).order(tiff[0] == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int firstPage = bytes.getInt(4);
        int entries = Short.toUnsignedInt(bytes.getShort(firstPage));
        for (int entry = 0; entry < entries; entry++) {
            int at = firstPage + 2 + 12 * entry;
            int tag = Short.toUnsignedInt(bytes.getShort(at));
            int value = tag == 256 ? width : tag == 257 ? height : -1;
            if (value >= 0 && bytes.getShort(at + 2) == 3) {
                bytes.putShort(at + 8, (short) value);
            } else if (value >= 0) {
                bytes.putInt(at + 8, value);
            }
        }
        return tiff;
    }

    /** A real, decodable black-and-white PNG of width × height pixels, compressed as a blank page compresses. */
    static byte[] blankPng(int width, int height) {
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        byte[] row = new byte[1 + (width + 7) / 8];
        byte[] buffer = new byte[1 << 16];
        for (int line = 0; line < height; line++) {
            deflater.setInput(row);
            while (!deflater.needsInput()) {
                idat.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            idat.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 1).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(png, "IHDR", header.array());
        chunk(png, "IDAT", idat.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    /** A scanned page that opens only with the password {@code secret}. */
    static byte[] encryptedPdf() {
        return pdf((document, page) -> {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return LosslessFactory.createFromImage(document, new BufferedImage(200, 200, BufferedImage.TYPE_BYTE_GRAY));
        });
    }

    /** A scanned page whose document opens by running a script. */
    static byte[] pdfWithJavaScript() {
        return pdf((document, page) -> {
            document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hello');"));
            return LosslessFactory.createFromImage(document, new BufferedImage(200, 200, BufferedImage.TYPE_BYTE_GRAY));
        });
    }

    /** A valid scanned page with bytes in the middle of its image overwritten, end-of-file marker intact. */
    static byte[] pdfWithGarbageInside() {
        byte[] pdf = pdf((document, page) -> LosslessFactory.createFromImage(document,
                new BufferedImage(200, 200, BufferedImage.TYPE_BYTE_GRAY)));
        for (int index = pdf.length / 4; index < pdf.length / 2; index++) {
            pdf[index] = (byte) 0xA5;
        }
        return pdf;
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        byte[] name = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
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
