package vn.hoso.archive.readaudit;

import java.time.Instant;

/** One read: who ({@code actor}) read what ({@code kind} of {@code record}, with {@code detail}), when, from where. */
public record ReadEntry(
        long position,
        Instant readAt,
        String actor,
        String remoteAddress,
        ReadKind kind,
        String record,
        String detail,
        String previousHash,
        String entryHash) {
}
