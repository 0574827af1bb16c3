package vn.hoso.archive.eventstore;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Chains every appended event ({@link EventChain}) in the transaction that stores it. The rows Axon's engine writes
 * are hashed as they are written (the serialized payload and metadata the engine binds, the timestamp text it
 * stores), each after the previous link of its stream, which comes from this batch, from {@link ChainHeads} (links
 * committed by this application) or, on a miss, from one select. One batched insert then writes the links, taking
 * each event's global index from its row. A rolled-back append leaves neither; a row inserted by hand has no link.
 * Snapshots are derived data and are not chained.
 */
class ChainingEventStorageEngine implements EventStorageEngine {

    private static final String LINK = "insert into event_chain"
            + " (global_index, aggregate_identifier, sequence_number, hash, previous_hash)"
            + " select global_index, aggregate_identifier, sequence_number, ?, ? from domain_event_entry"
            + " where event_identifier = ?";
    private static final String PREVIOUS = "select hash from event_chain"
            + " where aggregate_identifier = ? and sequence_number = ?";
    /** Global indexes come from the row; the hash does not cover them. */
    private static final long GLOBAL_INDEX_OF_THE_ROW = -1;

    private final EventStorageEngine storage;
    private final Serializer eventSerializer;
    private final TransactionManager transactions;
    private final JdbcTemplate jdbc;
    private final ChainHeads heads;

    ChainingEventStorageEngine(EventStorageEngine storage, Serializer eventSerializer, TransactionManager transactions,
                               JdbcTemplate jdbc, ChainHeads heads) {
        this.storage = storage;
        this.eventSerializer = eventSerializer;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.heads = heads;
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        if (events.isEmpty()) {
            return;
        }
        transactions.executeInTransaction(() -> {
            storage.appendEvents(events);
            List<ChainLink> links = chain(events);
            insert(links);
            heads.remember(links);
        });
    }

    private List<ChainLink> chain(List<? extends EventMessage<?>> events) {
        Map<String, ChainLink> latestInBatch = new HashMap<>();
        List<ChainLink> links = new ArrayList<>(events.size());
        for (EventMessage<?> message : events) {
            StoredEvent event = asStored(message);
            byte[] previous = previousHash(event, latestInBatch.get(event.aggregateIdentifier()));
            ChainLink link = new ChainLink(event, EventChain.hash(previous, event), previous);
            latestInBatch.put(event.aggregateIdentifier(), link);
            links.add(link);
        }
        return links;
    }

    private byte[] previousHash(StoredEvent event, ChainLink earlierInBatch) {
        long previousSequence = event.sequenceNumber() - 1;
        if (previousSequence < 0) {
            return null;
        }
        if (earlierInBatch != null && earlierInBatch.event().sequenceNumber() == previousSequence) {
            return earlierInBatch.hash();
        }
        return heads.hashOf(event.aggregateIdentifier(), previousSequence).orElseGet(() -> jdbc.query(PREVIOUS,
                row -> row.next() ? row.getBytes(1) : null, event.aggregateIdentifier(), previousSequence));
    }

    /** The row Axon's engine writes for the message (its default statement): the same serialized bytes and text. */
    private StoredEvent asStored(EventMessage<?> message) {
        SerializedObject<byte[]> payload = message.serializePayload(eventSerializer, byte[].class);
        SerializedObject<byte[]> metaData = message.serializeMetaData(eventSerializer, byte[].class);
        String timestamp = DateTimeUtils.formatInstant(message.getTimestamp());
        if (message instanceof DomainEventMessage<?> event) {
            return new StoredEvent(GLOBAL_INDEX_OF_THE_ROW, event.getAggregateIdentifier(), event.getSequenceNumber(),
                    event.getType(), event.getIdentifier(), timestamp, payload.getType().getName(),
                    payload.getType().getRevision(), payload.getData(), metaData.getData());
        }
        return new StoredEvent(GLOBAL_INDEX_OF_THE_ROW, message.getIdentifier(), 0, null, message.getIdentifier(),
                timestamp, payload.getType().getName(), payload.getType().getRevision(), payload.getData(),
                metaData.getData());
    }

    private void insert(List<ChainLink> links) {
        int[] inserted = jdbc.batchUpdate(LINK, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement insert, int i) throws SQLException {
                ChainLink link = links.get(i);
                insert.setBytes(1, link.hash());
                insert.setBytes(2, link.previousHash());
                insert.setString(3, link.event().eventIdentifier());
            }

            @Override
            public int getBatchSize() {
                return links.size();
            }
        });
        for (int i = 0; i < inserted.length; i++) {
            if (inserted[i] == 0) {
                throw new IllegalStateException("no stored row to chain for event " + links.get(i).event().eventIdentifier());
            }
        }
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
