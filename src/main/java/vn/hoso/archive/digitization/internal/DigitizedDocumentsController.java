package vn.hoso.archive.digitization.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.hoso.archive.access.Actor;
import vn.hoso.archive.access.CurrentActor;
import vn.hoso.archive.api.ApiProblem;
import vn.hoso.archive.digitization.DigitizationProperties;
import vn.hoso.archive.digitization.PageTextRecognizedEvent.UncertainWord;
import vn.hoso.archive.storage.ObjectKey;
import vn.hoso.archive.storage.ObjectStore;

/**
 * The outputs of the pipeline and the archivists' part in it: the searchable PDF and page images to download (a
 * search hit names a document and page, whose image is {@code /api/documents/{id}/pages/{n}/image}), the review
 * queue of pages under the quality threshold, a page's corrected text, and a re-OCR request.
 */
@RestController
class DigitizedDocumentsController {

    private static final int MAX_CORRECTED_TEXT = 100_000;
    private static final int MAX_REASON = 500;

    private final JdbcClient jdbc;
    private final ObjectStore store;
    private final CommandGateway commands;
    private final CurrentActor currentActor;
    private final OcrModels models;
    private final DigitizationProperties properties;
    private final ObjectMapper json;

    DigitizedDocumentsController(JdbcClient jdbc, ObjectStore store, CommandGateway commands, CurrentActor currentActor,
                                 OcrModels models, DigitizationProperties properties, ObjectMapper json) {
        this.jdbc = jdbc;
        this.store = store;
        this.commands = commands;
        this.currentActor = currentActor;
        this.models = models;
        this.properties = properties;
        this.json = json;
    }

    /** A page waiting for review, with what the reviewer needs to correct it. */
    record PageToReview(String documentId, String dossierId, int pageNumber, int run, double quality,
                        double meanConfidence, double coverage, String text, List<UncertainWord> suggestedFixes,
                        String imageUrl) {
    }

    record Review(String text) {
    }

    record ReOcrRequest(String reason, String languages) {
    }

    @GetMapping("/api/documents/{documentId}/searchable-pdf")
    ResponseEntity<InputStreamResource> searchablePdf(@PathVariable String documentId) throws IOException {
        String key = jdbc.sql("SELECT object_key FROM searchable_pdf WHERE document_id = ?").param(documentId)
                .query(String.class).optional()
                .orElseThrow(() -> ApiProblem.notFound("SEARCHABLE_PDF_NOT_FOUND", documentId));
        return download(key, MediaType.APPLICATION_PDF, documentId + ".pdf");
    }

    @GetMapping("/api/documents/{documentId}/pages/{pageNumber}/image")
    ResponseEntity<InputStreamResource> pageImage(@PathVariable String documentId, @PathVariable int pageNumber)
            throws IOException {
        String key = jdbc.sql("SELECT image_key FROM digitized_page WHERE document_id = ? AND page_number = ?")
                .params(documentId, pageNumber).query(String.class).optional()
                .orElseThrow(() -> ApiProblem.notFound("PAGE_IMAGE_NOT_FOUND", documentId, pageNumber));
        return download(key, MediaType.IMAGE_JPEG, documentId + "-" + pageNumber + ".jpg");
    }

    @GetMapping("/api/review-queue")
    List<PageToReview> reviewQueue(@RequestParam(name = "size", defaultValue = "20") int size) {
        if (size < 1 || size > 100) {
            throw ApiProblem.badRequest("INVALID_SIZE");
        }
        return jdbc.sql("""
                        SELECT document_id, dossier_id, page_number, run, quality, mean_confidence, coverage, text,
                            uncertain_words
                        FROM digitized_page WHERE needs_review ORDER BY quality, document_id, page_number
                        FETCH FIRST ? ROWS ONLY""")
                .param(size).query(this::pageToReview).list();
    }

    @PostMapping("/api/documents/{documentId}/pages/{pageNumber}/review")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void review(@PathVariable String documentId, @PathVariable int pageNumber, @RequestBody Review review,
                HttpServletRequest http) {
        if (review.text() == null || review.text().isBlank() || review.text().length() > MAX_CORRECTED_TEXT) {
            throw ApiProblem.badRequest("INVALID_CORRECTED_TEXT", MAX_CORRECTED_TEXT);
        }
        Actor reviewer = currentActor.of(http);
        send(documentId, new DocumentCommands.ReviewPage(documentId, pageNumber, review.text().strip(),
                reviewer.name()), reviewer);
    }

    @PostMapping("/api/documents/{documentId}/re-ocr")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void reOcr(@PathVariable String documentId, @RequestBody ReOcrRequest request, HttpServletRequest http) {
        if (request.reason() == null || request.reason().isBlank() || request.reason().length() > MAX_REASON) {
            throw ApiProblem.badRequest("RE_OCR_REASON_REQUIRED", MAX_REASON);
        }
        String languages = Optional.ofNullable(request.languages()).filter(l -> !l.isBlank())
                .orElse(properties.languages());
        Map<String, String> modelSha256;
        try {
            modelSha256 = models.sha256Of(languages);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("UNKNOWN_OCR_LANGUAGE", languages);
        }
        Actor requester = currentActor.of(http);
        send(documentId, new DocumentCommands.RequestReOcr(documentId, languages, modelSha256,
                request.reason().strip(), requester.name()), requester);
    }

    private void send(String documentId, Object command, Actor actor) {
        try {
            commands.sendAndWait(command, MetaData.with(Actor.METADATA_KEY, actor.name()));
        } catch (AggregateNotFoundException e) {
            throw ApiProblem.notFound("DOCUMENT_NOT_FOUND", documentId);
        }
    }

    private ResponseEntity<InputStreamResource> download(String key, MediaType type, String fileName) throws IOException {
        InputStream content = store.get(new ObjectKey(key));
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
                .body(new InputStreamResource(content));
    }

    private PageToReview pageToReview(ResultSet row, int rowNumber) throws SQLException {
        String documentId = row.getString("document_id");
        int pageNumber = row.getInt("page_number");
        return new PageToReview(documentId, row.getString("dossier_id"), pageNumber, row.getInt("run"),
                row.getDouble("quality"), row.getDouble("mean_confidence"), row.getDouble("coverage"),
                row.getString("text"), uncertainWords(row.getString("uncertain_words")),
                "/api/documents/" + documentId + "/pages/" + pageNumber + "/image");
    }

    private List<UncertainWord> uncertainWords(String stored) {
        try {
            return json.readValue(stored, new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
