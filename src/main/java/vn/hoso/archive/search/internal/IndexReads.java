package vn.hoso.archive.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.get.GetResult;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the changes of one batch read from the index: dossiers, pages and documents, each kind fetched in one real-time
 * multi-get (no refresh needed) before the changes apply, instead of one get per record. The changes say what they
 * will read as they are added; the pages of a whole document (a decision on a suggestion names no page) are known
 * once their dossier is read, so they are fetched in a second round. A record asked for and not announced (a
 * duplicate's target dossier) is read on its own.
 */
final class IndexReads {

    private final ElasticsearchClient client;
    private final String dossiersIndex;
    private final String pagesIndex;
    private final String documentsIndex;
    private final Set<String> dossierIds = new LinkedHashSet<>();
    private final Set<String> pageIds = new LinkedHashSet<>();
    private final Set<String> documentIds = new LinkedHashSet<>();
    private final Map<String, Set<String>> wholeDocuments = new LinkedHashMap<>();
    private final Map<String, IndexedDossier> dossiers = new HashMap<>();
    private final Map<String, IndexedPage> pages = new HashMap<>();
    private final Map<String, IndexedDocument> documents = new HashMap<>();

    IndexReads(ElasticsearchClient client, String dossiersIndex, String pagesIndex, String documentsIndex) {
        this.client = client;
        this.dossiersIndex = dossiersIndex;
        this.pagesIndex = pagesIndex;
        this.documentsIndex = documentsIndex;
    }

    void dossier(String dossierId) {
        dossierIds.add(dossierId);
    }

    void page(String pageId) {
        pageIds.add(pageId);
    }

    /** Every page of a document, as its dossier lists them. */
    void pagesOf(String dossierId, String documentId) {
        dossier(dossierId);
        wholeDocuments.computeIfAbsent(dossierId, id -> new LinkedHashSet<>()).add(documentId);
    }

    void document(String documentId) {
        documentIds.add(documentId);
    }

    /** Fetches everything announced: dossiers and documents, then pages, those of whole documents included. */
    void fetch() {
        fetch(dossiersIndex, dossierIds, IndexedDossier.class, dossiers);
        fetch(documentsIndex, documentIds, IndexedDocument.class, documents);
        wholeDocuments.forEach((dossierId, documentIds) -> {
            IndexedDossier dossier = dossiers.get(dossierId);
            if (dossier != null) {
                documentIds.forEach(documentId -> pageIds.addAll(dossier.pageIdsOf(documentId)));
            }
        });
        fetch(pagesIndex, pageIds, IndexedPage.class, pages);
    }

    /** The dossier as the index holds it; null when it does not. */
    IndexedDossier indexedDossier(String dossierId) {
        return read(dossiersIndex, dossierId, IndexedDossier.class, dossiers);
    }

    IndexedPage indexedPage(String pageId) {
        return read(pagesIndex, pageId, IndexedPage.class, pages);
    }

    IndexedDocument indexedDocument(String documentId) {
        return read(documentsIndex, documentId, IndexedDocument.class, documents);
    }

    private <T> T read(String index, String id, Class<T> type, Map<String, T> fetched) {
        if (!fetched.containsKey(id)) {
            fetch(index, List.of(id), type, fetched);
        }
        return fetched.get(id);
    }

    /** One real-time multi-get; records the index does not hold are remembered as null. */
    private <T> void fetch(String index, Collection<String> ids, Class<T> type, Map<String, T> into) {
        List<String> missing = ids.stream().filter(id -> !into.containsKey(id)).toList();
        if (missing.isEmpty()) {
            return;
        }
        try {
            for (MultiGetResponseItem<T> item : client.mget(get -> get.index(index).ids(missing), type).docs()) {
                if (item.isFailure()) {
                    throw new IllegalStateException("Reading " + item.failure().id() + " from index " + index
                            + " failed: " + item.failure().error().reason());
                }
                GetResult<T> result = item.result();
                into.put(result.id(), result.found() ? result.source() : null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + missing.size() + " records from index " + index + " failed", e);
        }
    }
}
