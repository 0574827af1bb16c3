package vn.hoso.archive.dossier;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ApologyIssuedEvent(
        DossierId dossierId,
        Instant newAppointmentAt,
        String reason,
        Instant issuedAt) {
}
