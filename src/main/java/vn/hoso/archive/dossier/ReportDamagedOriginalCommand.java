package vn.hoso.archive.dossier;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records in the dossier's history that a fixity check found one of its originals damaged: {@code problem} is
 * {@code MISMATCH} (the stored bytes give {@code observedSha256}) or {@code MISSING}.
 */
public record ReportDamagedOriginalCommand(
        @TargetAggregateIdentifier DossierId dossierId,
        String documentId,
        String sha256,
        String problem,
        String observedSha256,
        Instant checkedAt) {
}
