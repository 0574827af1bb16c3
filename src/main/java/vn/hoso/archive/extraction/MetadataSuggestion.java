package vn.hoso.archive.extraction;

import java.time.Instant;

/**
 * A suggestion as it stands now. {@code value} is the confirmed value once confirmed (perhaps corrected), the
 * suggested one otherwise; {@code decidedBy} and {@code decidedAt} are null while it waits.
 */
public record MetadataSuggestion(
        String documentId,
        String dossierId,
        int suggestionId,
        MetadataKind kind,
        String value,
        String suggestedValue,
        int pageNumber,
        int start,
        int end,
        String snippet,
        String extractor,
        SuggestionStatus status,
        String decidedBy,
        Instant decidedAt) {
}
