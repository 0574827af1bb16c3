package vn.hoso.archive.dossier;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record DossierReceivedEvent(
        DossierId dossierId,
        String procedureCode,
        String applicantName,
        Channel channel,
        Instant receivedAt) {
}
