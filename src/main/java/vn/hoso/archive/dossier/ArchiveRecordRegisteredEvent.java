package vn.hoso.archive.dossier;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A dossier received just before is a historical record whose lifecycle ended on paper: it is archived from its
 * original date ({@code archivedAt}, where retention counts from), kept in {@code box}/{@code folder}/{@code item},
 * and its processing clock never ran in the system.
 */
@Revision("1")
public record ArchiveRecordRegisteredEvent(
        DossierId dossierId,
        String box,
        String folder,
        String item,
        String originalDate,
        Instant archivedAt) {
}
