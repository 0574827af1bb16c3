package vn.hoso.archive.dossier;

/** Where a dossier stands in its lifecycle. */
public enum DossierStatus {
    RECEIVED,
    IN_PROGRESS,
    AT_VILLAGE,
    AWAITING_SUPPLEMENT,
    RESULT_ISSUED,
    RESULT_RETURNED,
    REJECTED,
    WITHDRAWN,
    ARCHIVED,
    /** Under review for destruction: its retention period is over, approvals are being collected. */
    UNDER_DISPOSITION_REVIEW,
    /** Destroyed by approved disposition: the originals are gone, the history stays. */
    DISPOSED
}
