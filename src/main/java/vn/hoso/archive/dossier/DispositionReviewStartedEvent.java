package vn.hoso.archive.dossier;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The dossier is under review for destruction: its retention period ended at {@code retentionEndedAt}. */
@Revision("1")
public record DispositionReviewStartedEvent(
        DossierId dossierId,
        int retentionYears,
        Instant retentionEndedAt,
        String reason,
        Instant requestedAt) {
}
