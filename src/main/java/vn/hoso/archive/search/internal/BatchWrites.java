package vn.hoso.archive.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index writes of one batch of events as they apply one after the other, sent as one bulk request at the end.
 * Records are read from the index once per batch ({@link IndexReads}) and kept here with the batch's changes, so a
 * page indexed in the same batch as its dossier's receipt, and status changes that follow each other, see the latest
 * state.
 */
final class BatchWrites {

    private static final Logger log = LoggerFactory.getLogger(BatchWrites.class);

    private final ElasticsearchClient client;
    private final IndexReads reads;
    private final String dossiersIndex;
    private final String pagesIndex;
    private final String documentsIndex;
    private final Map<String, IndexedDossier> dossiers = new HashMap<>();
    private final Map<String, IndexedDocument> documents = new HashMap<>();
    private final Map<String, IndexedDocument> newDocuments = new LinkedHashMap<>();
    private final Map<String, IndexedDossier> changedDossiers = new LinkedHashMap<>();
    private final Map<String, IndexedPage> newPages = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> pageUpdates = new LinkedHashMap<>();
    private final Set<String> removedDossiers = new LinkedHashSet<>();
    private final Set<String> removedPages = new LinkedHashSet<>();

    BatchWrites(ElasticsearchClient client, IndexReads reads, String dossiersIndex, String pagesIndex,
                String documentsIndex) {
        this.client = client;
        this.reads = reads;
        this.dossiersIndex = dossiersIndex;
        this.pagesIndex = pagesIndex;
        this.documentsIndex = documentsIndex;
    }

    void putDossier(IndexedDossier dossier) {
        remember(dossier);
    }

    /**
     * Changes a dossier's fields here and on every page it has. A dossier's receipt comes before its other steps in
     * its own stream, so a step for a dossier the index has never seen belongs to a dossier never received (events
     * appended by hand, as the event store benchmark does): there is nothing to change.
     */
    void changeDossier(String dossierId, UnaryOperator<DossierFields> change) {
        IndexedDossier known = indexed(dossierId);
        if (known == null) {
            log.debug("Dossier {} was never received; its step changes nothing in the index", dossierId);
            return;
        }
        IndexedDossier changed = known.with(change.apply(known.dossier()));
        remember(changed);
        for (String pageId : changed.pageIds()) {
            IndexedPage page = newPages.get(pageId);
            if (page != null) {
                newPages.put(pageId, page.with(changed.dossier()));
            } else {
                pageUpdate(pageId).put("dossier", changed.dossier());
            }
        }
    }

    /**
     * Adds a page built from its dossier's current fields, and the same page to the copies of its document. A page
     * read again ({@code reread}: a later OCR run) keeps the metadata found on it before.
     */
    void putPage(String dossierId, boolean reread, Function<DossierFields, IndexedPage> page) {
        IndexedDossier dossier = dossier(dossierId);
        IndexedPage indexed = page.apply(dossier.dossier());
        IndexedPage earlier = reread ? page(indexed.pageId()) : newPages.get(indexed.pageId());
        if (earlier != null) {
            indexed = indexed.withMetadata(none -> earlier.metadata());
        }
        newPages.put(indexed.pageId(), indexed);
        pageUpdates.remove(indexed.pageId());
        remember(dossier.withPage(indexed.pageId()));
        copy(dossier, indexed);
    }

    /**
     * Changes a page of a document (or, with a null {@code pageNumber}, each page of it) and its copies, whether
     * indexed already or in this batch; pages the change leaves as they are (the same instance) are not written.
     */
    void changePages(String dossierId, String documentId, Integer pageNumber, UnaryOperator<IndexedPage> change) {
        IndexedDossier dossier = live(dossierId);
        if (dossier == null) {
            return;
        }
        List<String> pageIds = pageNumber == null ? dossier.pageIdsOf(documentId)
                : List.of(IndexedPage.idOf(documentId, pageNumber));
        for (String pageId : pageIds) {
            IndexedPage page = page(pageId);
            IndexedPage changed = page == null ? null : change.apply(page);
            if (changed != null && changed != page) {
                newPages.put(pageId, changed);
                copy(dossier, changed);
            }
        }
    }

    /** Remembers which dossier a document belongs to, so a duplicate of it found later can copy its pages. */
    void putDocument(String documentId, String dossierId) {
        IndexedDocument document = new IndexedDocument(documentId, dossierId);
        documents.put(documentId, document);
        newDocuments.put(documentId, document);
    }

    /**
     * Gives a duplicate document the pages of its original, now and whenever they change: the original's dossier
     * remembers the copy. An original whose dossier was destroyed has nothing left to copy.
     */
    void copyDocument(Copy copy) {
        IndexedDocument original = documents.computeIfAbsent(copy.documentId(), reads::indexedDocument);
        IndexedDossier dossier = original == null ? null : live(original.dossierId());
        if (dossier == null) {
            log.debug("Original {} of duplicate {} is not indexed; nothing to copy", copy.documentId(),
                    copy.copyDocumentId());
            return;
        }
        IndexedDossier withCopy = dossier.withCopy(copy);
        remember(withCopy);
        for (String pageId : withCopy.pageIdsOf(copy.documentId())) {
            IndexedPage page = page(pageId);
            if (page != null) {
                putCopy(page, copy);
            }
        }
    }

    private void copy(IndexedDossier dossier, IndexedPage page) {
        dossier.copiesOf(page.documentId()).forEach(copy -> putCopy(page, copy));
    }

    private void putCopy(IndexedPage page, Copy copy) {
        IndexedDossier target = live(copy.copyDossierId());
        if (target == null) {
            return;
        }
        IndexedPage copied = page.copiedTo(copy, target.dossier());
        newPages.put(copied.pageId(), copied);
        pageUpdates.remove(copied.pageId());
        remember(target.withPage(copied.pageId()));
    }

    /**
     * A page as it stands with this batch's changes; null when it is not indexed. A page read from the index takes
     * its pending dossier change along, so later changes in the batch apply on top of it.
     */
    private IndexedPage page(String pageId) {
        IndexedPage page = newPages.get(pageId);
        if (page != null || removedPages.contains(pageId)) {
            return page;
        }
        IndexedPage indexed = reads.indexedPage(pageId);
        Map<String, Object> pending = pageUpdates.remove(pageId);
        if (indexed != null && pending != null) {
            indexed = indexed.with((DossierFields) pending.get("dossier"));
            newPages.put(pageId, indexed);
        }
        return indexed;
    }

    /** A dossier the index holds and this batch has not destroyed. */
    private IndexedDossier live(String dossierId) {
        return removedDossiers.contains(dossierId) ? null : indexed(dossierId);
    }

    /** Takes a destroyed dossier and its pages out of the index: nothing of it may be found any more. */
    void removeDossier(String dossierId) {
        for (String pageId : dossier(dossierId).pageIds()) {
            newPages.remove(pageId);
            pageUpdates.remove(pageId);
            removedPages.add(pageId);
        }
        changedDossiers.remove(dossierId);
        dossiers.remove(dossierId);
        removedDossiers.add(dossierId);
    }

    private Map<String, Object> pageUpdate(String pageId) {
        return pageUpdates.computeIfAbsent(pageId, id -> new HashMap<>());
    }

    private void remember(IndexedDossier dossier) {
        dossiers.put(dossier.dossierId(), dossier);
        changedDossiers.put(dossier.dossierId(), dossier);
    }

    private IndexedDossier dossier(String dossierId) {
        IndexedDossier dossier = indexed(dossierId);
        if (dossier == null) {
            throw new IllegalStateException("Dossier " + dossierId + " is not indexed yet; the batch will be retried");
        }
        return dossier;
    }

    private IndexedDossier indexed(String dossierId) {
        return dossiers.computeIfAbsent(dossierId, reads::indexedDossier);
    }

    private int size() {
        return changedDossiers.size() + newPages.size() + pageUpdates.size() + removedDossiers.size()
                + removedPages.size() + newDocuments.size();
    }

    /**
     * Sends every write in one bulk request; any refused write fails the batch, which is then retried whole. Targets
     * must be aliases: a write never creates an index of its own when an alias is missing.
     */
    void send() {
        if (size() == 0) {
            return;
        }
        List<BulkOperation> operations = new ArrayList<>(size());
        changedDossiers.values().forEach(dossier -> operations.add(BulkOperation.of(op -> op.index(index -> index
                .index(dossiersIndex).id(dossier.dossierId()).document(dossier)))));
        newPages.values().forEach(page -> operations.add(BulkOperation.of(op -> op.index(index -> index
                .index(pagesIndex).id(page.pageId()).document(page)))));
        pageUpdates.forEach((pageId, fields) -> operations.add(BulkOperation.of(op -> op.update(update -> update
                .index(pagesIndex).id(pageId).action(action -> action.doc(fields))))));
        removedDossiers.forEach(dossierId -> operations.add(BulkOperation.of(op -> op.delete(delete -> delete
                .index(dossiersIndex).id(dossierId)))));
        removedPages.forEach(pageId -> operations.add(BulkOperation.of(op -> op.delete(delete -> delete
                .index(pagesIndex).id(pageId)))));
        newDocuments.values().forEach(document -> operations.add(BulkOperation.of(op -> op.index(index -> index
                .index(documentsIndex).id(document.documentId()).document(document)))));
        try {
            BulkResponse response = client.bulk(bulk -> bulk.requireAlias(true).operations(operations));
            if (response.errors()) {
                throw new IllegalStateException("Elasticsearch refused part of a bulk write: " + firstError(response));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Bulk write to Elasticsearch failed", e);
        }
    }

    private static String firstError(BulkResponse response) {
        return response.items().stream().filter(item -> item.error() != null).findFirst()
                .map(BatchWrites::describe).orElse("unknown");
    }

    private static String describe(BulkResponseItem item) {
        return item.id() + ": " + item.error().type() + " " + item.error().reason();
    }
}
