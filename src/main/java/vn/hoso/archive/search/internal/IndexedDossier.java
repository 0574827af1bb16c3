package vn.hoso.archive.search.internal;

import java.util.List;
import java.util.stream.Stream;

/**
 * A dossier as the indexer remembers it (in the dossiers index, not searched): its fields, the ids of its pages, so a
 * change reaches every page without a search or a script, and the copies of its documents detected as duplicates
 * elsewhere, so a change of one of its pages reaches the copies too.
 */
record IndexedDossier(String dossierId, DossierFields dossier, List<String> pageIds, List<Copy> copies) {

    /** A dossier remembered by an older mapping has no copies. */
    IndexedDossier {
        copies = copies == null ? List.of() : copies;
    }

    IndexedDossier(String dossierId, DossierFields dossier, List<String> pageIds) {
        this(dossierId, dossier, pageIds, List.of());
    }

    IndexedDossier with(DossierFields fields) {
        return new IndexedDossier(dossierId, fields, pageIds, copies);
    }

    IndexedDossier withPage(String pageId) {
        return pageIds.contains(pageId) ? this
                : new IndexedDossier(dossierId, dossier, Stream.concat(pageIds.stream(), Stream.of(pageId)).toList(), copies);
    }

    IndexedDossier withCopy(Copy copy) {
        return copies.contains(copy) ? this
                : new IndexedDossier(dossierId, dossier, pageIds, Stream.concat(copies.stream(), Stream.of(copy)).toList());
    }

    List<Copy> copiesOf(String documentId) {
        return copies.stream().filter(copy -> copy.documentId().equals(documentId)).toList();
    }

    List<String> pageIdsOf(String documentId) {
        return pageIds.stream().filter(pageId -> IndexedPage.isOf(pageId, documentId)).toList();
    }
}
