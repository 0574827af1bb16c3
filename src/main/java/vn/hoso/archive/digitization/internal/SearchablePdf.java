package vn.hoso.archive.digitization.internal;

import java.awt.Rectangle;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.util.Matrix;

/**
 * A searchable PDF/A-2b built with PDFBox: each page is the page image the OCR read, under an invisible text layer
 * (rendering mode 3) in which every word is placed and stretched to its OCR box, so selecting and searching find the
 * words where they are on the image. PDF/A-2b asks for the font embedded (DejaVu Sans, subset, which covers every
 * Vietnamese letter), XMP metadata naming the conformance, and an sRGB output intent.
 */
final class SearchablePdf {

    static final String CONFORMANCE = "PDF/A-2b";
    private static final String FONT = "/fonts/DejaVuSans.ttf";
    private static final String SRGB = "sRGB IEC61966-2.1";
    private static final float POINTS_PER_INCH = 72f;

    /** One page: its image in JPEG, its size in pixels and the words read in it (boxes in those pixels). */
    record Page(int widthPixels, int heightPixels, List<OcrEngine.RecognizedWord> words) {
    }

    @FunctionalInterface
    interface PageImageSource {
        InputStream openJpeg(int pageNumber) throws IOException;
    }

    private final int dpi;

    SearchablePdf(int dpi) {
        this.dpi = dpi;
    }

    /** Writes the pages, page 1 first; page images are read one at a time and spill to temporary files, not memory. */
    void write(List<Page> pages, PageImageSource images, String title, Path target) throws IOException {
        try (PDDocument pdf = new PDDocument(MemoryUsageSetting.setupTempFileOnly().streamCache)) {
            PDType0Font font = loadFont(pdf);
            for (int index = 0; index < pages.size(); index++) {
                try (InputStream jpeg = images.openJpeg(index + 1)) {
                    addPage(pdf, font, pages.get(index), JPEGFactory.createFromStream(pdf, jpeg));
                }
            }
            declarePdfA(pdf, title);
            pdf.save(target.toFile());
        }
    }

    private static PDType0Font loadFont(PDDocument pdf) throws IOException {
        try (InputStream font = SearchablePdf.class.getResourceAsStream(FONT)) {
            if (font == null) {
                throw new IllegalStateException("The text layer font " + FONT + " is missing from the class path");
            }
            return PDType0Font.load(pdf, font, true);
        }
    }

    private void addPage(PDDocument pdf, PDType0Font font, Page page, PDImageXObject image) throws IOException {
        float scale = POINTS_PER_INCH / dpi;
        PDRectangle size = new PDRectangle(page.widthPixels() * scale, page.heightPixels() * scale);
        PDPage pdfPage = new PDPage(size);
        pdf.addPage(pdfPage);
        try (PDPageContentStream content = new PDPageContentStream(pdf, pdfPage)) {
            content.drawImage(image, 0, 0, size.getWidth(), size.getHeight());
            content.beginText();
            content.setRenderingMode(RenderingMode.NEITHER);
            for (OcrEngine.RecognizedWord word : page.words()) {
                placeWord(content, font, printable(font, word.text()), word.box(), scale, size.getHeight());
            }
            content.endText();
        }
    }

    /** Draws the word invisibly from the bottom left of its box, stretched to the box's width. */
    private static void placeWord(PDPageContentStream content, PDType0Font font, String text, Rectangle box,
                                  float scale, float pageHeight) throws IOException {
        if (text.isBlank() || box.width <= 0 || box.height <= 0) {
            return;
        }
        float fontSize = box.height * scale;
        float naturalWidth = font.getStringWidth(text) / 1000 * fontSize;
        if (naturalWidth <= 0) {
            return;
        }
        content.setFont(font, fontSize);
        content.setHorizontalScaling(box.width * scale / naturalWidth * 100);
        content.setTextMatrix(Matrix.getTranslateInstance(box.x * scale, pageHeight - (box.y + box.height) * scale));
        content.showText(text);
    }

    /** The word without the characters the font has no glyph for (rare symbols Tesseract may emit). */
    private static String printable(PDType0Font font, String word) {
        StringBuilder kept = new StringBuilder(word.length());
        word.codePoints().forEach(codePoint -> {
            String character = Character.toString(codePoint);
            try {
                font.encode(character);
                kept.append(character);
            } catch (IllegalArgumentException | IOException noGlyph) {
                // left out of the text layer: the image still shows it
            }
        });
        return kept.toString();
    }

    private static void declarePdfA(PDDocument pdf, String title) throws IOException {
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        PDMetadata metadata = new PDMetadata(pdf);
        metadata.importXMPMetadata(xmp(title).getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(metadata);
        PDOutputIntent intent = new PDOutputIntent(pdf,
                new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
    }

    private static String xmp(String title) {
        return """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
                    xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"
                    xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
                   <pdfaid:part>2</pdfaid:part>
                   <pdfaid:conformance>B</pdfaid:conformance>
                   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                   <xmp:CreateDate>%s</xmp:CreateDate>
                   <pdf:Producer>Hồ Sơ</pdf:Producer>
                  </rdf:Description>
                 </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""".formatted(Hocr.escape(title), Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }
}
