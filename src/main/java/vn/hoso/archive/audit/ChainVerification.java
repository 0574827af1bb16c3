package vn.hoso.archive.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
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

    private static final String EVENTS = "select " + StoredEvent.COLUMNS
            + " from domain_event_entry e order by e.global_index";
    private static final String LINKS = "select global_index, aggregate_identifier, sequence_number, hash,"
            + " previous_hash from event_chain order by global_index";

    private static final int FETCH_SIZE = 2_000;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final DataSource dataSource;
    private final TransactionTemplate readOnly;
    private final ArchiveAnchors anchors;
    private final MessageSource messages;

    ChainVerification(DataSource dataSource, PlatformTransactionManager transactions, ArchiveAnchors anchors,
                      MessageSource messages) {
        this.dataSource = dataSource;
        this.messages = messages;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.anchors = anchors;
    }

    /**
     * One break in the chain; {@code sequenceNumber} and {@code globalIndex} locate the event. {@code detailCode}
     * (stable, the bundles' {@code verification.<code>}) and its arguments say more; {@code detail} in words.
     */
    public record Finding(ChainBreak kind, String record, long sequenceNumber, long globalIndex, String detailCode,
                          List<Object> detailArguments, String detail) {

        static Finding of(ChainBreak kind, String record, long sequenceNumber, long globalIndex, String detailCode,
                          Object... arguments) {
            return new Finding(kind, record, sequenceNumber, globalIndex, detailCode, List.of(arguments), null);
        }

        private Finding described(MessageSource messages, Locale locale) {
            return new Finding(kind, record, sequenceNumber, globalIndex, detailCode, detailArguments,
                    messages.getMessage("verification." + detailCode, detailArguments.toArray(), locale));
        }
    }

    /** How the anchor compares: the root it recorded and the root recomputed from the event rows. */
    public record AnchorCheck(String anchorId, long upToGlobalIndex, String recordedRoot, String recomputedRoot,
                              boolean matches) {
    }

    public record Report(boolean intact, long events, long streams, List<Finding> findings, AnchorCheck anchor,
                         long millis) {
    }

    /** Verifies against the latest anchor recorded in the store; details in Vietnamese. */
    public Report verify() {
        return verify(anchors.latest(), VIETNAMESE);
    }

    /** Verifies against {@code anchor}, e.g. a copy kept outside the system; details in the given language. */
    public Report verify(Optional<ArchiveAnchoredEvent> anchor, Locale locale) {
        Instant start = Instant.now();
        ChainWalk walk = new ChainWalk(anchor.orElse(null));
        readOnly.executeWithoutResult(status -> walkInGlobalOrder(walk));
        List<Finding> findings = walk.finish().stream().map(finding -> finding.described(messages, locale)).toList();
        AnchorCheck anchorCheck = walk.anchorCheck();
        return new Report(findings.isEmpty() && (anchorCheck == null || anchorCheck.matches()), walk.events(),
                walk.streams(), findings, anchorCheck, Duration.between(start, Instant.now()).toMillis());
    }

    /**
     * Merges the event rows and the chain links by global index, each table read in its primary key's order by its
     * own cursor (fetched in blocks), so the database does no join and neither side is held in memory.
     */
    private void walkInGlobalOrder(ChainWalk walk) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (PreparedStatement eventQuery = connection.prepareStatement(EVENTS);
             PreparedStatement linkQuery = connection.prepareStatement(LINKS)) {
            eventQuery.setFetchSize(FETCH_SIZE);
            linkQuery.setFetchSize(FETCH_SIZE);
            try (ResultSet events = eventQuery.executeQuery(); ResultSet links = linkQuery.executeQuery()) {
                boolean moreEvents = events.next();
                boolean moreLinks = links.next();
                while (moreEvents || moreLinks) {
                    long eventIndex = moreEvents ? events.getLong(1) : Long.MAX_VALUE;
                    long linkIndex = moreLinks ? links.getLong(1) : Long.MAX_VALUE;
                    walk.visit(eventIndex <= linkIndex ? StoredEvent.read(events) : null,
                            linkIndex <= eventIndex ? ChainWalk.Link.read(links) : null);
                    moreEvents = eventIndex <= linkIndex ? events.next() : moreEvents;
                    moreLinks = linkIndex <= eventIndex ? links.next() : moreLinks;
                }
            }
        } catch (SQLException failed) {
            throw new DataAccessResourceFailureException("Could not read the event store for verification", failed);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
