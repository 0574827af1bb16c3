package vn.hoso.archive.digitization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import org.w3c.dom.Document;

class SearchablePdfTest {

    /** Every Vietnamese vowel with every tone mark, and đ: stacked diacritics are the hard case. */
    private static final String VIETNAMESE = "ẮẰẲẴẶ ắằẳẵặ ẤẦẨẪẬ ếềểễệ ỐỒỔỖỘ ớờởỡợ ứừửữự ỳỷỹỵý Đđ";
    private static final List<OcrEngine.RecognizedWord> WORDS = List.of(
            new OcrEngine.RecognizedWord("Thửa", new Rectangle(100, 100, 160, 40), 95, 0),
            new OcrEngine.RecognizedWord("đất", new Rectangle(280, 100, 90, 40), 93, 0),
            new OcrEngine.RecognizedWord(VIETNAMESE, new Rectangle(100, 200, 1400, 40), 88, 1),
            new OcrEngine.RecognizedWord("số\uE000", new Rectangle(100, 300, 80, 40), 40, 2));

    @TempDir
    Path work;

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void theInvisibleTextLayerHoldsTheWordsWithEveryVietnameseLetterAndThePdfIsPdfA2b() throws Exception {
        Path pdf = work.resolve("searchable.pdf");
        new SearchablePdf(300).write(List.of(new SearchablePdf.Page(1654, 2339, WORDS)), page -> pageJpeg(),
                "Giấy chứng nhận <bản gốc> & \"sao\"", pdf);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(1654 * 72f / 300);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Thửa đất", VIETNAMESE, "số").doesNotContain("\uE000");
        }
        try (PDFAParser parser = Foundries.defaultInstance().createParser(Files.newInputStream(pdf), PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            assertThat(result.isCompliant()).as(result.getTestAssertions().toString()).isTrue();
        }
    }

    @Test
    void theHocrIsWellFormedXhtmlWithALinePerOcrLineAndTheWordsConfidences() throws Exception {
        StringWriter hocr = new StringWriter();
        Hocr.write(List.of(new SearchablePdf.Page(1654, 2339, WORDS)), List.of("derivatives/doc-1/run-1/page-0001.jpg"),
                "tesseract", hocr);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document xhtml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(hocr.toString().getBytes("UTF-8")));
        assertThat(xhtml.getElementsByTagName("span").getLength()).isEqualTo(3 + WORDS.size());
        assertThat(hocr.toString()).contains("title='bbox 100 100 260 140; x_wconf 95'>Thửa</span>",
                "class='ocr_line' id='line_1_1' title='bbox 100 100 370 140'",
                "image \"derivatives/doc-1/run-1/page-0001.jpg\"; bbox 0 0 1654 2339");
    }

    private static ByteArrayInputStream pageJpeg() throws IOException {
        BufferedImage page = new BufferedImage(1654, 2339, BufferedImage.TYPE_BYTE_GRAY);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(page, "jpg", jpeg);
        return new ByteArrayInputStream(jpeg.toByteArray());
    }
}
