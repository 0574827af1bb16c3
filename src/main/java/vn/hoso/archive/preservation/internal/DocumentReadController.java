package vn.hoso.archive.preservation.internal;

import java.io.IOException;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.hoso.archive.api.ApiProblem;
import vn.hoso.archive.storage.ObjectStore;

/** A document's original and the recognized text of its pages, for readers (each read lands in the read audit). */
@RestController
class DocumentReadController {

    private final RecordReader records;
    private final ObjectStore objects;

    DocumentReadController(RecordReader records, ObjectStore objects) {
        this.records = records;
        this.objects = objects;
    }

    @GetMapping("/api/documents/{documentId}/original")
    ResponseEntity<InputStreamResource> original(@PathVariable String documentId) throws IOException {
        DocumentRecord document = document(documentId);
        if (!objects.exists(document.originalKey())) {
            throw ApiProblem.notFound("ORIGINAL_NOT_FOUND", documentId);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.mediaType()))
                .contentLength(document.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(document.originalFileName()).build().toString())
                .body(new InputStreamResource(objects.get(document.originalKey())));
    }

    @GetMapping(path = "/api/documents/{documentId}/pages/{pageNumber}/text", produces = "text/plain;charset=UTF-8")
    String pageText(@PathVariable String documentId, @PathVariable int pageNumber) {
        String text = document(documentId).pageTexts().get(pageNumber);
        if (text == null) {
            throw ApiProblem.notFound("PAGE_NOT_FOUND", documentId, pageNumber);
        }
        return text;
    }

    private DocumentRecord document(String documentId) {
        return records.document(documentId).orElseThrow(() -> ApiProblem.notFound("DOCUMENT_NOT_FOUND", documentId));
    }
}
