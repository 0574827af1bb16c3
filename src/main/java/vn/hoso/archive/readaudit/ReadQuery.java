package vn.hoso.archive.readaudit;

import java.time.Instant;

/** Filters of the read audit; any may be {@code null}. {@code from} is inclusive, {@code to} exclusive. */
public record ReadQuery(String actor, String record, Instant from, Instant to, int limit) {
}
