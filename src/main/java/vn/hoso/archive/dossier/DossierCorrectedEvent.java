package vn.hoso.archive.dossier;

import org.axonframework.serialization.Revision;

@Revision("1")
public record DossierCorrectedEvent(
        DossierId dossierId,
        String field,
        String correctedValue,
        String reason,
        String referencesResult) {
}
