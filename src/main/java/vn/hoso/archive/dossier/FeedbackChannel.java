package vn.hoso.archive.dossier;

/** Where a citizen's rating of the service came from. */
public enum FeedbackChannel {
    /** The QR code at the reception counter or on the receipt. */
    COUNTER_QR,
    /** The national or city public-service portal (iHanoi). */
    PORTAL,
    /** The hotline, entered by an official. */
    HOTLINE
}
