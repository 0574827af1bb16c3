package vn.hoso.archive.extraction.internal;

import vn.hoso.archive.extraction.SuggestionStatus;

/** A suggestion is confirmed or rejected once; this one already was. */
class SuggestionAlreadyDecidedException extends RuntimeException {

    private final transient SuggestionStatus status;

    SuggestionAlreadyDecidedException(int suggestionId, SuggestionStatus status) {
        super("Metadata suggestion " + suggestionId + " is already " + status);
        this.status = status;
    }

    SuggestionStatus status() {
        return status;
    }
}
