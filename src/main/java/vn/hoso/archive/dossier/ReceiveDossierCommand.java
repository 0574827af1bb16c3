package vn.hoso.archive.dossier;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReceiveDossierCommand(
        @TargetAggregateIdentifier DossierId dossierId,
        String procedureCode,
        String applicantName,
        Channel channel,
        Instant receivedAt) {
}
