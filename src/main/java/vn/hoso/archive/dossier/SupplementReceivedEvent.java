package vn.hoso.archive.dossier;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** The clock restarted: the remaining working days count again from the supplement's receipt. */
@Revision("1")
public record SupplementReceivedEvent(
        DossierId dossierId,
        List<String> receivedDocuments,
        Instant receivedAt,
        Instant dueAt,
        boolean dueDateProvisional) {
}
