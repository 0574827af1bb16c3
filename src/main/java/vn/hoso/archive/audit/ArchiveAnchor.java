package vn.hoso.archive.audit;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** One seal of the whole archive: created once by its anchoring, never changed. */
@Aggregate
class ArchiveAnchor {

    @AggregateIdentifier
    private String anchorId;

    ArchiveAnchor() {
    }

    @CommandHandler
    ArchiveAnchor(RecordAnchorCommand command) {
        apply(new ArchiveAnchoredEvent(command.anchorId(), command.upToGlobalIndex(), command.streams(),
                command.events(), command.root(), command.anchoredAt()));
    }

    @EventSourcingHandler
    void on(ArchiveAnchoredEvent event) {
        anchorId = event.anchorId();
    }
}
