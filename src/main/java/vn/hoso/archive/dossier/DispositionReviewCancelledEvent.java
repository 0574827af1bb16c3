package vn.hoso.archive.dossier;

import org.axonframework.serialization.Revision;

@Revision("1")
public record DispositionReviewCancelledEvent(
        DossierId dossierId,
        String reason) {
}
