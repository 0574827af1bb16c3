package vn.hoso.archive.dossier;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A dossier was received; {@code dueAt} is counted on the working-day calendar from {@code processingWorkingDays}. */
@Revision("2")
public record DossierReceivedEvent(
        DossierId dossierId,
        String procedureCode,
        Applicant applicant,
        Channel channel,
        String assistedBy,
        List<String> submittedDocuments,
        int processingWorkingDays,
        Instant receivedAt,
        Instant dueAt,
        boolean dueDateProvisional) {
}
