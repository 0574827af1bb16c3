package vn.hoso.archive.audit;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/** A record's whole event stream from its first event: never from a snapshot, which would hide earlier events. */
final class RecordStreams {

    private final EventStore eventStore;

    RecordStreams(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    boolean exists(String recordId) {
        return eventStore.lastSequenceNumberFor(recordId).isPresent();
    }

    List<DomainEventMessage<?>> read(String recordId) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        eventStore.readEvents(recordId, 0).forEachRemaining(events::add);
        return events;
    }
}
