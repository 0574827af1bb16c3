package vn.hoso.archive.dossier;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The dossier passed {@code dueAt} unresolved: resolving it now needs an apology slip first. */
@Revision("1")
public record DossierOverdueEvent(DossierId dossierId, Instant dueAt) {
}
