package vn.hoso.archive.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import vn.hoso.archive.digitization.PageReviewedEvent;
import vn.hoso.archive.digitization.PageTextRecognizedEvent;
import vn.hoso.archive.dossier.DossierReceivedEvent;

/**
 * Projects dossier and page events into Elasticsearch. Writes are keyed by the record (dossier id; document id and
 * page number), so replaying the event stream rebuilds the same documents instead of duplicating them.
 */
@Component
@ProcessingGroup(SearchIndexer.PROCESSING_GROUP)
class SearchIndexer {

    static final String PROCESSING_GROUP = "search-index";

    private final ElasticsearchClient client;
    private final SearchIndexes indexes;

    SearchIndexer(ElasticsearchClient client, SearchIndexes indexes) {
        this.client = client;
        this.indexes = indexes;
    }

    @EventHandler
    void on(DossierReceivedEvent event) throws IOException {
        String name = VietnameseFolding.nfc(event.applicant().name());
        IndexedDossier dossier = new IndexedDossier(event.dossierId().value(), event.procedureCode(),
                event.channel().name(), event.receivedAt().toString(), name, VietnameseFolding.fold(name));
        client.index(index -> index.index(indexes.alias(SearchIndexes.DOSSIERS)).id(dossier.dossierId()).document(dossier));
    }

    @EventHandler
    void on(PageTextRecognizedEvent event) throws IOException {
        IndexedDossier dossier = client.get(get -> get.index(indexes.alias(SearchIndexes.DOSSIERS)).id(event.dossierId()),
                IndexedDossier.class).source();
        if (dossier == null) {
            throw new IllegalStateException("Dossier " + event.dossierId() + " is not indexed yet; page will be retried");
        }
        String text = VietnameseFolding.nfc(event.text());
        IndexedPage page = new IndexedPage(dossier.dossierId(), dossier.procedureCode(), dossier.channel(),
                dossier.receivedAt(), dossier.applicantName(), dossier.applicantNameFolded(), event.documentId(),
                event.pageNumber(), event.meanWordConfidence(), text, VietnameseFolding.fold(text));
        client.index(index -> index.index(indexes.alias(SearchIndexes.PAGES))
                .id(event.documentId() + "-" + event.pageNumber()).document(page));
    }

    /** An archivist's correction overwrites the page's recognized text. */
    @EventHandler
    void on(PageReviewedEvent event) throws IOException {
        String text = VietnameseFolding.nfc(event.correctedText());
        client.update(update -> update.index(indexes.alias(SearchIndexes.PAGES))
                .id(event.documentId() + "-" + event.pageNumber())
                .doc(Map.of("text", text, "textFolded", VietnameseFolding.fold(text))), IndexedPage.class);
    }

    record IndexedDossier(String dossierId, String procedureCode, String channel, String receivedAt,
                          String applicantName, String applicantNameFolded) {
    }

    record IndexedPage(String dossierId, String procedureCode, String channel, String receivedAt,
                       String applicantName, String applicantNameFolded, String documentId, int pageNumber,
                       double meanWordConfidence, String text, String textFolded) {
    }
}
