package vn.hoso.archive.dossier;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ends a review for destruction without destroying: the dossier is archived again and its approvals lapse. */
public record CancelDispositionReviewCommand(
        @TargetAggregateIdentifier DossierId dossierId,
        String reason) {
}
