package vn.hoso.archive.dossier;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The tombstone: the dossier was destroyed by approved disposition. Its documents' originals are deleted from the
 * object store after this event is stored; the event streams, this event included, are kept.
 */
@Revision("1")
public record DossierDisposedEvent(
        DossierId dossierId,
        List<String> documentIds,
        List<String> approvedBy,
        Instant disposedAt) {
}
