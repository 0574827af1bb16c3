package vn.hoso.archive.dossier;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record LegalHoldReleasedEvent(
        DossierId dossierId,
        String reason,
        Instant releasedAt) {
}
