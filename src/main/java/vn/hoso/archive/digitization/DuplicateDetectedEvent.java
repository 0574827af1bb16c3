package vn.hoso.archive.digitization;

import org.axonframework.serialization.Revision;

/** The document's original (same SHA-256) was digitized before as {@code originalDocumentId}: it is not OCR'd again. */
@Revision("1")
public record DuplicateDetectedEvent(String documentId, String dossierId, String sha256, String originalDocumentId) {
}
