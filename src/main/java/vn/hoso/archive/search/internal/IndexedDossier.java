package vn.hoso.archive.search.internal;

import java.util.List;
import java.util.stream.Stream;

/**
 * A dossier as the indexer remembers it (in the dossiers index, not searched): its fields and the ids of its pages, so a
 * change reaches every page without a search or a script.
 */
record IndexedDossier(String dossierId, DossierFields dossier, List<String> pageIds) {

    IndexedDossier with(DossierFields fields) {
        return new IndexedDossier(dossierId, fields, pageIds);
    }

    IndexedDossier withPage(String pageId) {
        return pageIds.contains(pageId) ? this
                : new IndexedDossier(dossierId, dossier, Stream.concat(pageIds.stream(), Stream.of(pageId)).toList());
    }
}
