package vn.hoso.archive.extraction;

/** Where a suggestion stands: waiting for an archivist, or decided once and for all. */
public enum SuggestionStatus {
    SUGGESTED, CONFIRMED, REJECTED
}
