package vn.hoso.archive.digitization.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * A PDF page that is nothing but one grey JPEG scan filling it at the rasterizing resolution, as scanners write them:
 * its image is the page, decoded straight from the JPEG bytes into one grey raster. PDFBox's renderer would decode it
 * into a buffer, copy it, widen it to a 4-byte-per-pixel RGB image (35 MB for an A4 page at 300 dpi) and draw that onto
 * the grey page: about 70 MB allocated per page instead of the page's 8.7 MB.
 */
final class PdfScan {

    /** How far the scan's pixel size may be from the rendered page's (a page size in points rounds both ways). */
    private static final double SIZE_TOLERANCE = 0.01;
    /** How far, in points, the drawn image may be from the page's edges. */
    private static final float EDGE_TOLERANCE = 1;

    private PdfScan() {
    }

    /** The page's scan as a grey image, or empty when the page is anything else (it is then rendered). */
    static Optional<BufferedImage> of(PDPage page, int dpi) throws IOException {
        if (page.getRotation() != 0 || !page.getAnnotations().isEmpty()) {
            return Optional.empty();
        }
        Optional<PDImageXObject> scan = onlyImageFilling(page);
        return scan.isPresent() && isGreyJpeg(scan.get()) && atResolution(scan.get(), page.getCropBox(), dpi)
                ? decode(scan.get()) : Optional.empty();
    }

    /**
     * The image the page's content draws, when it draws only that, once, upright over the whole crop box. Reading
     * stops at the first operator a scan's content has no use for.
     */
    private static Optional<PDImageXObject> onlyImageFilling(PDPage page) throws IOException {
        PDFStreamParser parser = new PDFStreamParser(page);
        Deque<Matrix> saved = new ArrayDeque<>();
        List<COSBase> operands = new ArrayList<>();
        Matrix transform = new Matrix();
        Matrix drawnAt = null;
        COSName drawn = null;
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (token instanceof COSBase operand) {
                operands.add(operand);
                continue;
            }
            switch (((Operator) token).getName()) {
                case "q" -> saved.push(transform);
                case "Q" -> {
                    if (saved.isEmpty()) {
                        return Optional.empty();
                    }
                    transform = saved.pop();
                }
                case "cm" -> {
                    if (operands.size() != 6 || !operands.stream().allMatch(COSNumber.class::isInstance)) {
                        return Optional.empty();
                    }
                    transform = Matrix.createMatrix(new COSArray(operands)).multiply(transform);
                }
                case "Do" -> {
                    if (drawn != null || operands.size() != 1 || !(operands.get(0) instanceof COSName name)) {
                        return Optional.empty();
                    }
                    drawn = name;
                    drawnAt = transform;
                }
                default -> {
                    return Optional.empty();
                }
            }
            operands.clear();
        }
        if (drawn == null || !fills(drawnAt, page.getCropBox())) {
            return Optional.empty();
        }
        PDXObject object = page.getResources().getXObject(drawn);
        return object instanceof PDImageXObject image ? Optional.of(image) : Optional.empty();
    }

    private static boolean fills(Matrix at, PDRectangle box) {
        return at.getShearX() == 0 && at.getShearY() == 0
                && near(at.getTranslateX(), box.getLowerLeftX()) && near(at.getTranslateY(), box.getLowerLeftY())
                && near(at.getScaleX(), box.getWidth()) && near(at.getScaleY(), box.getHeight());
    }

    private static boolean near(float actual, float expected) {
        return Math.abs(actual - expected) <= EDGE_TOLERANCE;
    }

    private static boolean isGreyJpeg(PDImageXObject image) throws IOException {
        return image.getStream().getFilters().equals(List.of(COSName.DCT_DECODE))
                && image.getBitsPerComponent() == 8 && !image.isStencil()
                && image.getColorSpace() == PDDeviceGray.INSTANCE && image.getDecode() == null
                && image.getSoftMask() == null && image.getCOSObject().getDictionaryObject(COSName.MASK) == null;
    }

    private static boolean atResolution(PDImageXObject image, PDRectangle box, int dpi) {
        return closeTo(image.getWidth(), box.getWidth() / 72 * dpi)
                && closeTo(image.getHeight(), box.getHeight() / 72 * dpi);
    }

    private static boolean closeTo(int pixels, double expected) {
        return Math.abs(pixels - expected) <= Math.max(1, expected * SIZE_TOLERANCE);
    }

    /** The JPEG decoded by ImageIO, empty when it holds more than the grey its dictionary declares. */
    private static Optional<BufferedImage> decode(PDImageXObject image) throws IOException {
        try (InputStream jpeg = image.getCOSObject().createRawInputStream();
             ImageInputStream in = ImageIO.createImageInputStream(jpeg)) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("jpeg").next();
            try {
                reader.setInput(in, true, true);
                BufferedImage scan = reader.read(0);
                return scan.getType() == BufferedImage.TYPE_BYTE_GRAY ? Optional.of(scan) : Optional.empty();
            } finally {
                reader.dispose();
            }
        }
    }
}
