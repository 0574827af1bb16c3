package vn.hoso.archive.dossier;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A fixity check found an original of the dossier damaged ({@code MISMATCH}) or gone ({@code MISSING}). */
@Revision("1")
public record OriginalDamageDetectedEvent(
        DossierId dossierId,
        String documentId,
        String sha256,
        String problem,
        String observedSha256,
        Instant checkedAt) {
}
