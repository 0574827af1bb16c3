package vn.hoso.archive.search.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import vn.hoso.archive.digitization.DuplicateDetectedEvent;
import vn.hoso.archive.digitization.PageReviewedEvent;
import vn.hoso.archive.digitization.PageTextRecognizedEvent;
import vn.hoso.archive.dossier.DossierCorrectedEvent;
import vn.hoso.archive.dossier.DossierDisposedEvent;
import vn.hoso.archive.dossier.DossierReceivedEvent;
import vn.hoso.archive.dossier.DossierStatus;
import vn.hoso.archive.dossier.DossierStatusChange;
import vn.hoso.archive.extraction.MetadataConfirmedEvent;
import vn.hoso.archive.extraction.MetadataRejectedEvent;
import vn.hoso.archive.extraction.MetadataSuggestedEvent;
import vn.hoso.archive.extraction.SuggestionStatus;

/**
 * What the search index should hold after the events it is given in order, as {@link SearchIndexer} applies them,
 * for the drift check: each dossier (state, applicant's name and citizen id, corrections applied) and each page (its
 * dossier's state and applicant, its latest text, its metadata); a duplicate document's pages are its original's.
 */
final class ExpectedIndex {

    /** A page as the event store has it. */
    private record SourcePage(String dossierId, String documentId, int pageNumber, String text, PageMetadata metadata) {

        SourcePage withText(String newText) {
            return new SourcePage(dossierId, documentId, pageNumber, newText, metadata);
        }

        SourcePage withMetadata(PageMetadata newMetadata) {
            return new SourcePage(dossierId, documentId, pageNumber, text, newMetadata);
        }
    }

    private final Map<String, DossierFields> dossiers = new HashMap<>();
    private final Map<String, SourcePage> pages = new HashMap<>();
    private final Map<String, Set<String>> pagesOfDocument = new HashMap<>();
    private final List<Copy> copies = new ArrayList<>();

    /** How a dossier's searchable state is compared: the same line from the event store and from the index. */
    static String dossierLine(String status, String applicantName, String citizenId) {
        return status + "|" + applicantName + "|" + citizenId;
    }

    void follow(EventMessage<?> message) {
        Object event = message.getPayload();
        if (event instanceof PageTextRecognizedEvent page) {
            String pageId = IndexedPage.idOf(page.documentId(), page.pageNumber());
            SourcePage earlier = pages.get(pageId);
            pages.put(pageId, new SourcePage(page.dossierId(), page.documentId(), page.pageNumber(), page.text(),
                    earlier == null ? PageMetadata.NONE : earlier.metadata()));
            pagesOfDocument.computeIfAbsent(page.documentId(), id -> new LinkedHashSet<>()).add(pageId);
        } else if (event instanceof PageReviewedEvent review) {
            pages.computeIfPresent(IndexedPage.idOf(review.documentId(), review.pageNumber()),
                    (id, page) -> page.withText(review.correctedText()));
        } else if (event instanceof MetadataSuggestedEvent suggested) {
            pages.computeIfPresent(IndexedPage.idOf(suggested.documentId(), suggested.pageNumber()), (id, page) ->
                    page.withMetadata(page.metadata().suggest(suggested.suggestionId(), suggested.kind(), suggested.value())));
        } else if (event instanceof MetadataConfirmedEvent confirmed) {
            decide(confirmed.documentId(), confirmed.suggestionId(), SuggestionStatus.CONFIRMED, confirmed.value());
        } else if (event instanceof MetadataRejectedEvent rejected) {
            decide(rejected.documentId(), rejected.suggestionId(), SuggestionStatus.REJECTED, rejected.value());
        } else if (event instanceof DuplicateDetectedEvent duplicate) {
            copies.add(new Copy(duplicate.originalDocumentId(), duplicate.documentId(), duplicate.dossierId()));
        } else if (event instanceof DossierReceivedEvent receipt) {
            String name = VietnameseFolding.nfc(receipt.applicant().name());
            dossiers.put(receipt.dossierId().value(), new DossierFields(null, null, DossierStatus.RECEIVED.name(), null,
                    receipt.applicant().village(), null, 0, null, null, name, VietnameseFolding.fold(name),
                    receipt.applicant().citizenId()));
        } else if (event instanceof DossierCorrectedEvent correction) {
            dossiers.computeIfPresent(correction.dossierId().value(),
                    (id, fields) -> fields.corrected(correction.field(), correction.correctedValue()));
        } else if (event instanceof DossierDisposedEvent disposal) {
            dispose(disposal.dossierId().value());
        } else if (message instanceof DomainEventMessage<?> domain && dossiers.containsKey(domain.getAggregateIdentifier())) {
            DossierStatusChange.after(event).ifPresent(status ->
                    dossiers.computeIfPresent(domain.getAggregateIdentifier(), (id, fields) -> fields.withStatus(status)));
        }
    }

    private void decide(String documentId, int suggestionId, SuggestionStatus status, String value) {
        pagesOfDocument.getOrDefault(documentId, Set.of()).forEach(pageId -> pages.computeIfPresent(pageId,
                (id, page) -> page.withMetadata(page.metadata().decide(suggestionId, status, value))));
    }

    /** The dossier and its pages go; copies of its documents made before stay with their own dossiers. */
    private void dispose(String dossierId) {
        copies.stream().filter(copy -> pages.values().stream().anyMatch(page -> page.dossierId().equals(dossierId)
                && page.documentId().equals(copy.documentId()))).toList().forEach(this::materialize);
        copies.removeIf(copy -> copy.copyDossierId().equals(dossierId));
        dossiers.remove(dossierId);
        pages.values().removeIf(page -> page.dossierId().equals(dossierId));
    }

    /** The original's pages as they are now, under the copy's document and dossier; a copy made is not kept up. */
    private void materialize(Copy copy) {
        copies.remove(copy);
        if (!dossiers.containsKey(copy.copyDossierId())) {
            return;
        }
        for (String pageId : pagesOfDocument.getOrDefault(copy.documentId(), Set.of())) {
            SourcePage page = pages.get(pageId);
            if (page != null) {
                String copyId = IndexedPage.idOf(copy.copyDocumentId(), page.pageNumber());
                pages.put(copyId, new SourcePage(copy.copyDossierId(), copy.copyDocumentId(), page.pageNumber(),
                        page.text(), page.metadata()));
                pagesOfDocument.computeIfAbsent(copy.copyDocumentId(), id -> new LinkedHashSet<>()).add(copyId);
            }
        }
    }

    /** Record key (kind:id) → the content the index should hold for it. */
    Map<String, String> records() {
        List.copyOf(copies).forEach(this::materialize);
        Map<String, String> expected = new HashMap<>();
        dossiers.forEach((id, fields) -> expected.put("dossier:" + id, "dossier:" + id + "|" + line(fields)));
        pages.forEach((id, page) -> {
            DossierFields dossier = dossiers.get(page.dossierId());
            expected.put("page:" + id, "page:" + id + "|" + (dossier == null ? "null|null|null" : line(dossier))
                    + "|" + VietnameseFolding.nfc(page.text()) + "|" + page.metadata().describe());
        });
        return expected;
    }

    private static String line(DossierFields fields) {
        return dossierLine(fields.status(), fields.applicantName(), fields.citizenId());
    }
}
