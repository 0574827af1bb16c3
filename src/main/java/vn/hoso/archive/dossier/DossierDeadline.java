package vn.hoso.archive.dossier;

import java.time.Instant;

/** Payload of a scheduled deadline alarm: the due date it was set for, so an alarm outdated by a stopped or moved clock is recognised. */
record DossierDeadline(Instant dueAt) {
}
