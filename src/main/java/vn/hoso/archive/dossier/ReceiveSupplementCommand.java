package vn.hoso.archive.dossier;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReceiveSupplementCommand(
        @TargetAggregateIdentifier DossierId dossierId,
        List<String> receivedDocuments,
        Instant receivedAt) {
}
