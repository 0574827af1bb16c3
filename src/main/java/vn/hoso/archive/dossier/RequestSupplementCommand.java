package vn.hoso.archive.dossier;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Asks the applicant for missing papers; the processing clock stops. */
public record RequestSupplementCommand(
        @TargetAggregateIdentifier DossierId dossierId,
        List<String> missingDocuments,
        String reason,
        Instant requestedAt) {
}
