package vn.hoso.archive.catalogue;

import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A procedure's rules changed: from now on dossiers follow {@code procedure}. {@code changedFields} names what
 * differs from the previous revision; dossiers received earlier keep the rules recorded on their receipt.
 */
@Revision("1")
public record ProcedureRevisedEvent(Procedure procedure, int revision, List<String> changedFields, String source) {
}
