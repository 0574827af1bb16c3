package vn.hoso.archive.dossier;

import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** Answers from a dossier's own event stream, so with no projection lag: does it exist, what did its receipt say. */
@Component
public class DossierLookup {

    private final EventStore eventStore;

    DossierLookup(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public boolean exists(DossierId dossierId) {
        return eventStore.lastSequenceNumberFor(dossierId.value()).isPresent();
    }

    public Optional<DossierReceivedEvent> receiptOf(DossierId dossierId) {
        DomainEventStream stream = eventStore.readEvents(dossierId.value(), 0);
        return stream.hasNext() && stream.peek().getPayload() instanceof DossierReceivedEvent receipt
                ? Optional.of(receipt) : Optional.empty();
    }
}
