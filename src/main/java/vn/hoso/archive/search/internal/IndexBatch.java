package vn.hoso.archive.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The index changes of one batch of events, kept in order until the batch commits. Each change announces what it will
 * read from the index, so at the commit everything the batch reads is fetched at once ({@link IndexReads}); then the
 * changes apply in order ({@link BatchWrites}) and their writes go out as one bulk request. A record this batch writes
 * before reading it is not fetched: the batch reads its own version.
 */
final class IndexBatch {

    private final ElasticsearchClient client;
    private final String dossiersIndex;
    private final String pagesIndex;
    private final String documentsIndex;
    private final IndexReads reads;
    private final List<Consumer<BatchWrites>> changes = new ArrayList<>();
    private final Set<String> received = new HashSet<>();
    private final Set<String> recognized = new HashSet<>();

    IndexBatch(ElasticsearchClient client, String dossiersIndex, String pagesIndex, String documentsIndex) {
        this.client = client;
        this.dossiersIndex = dossiersIndex;
        this.pagesIndex = pagesIndex;
        this.documentsIndex = documentsIndex;
        this.reads = new IndexReads(client, dossiersIndex, pagesIndex, documentsIndex);
    }

    void putDossier(IndexedDossier dossier) {
        received.add(dossier.dossierId());
        changes.add(writes -> writes.putDossier(dossier));
    }

    /** See {@link BatchWrites#changeDossier}. */
    void changeDossier(String dossierId, UnaryOperator<DossierFields> change) {
        readDossier(dossierId);
        changes.add(writes -> writes.changeDossier(dossierId, change));
    }

    /** See {@link BatchWrites#putPage}; a page read again keeps the metadata the index holds for it. */
    void putPage(String dossierId, String pageId, boolean reread, Function<DossierFields, IndexedPage> page) {
        readDossier(dossierId);
        if (reread) {
            readPage(pageId);
        }
        recognized.add(pageId);
        changes.add(writes -> writes.putPage(dossierId, reread, page));
    }

    /** See {@link BatchWrites#changePages}. */
    void changePages(String dossierId, String documentId, Integer pageNumber, UnaryOperator<IndexedPage> change) {
        readDossier(dossierId);
        if (pageNumber == null) {
            reads.pagesOf(dossierId, documentId);
        } else {
            readPage(IndexedPage.idOf(documentId, pageNumber));
        }
        changes.add(writes -> writes.changePages(dossierId, documentId, pageNumber, change));
    }

    void putDocument(String documentId, String dossierId) {
        changes.add(writes -> writes.putDocument(documentId, dossierId));
    }

    /** See {@link BatchWrites#copyDocument}. */
    void copyDocument(Copy copy) {
        reads.document(copy.documentId());
        changes.add(writes -> writes.copyDocument(copy));
    }

    /** See {@link BatchWrites#removeDossier}. */
    void removeDossier(String dossierId) {
        readDossier(dossierId);
        changes.add(writes -> writes.removeDossier(dossierId));
    }

    private void readDossier(String dossierId) {
        if (!received.contains(dossierId)) {
            reads.dossier(dossierId);
        }
    }

    private void readPage(String pageId) {
        if (!recognized.contains(pageId)) {
            reads.page(pageId);
        }
    }

    /** Fetches what the changes read, applies them in order and sends their writes; fails the batch on any error. */
    void flush() {
        if (changes.isEmpty()) {
            return;
        }
        reads.fetch();
        BatchWrites writes = new BatchWrites(client, reads, dossiersIndex, pagesIndex, documentsIndex);
        changes.forEach(change -> change.accept(writes));
        writes.send();
        changes.clear();
    }
}
