package vn.hoso.archive.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import vn.hoso.archive.access.Actor;
import vn.hoso.archive.dossier.DocumentAttachedEvent;
import vn.hoso.archive.dossier.DossierId;

/**
 * A dossier's history: its own event stream merged with the streams of the documents attached to it, in the order
 * the events were stored.
 */
@Component
public class RecordHistory {

    private final EventStore eventStore;

    RecordHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public record Entry(String stream, long sequence, Instant timestamp, String type, String actor, Object payload) {
    }

    public List<Entry> ofDossier(DossierId dossierId) {
        List<DomainEventMessage<?>> events = new ArrayList<>(read(dossierId.value()));
        events.stream()
                .map(DomainEventMessage::getPayload)
                .filter(DocumentAttachedEvent.class::isInstance)
                .map(payload -> ((DocumentAttachedEvent) payload).documentId())
                .distinct()
                .toList()
                .forEach(documentId -> events.addAll(read(documentId)));
        return events.stream()
                .sorted(Comparator.comparing(DomainEventMessage<?>::getTimestamp)
                        .thenComparing(DomainEventMessage::getAggregateIdentifier)
                        .thenComparingLong(DomainEventMessage::getSequenceNumber))
                .map(RecordHistory::toEntry)
                .toList();
    }

    private List<DomainEventMessage<?>> read(String aggregateIdentifier) {
        DomainEventStream stream = eventStore.readEvents(aggregateIdentifier, 0);
        List<DomainEventMessage<?>> events = new ArrayList<>();
        stream.forEachRemaining(events::add);
        return events;
    }

    private static Entry toEntry(DomainEventMessage<?> event) {
        return new Entry(event.getAggregateIdentifier(), event.getSequenceNumber(), event.getTimestamp(),
                event.getPayloadType().getSimpleName(), Actor.recordedIn(event.getMetaData()), event.getPayload());
    }
}
