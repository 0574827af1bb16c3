package vn.hoso.archive.readaudit;

/** What was read. */
public enum ReadKind {
    RECORD_OPENED,
    HISTORY_VIEWED,
    DOCUMENT_DOWNLOADED,
    PAGE_VIEWED,
    SEARCH_HIT_OPENED,
    EXPORT_DOWNLOADED
}
