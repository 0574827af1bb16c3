package vn.hoso.archive.digitization.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import vn.hoso.archive.digitization.DigitizationFailure;

/**
 * The pages of a scanned file as images, one at a time and in order, so that memory holds a single decoded page
 * however long the document is. PNG and JPEG have one page, TIFF one or more; PDF pages are rasterized in grey
 * ({@link PdfPages}). Every page's size is checked before it is decoded.
 */
class PageImages {

    /** Also stops a TIFF whose pages point back at each other, which would otherwise be counted forever. */
    static final int MAX_PAGES = 2_000;

    private final PdfPages pdfPages;
    private final PixelLimit pixelLimit;

    PageImages(int dpi) {
        this(dpi, PixelLimit.DEFAULT);
    }

    PageImages(int dpi, PixelLimit pixelLimit) {
        this.pdfPages = new PdfPages(dpi, pixelLimit);
        this.pixelLimit = pixelLimit;
    }

    @FunctionalInterface
    interface PageVisitor {
        void visit(int pageNumber, BufferedImage image) throws InterruptedException, IOException;
    }

    int pageCount(Path file, String mediaType) throws IOException, UnreadableDocumentException {
        if (isPdf(mediaType)) {
            return pdfPages.pageCount(file);
        }
        try (ImageInputStream in = open(file)) {
            ImageReader reader = readerFor(in);
            try {
                return countImages(reader);
            } finally {
                reader.dispose();
            }
        }
    }

    /** Checks every page's size from its header, and a PDF's structure ({@link PdfPages#inspect}), decoding nothing. */
    int inspect(Path file, String mediaType) throws IOException, UnreadableDocumentException {
        if (isPdf(mediaType)) {
            return pdfPages.inspect(file);
        }
        try (ImageInputStream in = open(file)) {
            ImageReader reader = readerFor(in);
            try {
                int pages = countImages(reader);
                for (int index = 0; index < pages; index++) {
                    refuseOversized(reader, index);
                }
                return pages;
            } finally {
                reader.dispose();
            }
        }
    }

    /** Hands every page to the visitor, page 1 first, and returns how many there were (never 0). */
    int forEachPage(Path file, String mediaType, PageVisitor visitor)
            throws IOException, InterruptedException, UnreadableDocumentException {
        return isPdf(mediaType) ? pdfPages.forEachPage(file, visitor) : forEachImagePage(file, visitor);
    }

    static void refuseTooManyPages(int pageCount) throws UnreadableDocumentException {
        if (pageCount > MAX_PAGES) {
            throw unreadable("The document has more than " + MAX_PAGES + " pages", null);
        }
    }

    static UnreadableDocumentException unreadable(String reason, Throwable cause) {
        return new UnreadableDocumentException(DigitizationFailure.UNREADABLE_DOCUMENT, reason, cause);
    }

    private static boolean isPdf(String mediaType) {
        return "application/pdf".equals(mediaType);
    }

    private int forEachImagePage(Path file, PageVisitor visitor)
            throws IOException, InterruptedException, UnreadableDocumentException {
        try (ImageInputStream in = open(file)) {
            ImageReader reader = readerFor(in);
            try {
                int pages = countImages(reader);
                for (int index = 0; index < pages; index++) {
                    visitor.visit(index + 1, decode(reader, index));
                }
                return pages;
            } finally {
                reader.dispose();
            }
        }
    }

    private static ImageInputStream open(Path file) throws IOException, UnreadableDocumentException {
        ImageInputStream in = ImageIO.createImageInputStream(file.toFile());
        if (in == null) {
            throw unreadable("The file cannot be opened as an image", null);
        }
        return in;
    }

    /** The decoder for the stream's format, Java's own when a library on the class path brings another. */
    private static ImageReader readerFor(ImageInputStream in) throws UnreadableDocumentException {
        List<ImageReader> readers = new ArrayList<>();
        ImageIO.getImageReaders(in).forEachRemaining(readers::add);
        if (readers.isEmpty()) {
            throw unreadable("No image decoder recognizes the file", null);
        }
        ImageReader reader = readers.stream()
                .filter(candidate -> candidate.getClass().getName().startsWith("com.sun.imageio."))
                .findFirst().orElse(readers.get(0));
        reader.setInput(in);
        return reader;
    }

    /** Counts pages by locating them one by one: {@code getNumImages(true)} never returns on a cyclic TIFF. */
    private static int countImages(ImageReader reader) throws UnreadableDocumentException {
        int count = 0;
        try {
            while (true) {
                reader.getWidth(count);
                refuseTooManyPages(++count);
            }
        } catch (IndexOutOfBoundsException end) {
            if (count == 0) {
                throw unreadable("The image has no pages", end);
            }
            return count;
        } catch (IOException | RuntimeException e) {
            throw unreadable("The image cannot be read: " + e.getMessage(), e);
        }
    }

    private void refuseOversized(ImageReader reader, int index) throws UnreadableDocumentException {
        try {
            pixelLimit.refuseOversized(reader.getWidth(index), reader.getHeight(index), "Page " + (index + 1));
        } catch (IOException | RuntimeException e) {
            throw unreadable("Page " + (index + 1) + " of the image cannot be read: " + e.getMessage(), e);
        }
    }

    private BufferedImage decode(ImageReader reader, int index) throws UnreadableDocumentException {
        refuseOversized(reader, index);
        try {
            return reader.read(index);
        } catch (IOException | RuntimeException e) {
            throw unreadable("Page " + (index + 1) + " of the image cannot be decoded: " + e.getMessage(), e);
        }
    }
}
