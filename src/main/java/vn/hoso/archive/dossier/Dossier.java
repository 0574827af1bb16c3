package vn.hoso.archive.dossier;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

@Aggregate
class Dossier {

    @AggregateIdentifier
    private DossierId dossierId;
    private final Set<String> attachedDocuments = new HashSet<>();

    Dossier() {
    }

    @CommandHandler
    Dossier(ReceiveDossierCommand command) {
        apply(new DossierReceivedEvent(command.dossierId(), command.procedureCode(), command.applicantName(),
                command.channel(), command.receivedAt()));
    }

    @CommandHandler
    void handle(AttachDocumentCommand command) {
        if (attachedDocuments.contains(command.documentId())) {
            return;
        }
        apply(new DocumentAttachedEvent(dossierId, command.documentId(), command.sha256(), command.originalName()));
    }

    @EventSourcingHandler
    void on(DossierReceivedEvent event) {
        dossierId = event.dossierId();
    }

    @EventSourcingHandler
    void on(DocumentAttachedEvent event) {
        attachedDocuments.add(event.documentId());
    }
}
