package vn.hoso.archive.dossier;

import org.axonframework.serialization.Revision;

@Revision("1")
public record DispositionApprovedEvent(
        DossierId dossierId,
        String official) {
}
