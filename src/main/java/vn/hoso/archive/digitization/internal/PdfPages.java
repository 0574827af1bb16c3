package vn.hoso.archive.digitization.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;
import vn.hoso.archive.digitization.DigitizationFailure;

/**
 * PDF pages rasterized in grey with PDFBox, in this JVM: on 300-dpi scans it was 3–4 times faster here than a
 * Ghostscript process per page (0.04–0.5 s against 0.2–1.5 s); a page that is one grey JPEG scan at that resolution is
 * decoded straight into its grey raster instead ({@link PdfScan}). PDFBox normally skips an image it cannot read and
 * draws the page without it; here that fails the page instead, so a damaged scan never becomes a page of no text.
 */
class PdfPages {

    private static final int MAX_FORM_DEPTH = 8;
    /** Where a PDF's last {@code %%EOF} must be found; writers may add a few bytes of padding after it. */
    private static final int TAIL_BYTES = 1024;

    private final int dpi;
    private final PixelLimit pixelLimit;

    PdfPages(int dpi, PixelLimit pixelLimit) {
        this.dpi = dpi;
        this.pixelLimit = pixelLimit;
    }

    int pageCount(Path file) throws IOException, UnreadableDocumentException {
        try (PDDocument pdf = load(file)) {
            return checkedPageCount(pdf);
        }
    }

    /**
     * Checks without rendering what can be checked before a PDF is accepted: it ends with its end-of-file marker
     * (not truncated), opens without a password, carries no JavaScript, and no page or image on it is too large.
     */
    int inspect(Path file) throws IOException, UnreadableDocumentException {
        refuseTruncated(file);
        try (PDDocument pdf = load(file)) {
            int pages = checkedPageCount(pdf);
            for (int index = 0; index < pages; index++) {
                refuseOversized(pdf, index);
            }
            return pages;
        }
    }

    private static void refuseTruncated(Path file) throws IOException, UnreadableDocumentException {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            ByteBuffer tail = ByteBuffer.allocate((int) Math.min(TAIL_BYTES, channel.size()));
            channel.position(channel.size() - tail.capacity());
            while (tail.hasRemaining() && channel.read(tail) >= 0) {
                // fills the buffer with the file's last bytes
            }
            if (!new String(tail.array(), StandardCharsets.ISO_8859_1).contains("%%EOF")) {
                throw PageImages.unreadable("The PDF ends before its end-of-file marker: it is truncated", null);
            }
        }
    }

    /**
     * Renders the pages one at a time. PDFBox's resource cache is switched off: it would keep every page's image, and
     * the image decoded from it, behind soft references until the heap is full (a 300-page scan grew the heap by
     * about 35 MB a page), while each page is rendered only once.
     */
    int forEachPage(Path file, PageImages.PageVisitor visitor)
            throws IOException, InterruptedException, UnreadableDocumentException {
        try (PDDocument pdf = load(file)) {
            pdf.setResourceCache(null);
            int pages = checkedPageCount(pdf);
            PDFRenderer renderer = new StrictRenderer(pdf);
            for (int index = 0; index < pages; index++) {
                refuseOversized(pdf, index);
                visitor.visit(index + 1, render(renderer, pdf.getPage(index), index));
            }
            return pages;
        }
    }

    /** Opens a PDF that needs no password and carries no JavaScript (refused, never stripped or run). */
    private static PDDocument load(Path file) throws IOException, UnreadableDocumentException {
        PDDocument pdf = open(file);
        if (ActiveContent.foundIn(pdf.getDocument())) {
            pdf.close();
            throw new UnreadableDocumentException(DigitizationFailure.ACTIVE_CONTENT, "The PDF carries JavaScript");
        }
        return pdf;
    }

    private static PDDocument open(Path file) throws UnreadableDocumentException {
        try {
            return Loader.loadPDF(file.toFile(), "", null, null, MemoryUsageSetting.setupTempFileOnly().streamCache);
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(DigitizationFailure.ENCRYPTED_DOCUMENT,
                    "The PDF is protected by a password", e);
        } catch (IOException e) {
            throw PageImages.unreadable("The PDF cannot be opened: " + e.getMessage(), e);
        }
    }

    private static int checkedPageCount(PDDocument pdf) throws UnreadableDocumentException {
        int pages = pdf.getNumberOfPages();
        if (pages < 1) {
            throw PageImages.unreadable("The PDF has no pages", null);
        }
        PageImages.refuseTooManyPages(pages);
        return pages;
    }

    /** Refuses a page that would rasterize too large, or that holds an image too large to decode. */
    private void refuseOversized(PDDocument pdf, int index) throws UnreadableDocumentException {
        int pageNumber = index + 1;
        try {
            PDPage page = pdf.getPage(index);
            PDRectangle box = page.getCropBox();
            pixelLimit.refuseOversized(Math.round(box.getWidth() / 72 * dpi), Math.round(box.getHeight() / 72 * dpi),
                    "Page " + pageNumber);
            refuseOversizedImages(page.getResources(), pageNumber, 0);
        } catch (IOException | RuntimeException e) {
            throw PageImages.unreadable("Page " + pageNumber + " of the PDF cannot be read: " + e.getMessage(), e);
        }
    }

    private void refuseOversizedImages(PDResources resources, int pageNumber, int depth)
            throws IOException, UnreadableDocumentException {
        if (resources == null || depth > MAX_FORM_DEPTH) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject image) {
                refuseOversizedImage(image, pageNumber);
            } else if (object instanceof PDFormXObject form) {
                refuseOversizedImages(form.getResources(), pageNumber, depth + 1);
            }
        }
    }

    private void refuseOversizedImage(PDImageXObject image, int pageNumber)
            throws IOException, UnreadableDocumentException {
        pixelLimit.refuseOversized(image.getWidth(), image.getHeight(), "An image on page " + pageNumber);
        PDImageXObject softMask = image.getSoftMask();
        if (softMask != null) {
            pixelLimit.refuseOversized(softMask.getWidth(), softMask.getHeight(), "An image mask on page " + pageNumber);
        }
    }

    /** A page that is one grey scan is that scan ({@link PdfScan}); any other page is rendered in grey. */
    private BufferedImage render(PDFRenderer renderer, PDPage page, int index) throws UnreadableDocumentException {
        try {
            Optional<BufferedImage> scan = PdfScan.of(page, dpi);
            return scan.isPresent() ? scan.get() : renderer.renderImageWithDPI(index, dpi, ImageType.GRAY);
        } catch (IOException | RuntimeException e) {
            throw PageImages.unreadable("Page " + (index + 1) + " of the PDF cannot be rendered: " + e.getMessage(), e);
        }
    }

    private static final class StrictRenderer extends PDFRenderer {

        StrictRenderer(PDDocument pdf) {
            super(pdf);
        }

        @Override
        protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
            return new StrictPageDrawer(parameters);
        }
    }

    /** Fails on a missing or undecodable image, where PDFBox would log it and leave a blank where the scan was. */
    private static final class StrictPageDrawer extends PageDrawer {

        StrictPageDrawer(PageDrawerParameters parameters) throws IOException {
            super(parameters);
        }

        @Override
        protected void operatorException(Operator operator, List<COSBase> operands, IOException e) throws IOException {
            if (isImageOperator(operator)) {
                throw e;
            }
            super.operatorException(operator, operands, e);
        }

        private static boolean isImageOperator(Operator operator) {
            return List.of("Do", "BI", "ID", "EI").contains(operator.getName());
        }
    }
}
