package vn.hoso.archive.digitization;

import org.axonframework.serialization.Revision;

/** A scanned document was accepted: its original is in object storage under its SHA-256. */
@Revision("1")
public record DocumentRegisteredEvent(
        String documentId,
        String dossierId,
        String sha256,
        long sizeBytes,
        String mediaType,
        String originalName) {
}
