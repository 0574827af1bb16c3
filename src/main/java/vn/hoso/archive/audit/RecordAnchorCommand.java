package vn.hoso.archive.audit;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Seal the archive with the root computed over every stream's chain head up to {@code upToGlobalIndex}. */
record RecordAnchorCommand(@TargetAggregateIdentifier String anchorId, long upToGlobalIndex, int streams, long events,
                           String root, Instant anchoredAt) {
}
