package vn.hoso.archive.eventstore;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Chains every appended event ({@link EventChain}) in the transaction that stores it: after Axon's engine has written
 * the rows, one select reads them back by event identifier (with the chain hash of each stream's previous event) and
 * one batched insert writes their chain links. A rolled-back append leaves neither; a row inserted by hand has no
 * link. Snapshots are derived data and are not chained.
 */
class ChainingEventStorageEngine implements EventStorageEngine {

    /** Event identifiers per read-back query: far below any database's limit on statement parameters. */
    private static final int READ_BACK_CHUNK = 500;

    private final EventStorageEngine storage;
    private final TransactionManager transactions;
    private final JdbcTemplate jdbc;

    ChainingEventStorageEngine(EventStorageEngine storage, TransactionManager transactions, JdbcTemplate jdbc) {
        this.storage = storage;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        if (events.isEmpty()) {
            return;
        }
        transactions.executeInTransaction(() -> {
            storage.appendEvents(events);
            List<String> identifiers = events.stream().map(EventMessage::getIdentifier).toList();
            for (int from = 0; from < identifiers.size(); from += READ_BACK_CHUNK) {
                chain(identifiers.subList(from, Math.min(identifiers.size(), from + READ_BACK_CHUNK)));
            }
        });
    }

    private void chain(List<String> eventIdentifiers) {
        String sql = "select " + StoredEvent.COLUMNS + ", p.hash from domain_event_entry e left join event_chain p"
                + " on p.aggregate_identifier = e.aggregate_identifier and p.sequence_number = e.sequence_number - 1"
                + " where e.event_identifier in ("
                + String.join(", ", Collections.nCopies(eventIdentifiers.size(), "?")) + ") order by e.global_index";
        Map<String, ChainLink> latestInBatch = new HashMap<>();
        List<ChainLink> links = new ArrayList<>(eventIdentifiers.size());
        jdbc.query(sql, row -> {
            StoredEvent event = StoredEvent.read(row);
            ChainLink earlier = latestInBatch.get(event.aggregateIdentifier());
            byte[] previous = earlier != null && earlier.event().sequenceNumber() == event.sequenceNumber() - 1
                    ? earlier.hash() : row.getBytes(11);
            ChainLink link = new ChainLink(event, EventChain.hash(previous, event), previous);
            latestInBatch.put(event.aggregateIdentifier(), link);
            links.add(link);
        }, eventIdentifiers.toArray());
        jdbc.batchUpdate(EventChain.INSERT, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement insert, int i) throws SQLException {
                links.get(i).bind(insert);
            }

            @Override
            public int getBatchSize() {
                return links.size();
            }
        });
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        storage.storeSnapshot(snapshot);
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        return storage.readEvents(trackingToken, mayBlock);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier) {
        return storage.readEvents(aggregateIdentifier);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return storage.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return storage.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return storage.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return storage.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return storage.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return storage.createTokenAt(dateTime);
    }
}
