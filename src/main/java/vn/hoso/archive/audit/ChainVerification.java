package vn.hoso.archive.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hoso.archive.eventstore.StoredEvent;

/**
 * Checks the whole event store against its chain: every event row in global order, each stream's chain recomputed
 * from the rows and compared with the stored links, and the anchor's root recomputed from the rows alone. Reports
 * each break with the record (stream), the event's sequence number and global index, and what kind of break it is.
 */
@Component
public class ChainVerification {

    /** Every row of the event table beside the chain link at the same global index, and links whose row is gone. */
    private static final String ROWS_AND_LINKS = "select " + StoredEvent.COLUMNS + ", c.global_index,"
            + " c.aggregate_identifier, c.sequence_number, c.hash, c.previous_hash,"
            + " coalesce(e.global_index, c.global_index) as position"
            + " from domain_event_entry e left join event_chain c on c.global_index = e.global_index"
            + " union all select null, null, null, null, null, null, null, null, null, null, c.global_index,"
            + " c.aggregate_identifier, c.sequence_number, c.hash, c.previous_hash, c.global_index"
            + " from event_chain c where not exists"
            + " (select 1 from domain_event_entry e where e.global_index = c.global_index)"
            + " order by position";

    private static final int FETCH_SIZE = 2_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final ArchiveAnchors anchors;

    ChainVerification(DataSource dataSource, PlatformTransactionManager transactions, ArchiveAnchors anchors) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.anchors = anchors;
    }

    /** One break in the chain; {@code sequenceNumber} and {@code globalIndex} locate the event. */
    public record Finding(ChainBreak kind, String record, long sequenceNumber, long globalIndex, String detail) {
    }

    /** How the anchor compares: the root it recorded and the root recomputed from the event rows. */
    public record AnchorCheck(String anchorId, long upToGlobalIndex, String recordedRoot, String recomputedRoot,
                              boolean matches) {
    }

    public record Report(boolean intact, long events, long streams, List<Finding> findings, AnchorCheck anchor,
                         long millis) {
    }

    /** Verifies against the latest anchor recorded in the store. */
    public Report verify() {
        return verify(anchors.latest());
    }

    /** Verifies against {@code anchor}, e.g. a copy kept outside the system. */
    public Report verify(Optional<ArchiveAnchoredEvent> anchor) {
        Instant start = Instant.now();
        ChainWalk walk = new ChainWalk(anchor.orElse(null));
        readOnly.executeWithoutResult(status -> jdbc.query(ROWS_AND_LINKS, walk));
        List<Finding> findings = new ArrayList<>(walk.finish());
        AnchorCheck anchorCheck = walk.anchorCheck();
        return new Report(findings.isEmpty() && (anchorCheck == null || anchorCheck.matches()), walk.events(),
                walk.streams(), findings, anchorCheck, Duration.between(start, Instant.now()).toMillis());
    }
}
