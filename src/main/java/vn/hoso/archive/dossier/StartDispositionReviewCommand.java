package vn.hoso.archive.dossier;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Puts an archived dossier under review for destruction once its retention period is over. {@code retentionYears}
 * is the period for the dossier's procedure ({@link RetentionPolicy}), {@code null} when it is kept permanently.
 */
public record StartDispositionReviewCommand(
        @TargetAggregateIdentifier DossierId dossierId,
        Integer retentionYears,
        String reason,
        Instant requestedAt) {
}
