package vn.hoso.archive.dossier;

import org.axonframework.serialization.Revision;

@Revision("1")
public record DocumentAttachedEvent(
        DossierId dossierId,
        String documentId,
        String sha256,
        String originalName) {
}
