package vn.hoso.archive.dossier;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** Answers whether a dossier exists, straight from its event stream (no projection lag). */
@Component
public class DossierLookup {

    private final EventStore eventStore;

    DossierLookup(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public boolean exists(DossierId dossierId) {
        return eventStore.lastSequenceNumberFor(dossierId.value()).isPresent();
    }
}
