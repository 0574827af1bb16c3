package vn.hoso.archive.audit;

import java.time.Instant;

/**
 * The whole archive was sealed: {@code root} is the SHA-256 (hex) over every event stream's chain head as of the
 * event with global index {@code upToGlobalIndex}.
 */
public record ArchiveAnchoredEvent(String anchorId, long upToGlobalIndex, int streams, long events, String root,
                                   Instant anchoredAt) {
}
