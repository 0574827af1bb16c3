package vn.hoso.archive.dossier;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Receives a dossier at the desk, online, by post, or assisted by a village's community digital team. */
public record ReceiveDossierCommand(
        @TargetAggregateIdentifier DossierId dossierId,
        String procedureCode,
        Applicant applicant,
        Channel channel,
        String assistedBy,
        List<String> submittedDocuments,
        int processingWorkingDays,
        Instant receivedAt) {
}
