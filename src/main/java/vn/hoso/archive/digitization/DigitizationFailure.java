package vn.hoso.archive.digitization;

/** Stable codes for why a document could not be digitized; translated in the UI's message bundles. */
public enum DigitizationFailure {
    EMPTY_FILE(false),
    UNSUPPORTED_MEDIA_TYPE(false),
    UNREADABLE_DOCUMENT(false),
    IMAGE_TOO_LARGE(false),
    /** A PDF that opens only with a password. */
    ENCRYPTED_DOCUMENT(false),
    /** A PDF carrying JavaScript: refused, never stripped, because the archive keeps originals byte for byte. */
    ACTIVE_CONTENT(false),
    /** The engine failed on a readable page: another try, or another model, may succeed. */
    OCR_FAILED(true);

    private final boolean retriable;

    DigitizationFailure(boolean retriable) {
        this.retriable = retriable;
    }

    public boolean retriable() {
        return retriable;
    }
}
