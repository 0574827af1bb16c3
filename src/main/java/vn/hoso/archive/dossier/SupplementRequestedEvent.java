package vn.hoso.archive.dossier;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** The clock stopped with {@code remainingWorkingDays} left. */
@Revision("1")
public record SupplementRequestedEvent(
        DossierId dossierId,
        List<String> missingDocuments,
        String reason,
        Instant requestedAt,
        int remainingWorkingDays) {
}
