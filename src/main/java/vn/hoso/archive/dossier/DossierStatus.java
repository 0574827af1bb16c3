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
    ARCHIVED
}
