package vn.hoso.archive.extraction;

import org.axonframework.serialization.Revision;

/** An archivist rejected a suggestion: the value is not metadata of this document. */
@Revision("1")
public record MetadataRejectedEvent(
        String documentId,
        String dossierId,
        int suggestionId,
        MetadataKind kind,
        String value,
        String rejectedBy) {
}
