package vn.hoso.archive.dossier;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The dossier's deadline alarm: little working time is left before {@code dueAt}. */
@Revision("1")
public record DossierDueSoonEvent(DossierId dossierId, Instant dueAt) {
}
