package vn.hoso.archive.dossier;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ResultIssuedEvent(
        DossierId dossierId,
        String resultNumber,
        Instant issuedAt,
        boolean late) {
}
