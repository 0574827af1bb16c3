package vn.hoso.archive.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import vn.hoso.archive.TestDocuments;
import vn.hoso.archive.TestServers;
import vn.hoso.archive.demo.SamplePages;

/**
 * On the embedded default with real OCR: a scanned land certificate's recognized page becomes metadata suggestions,
 * an archivist's confirmation and rejection are recorded once, a reviewed page's corrected text is read too, and
 * replaying the extraction adds nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MetadataSuggestionsIntegrationTest {

    private static final Duration RECOGNIZED_WITHIN = Duration.ofMinutes(3);

    @Autowired
    TestRestTemplate http;
    @Autowired
    EventStore eventStore;
    @Autowired
    EventProcessingConfiguration eventProcessing;

    @DynamicPropertySource
    static void embedded(DynamicPropertyRegistry registry) throws IOException {
        TestServers.registerEmbedded(registry, "extraction");
    }

    @Test
    void aRecognizedPageIsSuggestedAndTheArchivistsDecisionsAreRecordedOnce() {
        String documentId = uploadCertificate(receiveDossier());
        JsonNode metadata = await().atMost(RECOGNIZED_WITHIN).pollInterval(Duration.ofSeconds(1))
                .until(() -> metadata(documentId).getBody(), body -> body != null && body.has("suggested")
                        && valuesOf(body.get("suggested")).contains("LAND_PARCEL=thửa 125, tờ 12"));
        assertThat(valuesOf(metadata.get("suggested"))).contains("DATE=2009-03-12", "PERSON_NAME=Nguyễn Văn An");
        int parcel = suggestionId(metadata, "LAND_PARCEL");
        int name = suggestionId(metadata, "PERSON_NAME");

        assertThat(decide(documentId, parcel, "confirmation", Map.of("value", "thửa 125")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertProblem(decide(documentId, parcel, "confirmation", Map.of()), 409, "SUGGESTION_ALREADY_DECIDED");
        assertProblem(decide(documentId, name, "confirmation", Map.of("value", "nguyễn")), 400, "INVALID_METADATA_VALUE");
        assertThat(decide(documentId, name, "rejection", Map.of()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertProblem(decide(documentId, name, "rejection", Map.of()), 409, "SUGGESTION_ALREADY_DECIDED");
        assertProblem(decide(documentId, 999, "confirmation", Map.of()), 404, "SUGGESTION_NOT_FOUND");
        assertProblem(decide("no-such-document", 1, "rejection", Map.of()), 404, "SUGGESTION_NOT_FOUND");
        assertProblem(metadata("no-such-document"), 404, "DOCUMENT_NOT_FOUND");

        JsonNode decided = await().atMost(Duration.ofMinutes(1)).until(() -> metadata(documentId).getBody(),
                body -> body.get("confirmed").size() == 1 && body.get("rejected").size() == 1);
        JsonNode confirmed = decided.get("confirmed").get(0);
        assertThat(confirmed.get("value").asText()).isEqualTo("thửa 125");
        assertThat(confirmed.get("suggestedValue").asText()).isEqualTo("thửa 125, tờ 12");
        assertThat(confirmed.get("decidedBy").asText()).isEqualTo("archivist.lan");
        assertThat(decided.get("rejected").get(0).get("kind").asText()).isEqualTo("PERSON_NAME");

        reviewFirstPage(documentId, "Cấp cho Ông Nguyễn Văn An, CCCD số: 001085012345");
        await().atMost(Duration.ofMinutes(1)).until(() -> valuesOf(metadata(documentId).getBody().get("suggested")),
                suggested -> suggested.contains("CITIZEN_ID=001085012345"));

        long eventsBeforeReplay = eventCount(documentId);
        replayExtraction();
        assertThat(eventCount(documentId)).isEqualTo(eventsBeforeReplay);
    }

    private void replayExtraction() {
        StreamingEventProcessor extraction = eventProcessing
                .eventProcessor("metadata-extraction", StreamingEventProcessor.class).orElseThrow();
        extraction.shutDown();
        extraction.resetTokens();
        extraction.start();
        await().atMost(Duration.ofMinutes(1)).pollDelay(Duration.ofSeconds(1))
                .until(() -> extraction.processingStatus().values().stream().allMatch(status -> status.isCaughtUp()));
    }

    private long eventCount(String documentId) {
        return eventStore.readEvents(MetadataIds.of(documentId), 0).asStream().count();
    }

    private String receiveDossier() {
        ResponseEntity<JsonNode> receipt = http.exchange("/api/dossiers", HttpMethod.POST, new HttpEntity<>(
                Map.of("procedureCode", "LAND-FIRST-CERT", "applicantName", "Nguyễn Văn An", "channel", "DIRECT"),
                jsonHeaders()), JsonNode.class);
        assertThat(receipt.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return receipt.getBody().get("dossierId").asText();
    }

    private String uploadCertificate(String dossierId) {
        byte[] page = TestDocuments.png(SamplePages.renderPage(List.of("GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT",
                "Cấp cho Ông Nguyễn Văn An", "Thửa đất số 125, tờ bản đồ số 12", "Hà Nội, ngày 12 tháng 3 năm 2009")));
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("file", new ByteArrayResource(page) {
            @Override
            public String getFilename() {
                return "giay-chung-nhan.png";
            }
        });
        HttpHeaders headers = actorHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<JsonNode> accepted = http.exchange("/api/dossiers/{id}/documents", HttpMethod.POST,
                new HttpEntity<>(form, headers), JsonNode.class, dossierId);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        return accepted.getBody().get(0).get("documentId").asText();
    }

    /** An archivist's correction that shows a value the recognized text did not have. */
    private void reviewFirstPage(String documentId, String correctedText) {
        ResponseEntity<JsonNode> reviewed = http.exchange("/api/documents/{id}/pages/1/review", HttpMethod.POST,
                new HttpEntity<>(Map.of("text", correctedText), jsonHeaders()), JsonNode.class, documentId);
        assertThat(reviewed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private ResponseEntity<JsonNode> metadata(String documentId) {
        return http.exchange("/api/documents/{id}/metadata", HttpMethod.GET, new HttpEntity<>(actorHeaders()),
                JsonNode.class, documentId);
    }

    private ResponseEntity<JsonNode> decide(String documentId, int suggestionId, String decision, Map<String, ?> body) {
        return http.exchange("/api/documents/{id}/metadata/{suggestion}/" + decision, HttpMethod.POST,
                new HttpEntity<>(body, jsonHeaders()), JsonNode.class, documentId, suggestionId);
    }

    private static List<String> valuesOf(JsonNode suggestions) {
        return StreamSupport.stream(suggestions.spliterator(), false)
                .map(suggestion -> suggestion.get("kind").asText() + "=" + suggestion.get("value").asText())
                .toList();
    }

    private static int suggestionId(JsonNode metadata, String kind) {
        for (JsonNode suggestion : metadata.get("suggested")) {
            if (suggestion.get("kind").asText().equals(kind)) {
                return suggestion.get("suggestionId").asInt();
            }
        }
        throw new AssertionError("No " + kind + " suggested in " + metadata);
    }

    private static void assertProblem(ResponseEntity<JsonNode> response, int status, String code) {
        assertThat(response.getStatusCode().value()).isEqualTo(status);
        assertThat(response.getBody().get("code").asText()).isEqualTo(code);
    }

    private static HttpHeaders jsonHeaders() {
        HttpHeaders headers = actorHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

    private static HttpHeaders actorHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Hoso-Actor", "archivist.lan");
        return headers;
    }
}
