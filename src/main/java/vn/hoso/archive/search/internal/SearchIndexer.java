package vn.hoso.archive.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.hoso.archive.access.Sensitivity;
import vn.hoso.archive.digitization.DocumentRegisteredEvent;
import vn.hoso.archive.digitization.DuplicateDetectedEvent;
import vn.hoso.archive.digitization.PageReviewedEvent;
import vn.hoso.archive.digitization.PageTextRecognizedEvent;
import vn.hoso.archive.dossier.ArchiveRecordRegisteredEvent;
import vn.hoso.archive.dossier.DossierCorrectedEvent;
import vn.hoso.archive.dossier.DossierDisposedEvent;
import vn.hoso.archive.dossier.DossierReceivedEvent;
import vn.hoso.archive.dossier.DossierStatus;
import vn.hoso.archive.dossier.DossierStatusChange;
import vn.hoso.archive.eventstore.ProcessorBatch;
import vn.hoso.archive.extraction.MetadataConfirmedEvent;
import vn.hoso.archive.extraction.MetadataKind;
import vn.hoso.archive.extraction.MetadataRejectedEvent;
import vn.hoso.archive.extraction.MetadataSuggestedEvent;
import vn.hoso.archive.extraction.SuggestionStatus;

/**
 * Projects dossier and page events into Elasticsearch through the write aliases. The writes of a batch of events go
 * out as one bulk request when the batch commits ({@link IndexBatch}); they are keyed by the record (dossier id;
 * document id and page number), so a replay rebuilds the same documents instead of duplicating them. A dossier's
 * status change is written onto its pages too, so filters and access rules on pages see the dossier as it is now.
 */
@Component
@ProcessingGroup(SearchIndexer.PROCESSING_GROUP)
class SearchIndexer {

    static final String PROCESSING_GROUP = "search-index";

    private final ElasticsearchClient client;
    private final SearchIndexes indexes;
    private final ProcedureFields procedureFields;
    private final ZoneId officeZone;

    SearchIndexer(ElasticsearchClient client, SearchIndexes indexes, ProcedureFields procedureFields,
                  @Value("${hoso.office.zone}") ZoneId officeZone) {
        this.client = client;
        this.indexes = indexes;
        this.procedureFields = procedureFields;
        this.officeZone = officeZone;
    }

    @EventHandler
    void on(DossierReceivedEvent event) {
        write(batch -> batch.putDossier(new IndexedDossier(event.dossierId().value(), fieldsOf(event), List.of())));
    }

    @EventHandler
    void on(PageTextRecognizedEvent event) {
        String text = VietnameseFolding.nfc(event.text());
        String pageId = IndexedPage.idOf(event.documentId(), event.pageNumber());
        write(batch -> batch.putPage(event.dossierId(), pageId, event.run() > 1, dossier -> new IndexedPage(pageId,
                event.dossierId(), dossier, event.documentId(), event.pageNumber(), event.meanWordConfidence(), text,
                VietnameseFolding.fold(text))));
    }

    /** An archivist's correction replaces the page's recognized text. */
    @EventHandler
    void on(PageReviewedEvent event) {
        String text = VietnameseFolding.nfc(event.correctedText());
        write(batch -> batch.changePages(event.dossierId(), event.documentId(), event.pageNumber(),
                page -> page.withText(text, VietnameseFolding.fold(text))));
    }

    @EventHandler
    void on(DocumentRegisteredEvent event) {
        write(batch -> batch.putDocument(event.documentId(), event.dossierId()));
    }

    /** A duplicate is not recognized again: it is found by its original's pages, under its own dossier. */
    @EventHandler
    void on(DuplicateDetectedEvent event) {
        write(batch -> batch.copyDocument(new Copy(event.originalDocumentId(), event.documentId(), event.dossierId())));
    }

    @EventHandler
    void on(MetadataSuggestedEvent event) {
        write(batch -> batch.changePages(event.dossierId(), event.documentId(), event.pageNumber(),
                page -> page.withMetadata(metadata -> metadata.suggest(event.suggestionId(), event.kind(), event.value()))));
    }

    /** A confirmed value replaces the suggested one (a correction); a confirmed date also dates the dossier. */
    @EventHandler
    void on(MetadataConfirmedEvent event) {
        write(batch -> {
            batch.changePages(event.dossierId(), event.documentId(), null, page -> page.withMetadata(metadata ->
                    metadata.decide(event.suggestionId(), SuggestionStatus.CONFIRMED, event.value())));
            if (event.kind() == MetadataKind.DATE) {
                batch.changeDossier(event.dossierId(), fields -> fields.withDocumentDate(event.value()));
            }
        });
    }

    @EventHandler
    void on(MetadataRejectedEvent event) {
        write(batch -> batch.changePages(event.dossierId(), event.documentId(), null, page -> page.withMetadata(metadata ->
                metadata.decide(event.suggestionId(), SuggestionStatus.REJECTED, event.value()))));
    }

    /** A correction of the applicant's name, citizen id or village is what searches find from now on. */
    @EventHandler
    void on(DossierCorrectedEvent event) {
        write(batch -> batch.changeDossier(event.dossierId().value(),
                fields -> fields.corrected(event.field(), event.correctedValue())));
    }

    /** An archive record is archived and carries the box its paper file is kept in. */
    @EventHandler
    void on(ArchiveRecordRegisteredEvent event) {
        write(batch -> batch.changeDossier(event.dossierId().value(),
                fields -> fields.withStatus(DossierStatus.ARCHIVED).withArchiveBox(event.box())));
    }

    /** A dossier destroyed by approved disposition leaves the index with its pages. */
    @EventHandler
    void on(DossierDisposedEvent event) {
        write(batch -> batch.removeDossier(event.dossierId().value()));
    }

    /** Every other dossier step that moves the dossier to another state; other events change nothing here. */
    @EventHandler
    void on(Object event, DomainEventMessage<?> message) {
        DossierStatusChange.after(event).ifPresent(status ->
                write(batch -> batch.changeDossier(message.getAggregateIdentifier(), fields -> fields.withStatus(status))));
    }

    private DossierFields fieldsOf(DossierReceivedEvent event) {
        String field = procedureFields.fieldOf(event.procedureCode());
        String name = VietnameseFolding.nfc(event.applicant().name());
        return new DossierFields(event.procedureCode(), field, DossierStatus.RECEIVED.name(), event.channel().name(),
                event.applicant().village(), event.receivedAt().toString(), event.receivedAt().atZone(officeZone).getYear(),
                null, Sensitivity.ofProcedureField(field).name(), name, VietnameseFolding.fold(name),
                event.applicant().citizenId());
    }

    /** Adds to the index writes of the event processor's batch, sent when it commits, or at once outside one. */
    private void write(Consumer<IndexBatch> change) {
        ProcessorBatch.change(PROCESSING_GROUP, this::newBatch, change, IndexBatch::flush);
    }

    private IndexBatch newBatch() {
        return new IndexBatch(client, indexes.writeAlias(SearchIndexes.DOSSIERS), indexes.writeAlias(SearchIndexes.PAGES),
                indexes.writeAlias(SearchIndexes.DOCUMENTS));
    }
}
