package vn.hoso.archive.preservation.internal;

/**
 * A file written into a package: {@code path} is relative to its information package's folder, {@code group} is the
 * METS file group (e.g. {@code Representations/originals}), {@code documentId} the document it belongs to (the
 * dossier for a dossier's METS file), {@code page} is set for a page's text.
 */
record PackagedFile(String group, String path, String mediaType, long size, String sha256, String documentId,
                    Integer page) {

    /** Unique within a METS file: the owner (document or dossier), the kind of file and the page. */
    String metsId() {
        String kind = switch (group) {
            case MetsFiles.ORIGINALS -> "original";
            case MetsFiles.SEARCHABLE_PDF -> "pdf";
            case MetsFiles.TEXT -> "text";
            default -> "mets";
        };
        return kind + "-" + documentId + (page == null ? "" : "-p" + page);
    }
}
