package vn.hoso.archive.dossier;

import org.axonframework.serialization.Revision;

@Revision("1")
public record DossierAssignedEvent(
        DossierId dossierId,
        String official,
        String department) {
}
