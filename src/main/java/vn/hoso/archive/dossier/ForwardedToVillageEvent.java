package vn.hoso.archive.dossier;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ForwardedToVillageEvent(
        DossierId dossierId,
        String village,
        String purpose) {
}
