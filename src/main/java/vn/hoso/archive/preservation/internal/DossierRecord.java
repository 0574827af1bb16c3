package vn.hoso.archive.preservation.internal;

import java.util.List;
import vn.hoso.archive.dossier.DossierReceivedEvent;

/** A dossier with its whole event stream and the documents attached to it. */
record DossierRecord(String dossierId, DossierReceivedEvent receipt, List<StoredEvent> events,
                     List<DocumentRecord> documents) {

    int pageCount() {
        return documents.stream().mapToInt(document -> document.pageTexts().size()).sum();
    }
}
