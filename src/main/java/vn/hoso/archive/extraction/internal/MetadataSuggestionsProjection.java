package vn.hoso.archive.extraction.internal;

import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.hoso.archive.digitization.DocumentRegisteredEvent;
import vn.hoso.archive.extraction.MetadataConfirmedEvent;
import vn.hoso.archive.extraction.MetadataRejectedEvent;
import vn.hoso.archive.extraction.MetadataSuggestedEvent;
import vn.hoso.archive.extraction.SuggestionStatus;

/** Projects documents and their metadata suggestions into {@code metadata_document} and {@code metadata_suggestion}. */
@Component
@ProcessingGroup(MetadataSuggestionsProjection.PROCESSING_GROUP)
class MetadataSuggestionsProjection {

    static final String PROCESSING_GROUP = "metadata-suggestions";

    private final JdbcClient jdbc;

    MetadataSuggestionsProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ResetHandler
    void clear() {
        jdbc.sql("DELETE FROM metadata_suggestion").update();
        jdbc.sql("DELETE FROM metadata_document").update();
    }

    @EventHandler
    void on(DocumentRegisteredEvent event) {
        jdbc.sql("""
                INSERT INTO metadata_document (document_id, dossier_id)
                SELECT ?, ? WHERE NOT EXISTS (SELECT 1 FROM metadata_document WHERE document_id = ?)""")
                .params(event.documentId(), event.dossierId(), event.documentId())
                .update();
    }

    @EventHandler
    void on(MetadataSuggestedEvent event) {
        jdbc.sql("DELETE FROM metadata_suggestion WHERE document_id = ? AND suggestion_id = ?")
                .params(event.documentId(), event.suggestionId()).update();
        jdbc.sql("""
                INSERT INTO metadata_suggestion (document_id, suggestion_id, dossier_id, kind, suggested_value,
                    page_number, start_offset, end_offset, snippet, extractor, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(event.documentId(), event.suggestionId(), event.dossierId(), event.kind().name(),
                        event.value(), event.pageNumber(), event.start(), event.end(), event.snippet(),
                        event.extractor(), SuggestionStatus.SUGGESTED.name())
                .update();
    }

    @EventHandler
    void on(MetadataConfirmedEvent event, EventMessage<?> message) {
        decide(event.documentId(), event.suggestionId(), SuggestionStatus.CONFIRMED, event.value(),
                event.confirmedBy(), message);
    }

    @EventHandler
    void on(MetadataRejectedEvent event, EventMessage<?> message) {
        decide(event.documentId(), event.suggestionId(), SuggestionStatus.REJECTED, null, event.rejectedBy(), message);
    }

    private void decide(String documentId, int suggestionId, SuggestionStatus status, String confirmedValue,
                        String decidedBy, EventMessage<?> message) {
        jdbc.sql("""
                UPDATE metadata_suggestion SET status = ?, confirmed_value = ?, decided_by = ?, decided_at = ?
                WHERE document_id = ? AND suggestion_id = ?""")
                .params(status.name(), confirmedValue, decidedBy, Timestamp.from(message.getTimestamp()), documentId,
                        suggestionId)
                .update();
    }
}
