package vn.hoso.archive.search.internal;

/** A search hit: one recognized page, with its dossier's fields. {@code pageId} is also the document's id. */
record IndexedPage(String pageId, String dossierId, DossierFields dossier, String documentId, int pageNumber,
                   double meanWordConfidence, String text, String textFolded) {

    static String idOf(String documentId, int pageNumber) {
        return documentId + "-" + pageNumber;
    }

    IndexedPage with(DossierFields fields) {
        return new IndexedPage(pageId, dossierId, fields, documentId, pageNumber, meanWordConfidence, text, textFolded);
    }

    IndexedPage withText(String correctedText, String correctedTextFolded) {
        return new IndexedPage(pageId, dossierId, dossier, documentId, pageNumber, meanWordConfidence, correctedText,
                correctedTextFolded);
    }
}
