package vn.hoso.archive.catalogue;

import java.time.Instant;
import java.util.List;

/** One revision of a procedure's rules: who recorded it, when, from which file, and what changed. */
public record ProcedureRevision(int revision, Instant recordedAt, String actor, String source,
                                List<String> changedFields, Procedure procedure) {
}
