package vn.hoso.archive.digitization;

/** Stable codes for why a document could not be digitized; translated in the UI's message bundles. */
public enum DigitizationFailure {
    EMPTY_FILE,
    UNSUPPORTED_MEDIA_TYPE,
    UNREADABLE_DOCUMENT,
    IMAGE_TOO_LARGE,
    /** A PDF that opens only with a password. */
    ENCRYPTED_DOCUMENT,
    /** A PDF carrying JavaScript: refused, never stripped, because the archive keeps originals byte for byte. */
    ACTIVE_CONTENT,
    OCR_FAILED
}
