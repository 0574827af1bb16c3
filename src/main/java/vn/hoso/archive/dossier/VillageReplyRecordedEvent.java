package vn.hoso.archive.dossier;

import org.axonframework.serialization.Revision;

@Revision("1")
public record VillageReplyRecordedEvent(
        DossierId dossierId,
        String village,
        boolean confirmed,
        String note) {
}
