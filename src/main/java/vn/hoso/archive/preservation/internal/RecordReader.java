package vn.hoso.archive.preservation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import vn.hoso.archive.digitization.DocumentRegisteredEvent;
import vn.hoso.archive.digitization.PageReviewedEvent;
import vn.hoso.archive.digitization.PageTextRecognizedEvent;
import vn.hoso.archive.digitization.SearchablePdfProducedEvent;
import vn.hoso.archive.digitization.SearchablePdfProducedEvent.StoredDerivative;
import vn.hoso.archive.dossier.DocumentAttachedEvent;
import vn.hoso.archive.dossier.DossierReceivedEvent;

/** Reads records from their whole streams (from sequence 0, not from the latest snapshot). */
@Component
class RecordReader {

    private final EventStore eventStore;

    RecordReader(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    Optional<DossierRecord> dossier(String dossierId) {
        List<StoredEvent> events = events(dossierId);
        if (events.isEmpty() || !(events.get(0).payload() instanceof DossierReceivedEvent receipt)) {
            return Optional.empty();
        }
        List<DocumentRecord> documents = events.stream()
                .map(StoredEvent::payload)
                .filter(DocumentAttachedEvent.class::isInstance)
                .map(payload -> ((DocumentAttachedEvent) payload).documentId())
                .distinct()
                .map(this::document)
                .flatMap(Optional::stream)
                .toList();
        return Optional.of(new DossierRecord(dossierId, receipt, events, documents));
    }

    Optional<DocumentRecord> document(String documentId) {
        List<StoredEvent> events = events(documentId);
        if (events.isEmpty() || !(events.get(0).payload() instanceof DocumentRegisteredEvent registered)) {
            return Optional.empty();
        }
        TreeMap<Integer, String> pages = new TreeMap<>();
        StoredDerivative searchablePdf = null;
        List<String> derivativeKeys = new ArrayList<>();
        for (StoredEvent event : events) {
            if (event.payload() instanceof PageTextRecognizedEvent page) {
                pages.put(page.pageNumber(), page.text());
                Optional.ofNullable(page.pageImageKey()).ifPresent(derivativeKeys::add);
            } else if (event.payload() instanceof PageReviewedEvent review) {
                pages.put(review.pageNumber(), review.correctedText());
            } else if (event.payload() instanceof SearchablePdfProducedEvent derivatives) {
                searchablePdf = derivatives.searchablePdf();
                Stream.of(derivatives.searchablePdf(), derivatives.text(), derivatives.hocr())
                        .filter(Objects::nonNull).forEach(derivative -> derivativeKeys.add(derivative.key()));
            }
        }
        return Optional.of(new DocumentRecord(documentId, registered.dossierId(), registered.sha256(),
                registered.sizeBytes(), registered.mediaType(), registered.originalName(), pages,
                Optional.ofNullable(searchablePdf), derivativeKeys, events));
    }

    private List<StoredEvent> events(String aggregateIdentifier) {
        List<StoredEvent> events = new ArrayList<>();
        DomainEventStream stream = eventStore.readEvents(aggregateIdentifier, 0);
        stream.forEachRemaining(message -> events.add(StoredEvent.of(message)));
        return events;
    }
}
