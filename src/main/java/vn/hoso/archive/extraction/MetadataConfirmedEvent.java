package vn.hoso.archive.extraction;

import org.axonframework.serialization.Revision;

/**
 * An archivist confirmed a suggestion. {@code value} is what holds now: the suggested value, or the archivist's
 * correction of it, in which case {@code corrected} is true and {@code suggestedValue} keeps what was found.
 */
@Revision("1")
public record MetadataConfirmedEvent(
        String documentId,
        String dossierId,
        int suggestionId,
        MetadataKind kind,
        String value,
        String suggestedValue,
        boolean corrected,
        String confirmedBy) {
}
