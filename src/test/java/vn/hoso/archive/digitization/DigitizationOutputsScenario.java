package vn.hoso.archive.digitization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import vn.hoso.archive.TestDocuments;
import vn.hoso.archive.demo.SamplePages;

/**
 * The pipeline's outputs over real HTTP (subclasses run it on the embedded default and on the server stack):
 * a searchable PDF/A that veraPDF accepts and whose text layer holds the OCR'd words, page images, provenance of
 * every page, duplicates linked and not read again, born-digital text taken as it is, the review queue and a
 * correction that replaces the indexed text, and a re-OCR recorded beside the first reading.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class DigitizationOutputsScenario {

    private static final Duration DIGITIZED_WITHIN = Duration.ofMinutes(3);
    private static final List<String> CERTIFICATE = List.of("GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT",
            "Cấp cho bà Lê Thị Quỳnh", "Thửa đất số 125, tờ bản đồ số 7");
    /** Makes each run's scans new to a database kept from earlier runs, where the same scan would be a duplicate. */
    private static final String REGISTER_LINE = "Số vào sổ " + new Random().nextInt(1_000_000);

    private static final String DECISION = "Quyết định giao đất cho hộ ông Hoàng Văn Minh, " + REGISTER_LINE;

    @Autowired
    TestRestTemplate http;
    @Autowired
    org.axonframework.config.Configuration axon;

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void aScanBecomesAValidatedSearchablePdfAndADuplicateIsNotReadAgain() throws Exception {
        String dossierId = receiveDossier("Lê Thị Quỳnh");
        byte[] scan = scan(CERTIFICATE);
        String documentId = upload(dossierId, "giay-chung-nhan.png", scan);

        JsonNode history = awaitHistory(dossierId, types -> types.contains("SearchablePdfProducedEvent")
                && types.contains("DigitizationCompletedEvent"));
        JsonNode page = entries(history, "PageTextRecognizedEvent").get(0).get("payload");
        assertThat(page.get("source").asText()).isEqualTo("OCR");
        assertThat(page.get("text").asText()).contains("Thửa đất số 125");
        assertThat(page.at("/measures/coverage").asDouble()).isGreaterThan(0.5);
        assertThat(page.at("/measures/meanWordConfidence").asDouble()).isGreaterThan(50);
        assertThat(page.at("/provenance/engine").asText()).isEqualTo("tesseract");
        assertThat(page.at("/provenance/engineVersion").asText()).isNotBlank();
        assertThat(page.at("/provenance/parameters").asText()).contains("psm=", "rules erased");
        assertThat(page.at("/provenance/modelSha256/vie").asText()).matches("[0-9a-f]{64}");

        byte[] pdf = http.getForObject("/api/documents/{id}/searchable-pdf", byte[].class, documentId);
        assertThat(textLayerOf(pdf)).contains(page.get("text").asText().split("\\s+"));
        ValidationResult validation = validatePdfA2b(pdf);
        assertThat(validation.isCompliant()).as(validation.getTestAssertions().toString()).isTrue();
        JsonNode produced = entries(history, "SearchablePdfProducedEvent").get(0).get("payload");
        assertThat(produced.get("conformance").asText()).isEqualTo("PDF/A-2b");
        assertThat(produced.at("/searchablePdf/sha256").asText()).isEqualTo(sha256(pdf));
        assertThat(produced.at("/hocr/key").asText()).endsWith("ocr.hocr");

        ResponseEntity<byte[]> image = http.getForEntity("/api/documents/{id}/pages/1/image", byte[].class, documentId);
        assertThat(image.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_JPEG);
        assertThat(ImageIO.read(new ByteArrayInputStream(image.getBody())).getWidth()).isGreaterThan(1000);
        assertProblem(http.getForEntity("/api/documents/{id}/pages/9/image", JsonNode.class, documentId), 404,
                "PAGE_IMAGE_NOT_FOUND");

        String otherDossier = receiveDossier("Lê Văn Quý");
        String duplicate = upload(otherDossier, "ban-sao.png", scan);
        JsonNode otherHistory = awaitHistory(otherDossier, types -> types.contains("DuplicateDetectedEvent"));
        assertThat(entries(otherHistory, "DuplicateDetectedEvent").get(0).at("/payload/originalDocumentId").asText())
                .isEqualTo(documentId);
        assertThat(entries(otherHistory, "PageTextRecognizedEvent")).isEmpty();
        assertProblem(http.getForEntity("/api/documents/{id}/searchable-pdf", JsonNode.class, duplicate), 404,
                "SEARCHABLE_PDF_NOT_FOUND");
        assertProblem(http.exchange("/api/documents/{id}/re-ocr", HttpMethod.POST,
                new HttpEntity<>(Map.of("reason", "mô hình mới"), actor("archivist.lan")), JsonNode.class, duplicate),
                409, "DOCUMENT_IS_DUPLICATE");
    }

    @Test
    void aBornDigitalPdfKeepsItsOwnTextWithoutOcr() throws Exception {
        String dossierId = receiveDossier("Hoàng Văn Minh");
        String documentId = upload(dossierId, "quyet-dinh.pdf", bornDigitalPdf(DECISION));
        JsonNode history = awaitHistory(dossierId, types -> types.contains("DigitizationCompletedEvent"));
        JsonNode page = entries(history, "PageTextRecognizedEvent").get(0).get("payload");
        assertThat(page.get("source").asText()).isEqualTo("TEXT_LAYER");
        assertThat(page.get("text").asText()).isEqualTo(DECISION);
        assertThat(page.at("/provenance/engine").asText()).isEqualTo("pdfbox");
        assertThat(entries(history, "SearchablePdfProducedEvent")).isEmpty();
        assertThat(documentId).isNotBlank();
    }

    @Test
    void aPoorPageIsQueuedAndItsCorrectionReplacesTheIndexedText() throws Exception {
        String dossierId = receiveDossier("Đặng Thị Hạnh");
        String documentId = upload(dossierId, "bien-ban.png", TestDocuments.png(stampedPage()));
        awaitHistory(dossierId, types -> types.contains("DigitizationCompletedEvent"));

        JsonNode queued = queuedPage(documentId);
        assertThat(queued).as("page of document %s in the review queue", documentId).isNotNull();
        assertThat(queued.get("quality").asDouble()).isLessThan(0.7);
        assertThat(queued.get("imageUrl").asText()).isEqualTo("/api/documents/" + documentId + "/pages/1/image");
        assertThat(queued.get("suggestedFixes").isArray()).isTrue();

        String corrected = "Biên bản kiểm tra hiện trạng thửa đất Khuổi Nặm";
        ResponseEntity<JsonNode> reviewed = http.exchange("/api/documents/{id}/pages/1/review", HttpMethod.POST,
                new HttpEntity<>(Map.of("text", corrected), actor("archivist.lan")), JsonNode.class, documentId);
        assertThat(reviewed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(queuedPage(documentId)).isNull();
        JsonNode hit = await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(500))
                .until(() -> http.getForObject("/api/search?q={q}", JsonNode.class, "khuoi nam"),
                        result -> result.get("total").asLong() > 0).get("hits").get(0);
        assertThat(hit.get("documentId").asText()).isEqualTo(documentId);
        JsonNode review = entries(history(dossierId), "PageReviewedEvent").get(0);
        assertThat(review.get("actor").asText()).isEqualTo("archivist.lan");
        assertThat(review.at("/payload/reviewedBy").asText()).isEqualTo("archivist.lan");

        assertProblem(http.exchange("/api/documents/{id}/pages/1/review", HttpMethod.POST,
                new HttpEntity<>(Map.of("text", " "), actor("archivist.lan")), JsonNode.class, documentId), 400,
                "INVALID_CORRECTED_TEXT");
        assertProblem(http.exchange("/api/documents/{id}/pages/7/review", HttpMethod.POST,
                new HttpEntity<>(Map.of("text", corrected), actor("archivist.lan")), JsonNode.class, documentId), 404,
                "PAGE_NOT_FOUND");
        assertProblem(http.exchange("/api/documents/{id}/pages/1/review", HttpMethod.POST,
                new HttpEntity<>(Map.of("text", corrected), actor("archivist.lan")), JsonNode.class, "no-such-document"),
                404, "DOCUMENT_NOT_FOUND");
    }

    @Test
    void aReOcrIsRecordedAndItsPagesSupersedeTheFirstReadingWhichStaysInTheHistory() {
        String dossierId = receiveDossier("Trịnh Văn Long");
        String documentId = upload(dossierId, "to-khai.png", scan(
                List.of("TỜ KHAI ĐĂNG KÝ ĐẤT ĐAI", "Người kê khai: Trịnh Văn Long")));
        awaitHistory(dossierId, types -> types.contains("DigitizationCompletedEvent"));

        ResponseEntity<JsonNode> accepted = http.exchange("/api/documents/{id}/re-ocr", HttpMethod.POST,
                new HttpEntity<>(Map.of("reason", "mô hình tiếng Việt mới", "languages", "vie"), actor("archivist.lan")),
                JsonNode.class, documentId);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode history = awaitHistory(dossierId, types -> types.stream()
                .filter("SearchablePdfProducedEvent"::equals).count() == 2
                && types.stream().filter("DigitizationCompletedEvent"::equals).count() == 2);
        JsonNode request = entries(history, "ReOcrRequestedEvent").get(0);
        assertThat(request.get("actor").asText()).isEqualTo("archivist.lan");
        assertThat(request.at("/payload/run").asInt()).isEqualTo(2);
        assertThat(request.at("/payload/modelSha256/vie").asText()).matches("[0-9a-f]{64}");
        List<JsonNode> pages = entries(history, "PageTextRecognizedEvent");
        assertThat(pages).extracting(page -> page.at("/payload/run").asInt()).containsExactly(1, 2);
        assertThat(pages.get(1).at("/payload/provenance/languages").asText()).isEqualTo("vie");
        assertThat(entries(history, "SearchablePdfProducedEvent").get(1).at("/payload/searchablePdf/key").asText())
                .contains("/run-2/");

        assertProblem(http.exchange("/api/documents/{id}/re-ocr", HttpMethod.POST,
                new HttpEntity<>(Map.of("reason", "thử", "languages", "klingon"), actor("archivist.lan")),
                JsonNode.class, documentId), 400, "UNKNOWN_OCR_LANGUAGE");
        assertProblem(http.exchange("/api/documents/{id}/re-ocr", HttpMethod.POST,
                new HttpEntity<>(Map.of("reason", "thử"), actor("archivist.lan")), JsonNode.class,
                "no-such-document"), 404, "DOCUMENT_NOT_FOUND");
    }

    private static byte[] scan(List<String> lines) {
        List<String> withRegister = new ArrayList<>(lines);
        withRegister.add(REGISTER_LINE);
        return TestDocuments.png(SamplePages.renderPage(withRegister));
    }

    @Test
    void theApplicationReadsAPageStoredAtRevisionOneAsRevisionTwo() {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("ScannedDocument", "doc-1", 3, "event-1",
                Instant.now(), PageTextRecognizedEvent.class.getName(), "1", """
                {"documentId":"doc-1","dossierId":"THANHOAI-251125-0001","pageNumber":2,"text":"ngày",
                 "meanWordConfidence":91.5,"wordCount":1,"durationMillis":800,"engine":"tesseract",
                 "engineVersion":"5.3.0","languages":"vie+eng","modelSha256":{"vie":"ab"}}"""
                .getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        Object page = EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(stored),
                axon.eventSerializer(), axon.upcasterChain()).next().getPayload();
        assertThat(page).isInstanceOfSatisfying(PageTextRecognizedEvent.class,
                event -> assertThat(event.run()).isEqualTo(1));
    }

    /** A few lines of text under a large black stamp: the words are read well, most of the ink is not text. */
    private static BufferedImage stampedPage() {
        BufferedImage page = SamplePages.renderPage(List.of("BIÊN BẢN KIỂM TRA HIỆN TRẠNG", "Thửa đất số 48",
                REGISTER_LINE));
        Graphics2D g = page.createGraphics();
        g.setColor(Color.BLACK);
        g.fillOval(300, 700, 1000, 1000);
        g.dispose();
        return page;
    }

    private static byte[] bornDigitalPdf(String line) throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream();
             InputStream font = DigitizationOutputsScenario.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(PDType0Font.load(pdf, font), 12);
                content.newLineAtOffset(72, 700);
                content.showText(line);
                content.endText();
            }
            pdf.save(out);
            return out.toByteArray();
        }
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static String textLayerOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static ValidationResult validatePdfA2b(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            return validator.validate(parser);
        }
    }

    private JsonNode queuedPage(String documentId) {
        for (JsonNode page : http.getForObject("/api/review-queue?size=100", JsonNode.class)) {
            if (page.get("documentId").asText().equals(documentId)) {
                return page;
            }
        }
        return null;
    }

    private String receiveDossier(String applicant) {
        ResponseEntity<JsonNode> receipt = http.exchange("/api/dossiers", HttpMethod.POST, new HttpEntity<>(Map.of(
                "procedureCode", "LAND-FIRST-CERT", "applicantName", applicant, "channel", "DIRECT"),
                actor("test.official")), JsonNode.class);
        assertThat(receipt.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return receipt.getBody().get("dossierId").asText();
    }

    private String upload(String dossierId, String name, byte[] content) {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        HttpHeaders headers = actor("test.official");
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<JsonNode> accepted = http.exchange("/api/dossiers/{id}/documents", HttpMethod.POST,
                new HttpEntity<>(form, headers), JsonNode.class, dossierId);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        return accepted.getBody().get(0).get("documentId").asText();
    }

    private JsonNode awaitHistory(String dossierId, Predicate<List<String>> reached) {
        return await().atMost(DIGITIZED_WITHIN).pollInterval(Duration.ofMillis(500))
                .until(() -> history(dossierId), history -> reached.test(types(history)));
    }

    private JsonNode history(String dossierId) {
        return http.getForObject("/api/dossiers/{id}/history", JsonNode.class, dossierId);
    }

    private static List<String> types(JsonNode history) {
        return StreamSupport.stream(history.spliterator(), false).map(entry -> entry.get("type").asText()).toList();
    }

    private static List<JsonNode> entries(JsonNode history, String type) {
        return StreamSupport.stream(history.spliterator(), false)
                .filter(entry -> entry.get("type").asText().equals(type)).toList();
    }

    private static HttpHeaders actor(String name) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Hoso-Actor", name);
        return headers;
    }

    private static void assertProblem(ResponseEntity<JsonNode> response, int status, String code) {
        assertThat(response.getStatusCode().value()).isEqualTo(status);
        assertThat(response.getBody().get("code").asText()).isEqualTo(code);
    }
}
