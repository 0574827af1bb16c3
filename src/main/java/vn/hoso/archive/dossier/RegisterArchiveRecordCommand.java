package vn.hoso.archive.dossier;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers a historical paper record taken into the archive: a dossier received on its original date whose
 * processing ended before it entered the system. {@code originalDate} is the year or day as the box's list gives it.
 */
public record RegisterArchiveRecordCommand(
        @TargetAggregateIdentifier DossierId dossierId,
        String procedureCode,
        Applicant applicant,
        int processingWorkingDays,
        Instant receivedAt,
        String box,
        String folder,
        String item,
        String originalDate) {
}
