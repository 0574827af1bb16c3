package vn.hoso.archive.digitization.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.hoso.archive.digitization.PageReviewedEvent;
import vn.hoso.archive.digitization.PageTextRecognizedEvent;
import vn.hoso.archive.digitization.SearchablePdfProducedEvent;

/**
 * Keeps {@code digitized_page} (each page's current text and quality; the review queue) and {@code searchable_pdf}
 * in step with the scanned documents' events, in the recording command's transaction (subscribing processor). A
 * page of a later run replaces the earlier one; a review replaces the text and takes the page off the queue.
 */
@Component
@ProcessingGroup(DigitizedPagesProjection.PROCESSING_GROUP)
class DigitizedPagesProjection {

    static final String PROCESSING_GROUP = "digitized-pages";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    DigitizedPagesProjection(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(PageTextRecognizedEvent event) {
        jdbc.sql("DELETE FROM digitized_page WHERE document_id = ? AND page_number = ?")
                .params(event.documentId(), event.pageNumber()).update();
        PageTextRecognizedEvent.Measures measures = event.measures();
        jdbc.sql("""
                        INSERT INTO digitized_page (document_id, page_number, dossier_id, run, image_key, text,
                            mean_confidence, coverage, quality, uncertain_words, needs_review)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(event.documentId(), event.pageNumber(), event.dossierId(), event.run(), event.pageImageKey(),
                        event.text(), measures.meanWordConfidence(), measures.coverage(), measures.quality(),
                        write(event.uncertainWords()), measures.needsReview())
                .update();
    }

    @EventHandler
    void on(PageReviewedEvent event) {
        jdbc.sql("""
                        UPDATE digitized_page SET text = ?, needs_review = FALSE, reviewed_by = ?
                        WHERE document_id = ? AND page_number = ?""")
                .params(event.correctedText(), event.reviewedBy(), event.documentId(), event.pageNumber())
                .update();
    }

    @EventHandler
    void on(SearchablePdfProducedEvent event) {
        jdbc.sql("DELETE FROM searchable_pdf WHERE document_id = ?").param(event.documentId()).update();
        jdbc.sql("INSERT INTO searchable_pdf (document_id, run, object_key, sha256) VALUES (?, ?, ?, ?)")
                .params(event.documentId(), event.run(), event.searchablePdf().key(), event.searchablePdf().sha256())
                .update();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
