package vn.hoso.archive.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hoso.archive.TestServers;

/**
 * Appends are chained from what the engine wrote, without reading it back, and each link equals what verification
 * recomputes from the stored row: whether the previous link came from the same append, from memory after a commit,
 * or from the database because another node (an engine with its own memory) appended in between; a rolled-back
 * append is never remembered as a stream's head. On PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("server")
class ChainedAppendsTest {

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestServers.registerServerStack(registry, "chained");
    }

    record NoteRecorded(String note) {
    }

    @Autowired
    EventStorageEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    TransactionManager transactionManager;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;
    @Autowired
    Serializer serializer;
    @Autowired
    PersistenceExceptionResolver exceptions;
    @Autowired
    ConnectionProvider connections;
    @Autowired
    org.axonframework.config.Configuration axon;
    @Autowired
    DataSource dataSource;

    @Test
    void linksFromOneAppendFromMemoryAndFromAnotherNodeMatchTheStoredRows() {
        String stream = stream();
        EventStorageEngine otherNode = new ChainingEventStorageEngine(
                EventStoreConfiguration.jdbcStorage(serializer, eventSerializer, exceptions, connections,
                        transactionManager, axon), eventSerializer, transactionManager, new JdbcTemplate(dataSource),
                new ChainHeads(10));

        append(engine, event(stream, 0, "received"), event(stream, 1, "assigned"));
        append(engine, event(stream, 2, "forwarded"));
        append(otherNode, event(stream, 3, "replied"));
        append(engine, event(stream, 4, "issued"));
        append(otherNode, event(stream, 5, "returned"));

        assertChainedAsStored(stream, 6);
    }

    @Test
    void anEventOutsideAnyStreamIsChainedAsItsOwnStream() {
        GenericEventMessage<NoteRecorded> event = new GenericEventMessage<>(new NoteRecorded("anchored"),
                MetaData.with("actor", "system:test"));
        append(engine, event);

        assertChainedAsStored(event.getIdentifier(), 1);
    }

    @Test
    void aRolledBackAppendIsNotRememberedAsTheStreamsHead() {
        String stream = stream();
        append(engine, event(stream, 0, "received"));
        transactions.executeWithoutResult(status -> {
            engine.appendEvents(List.of(event(stream, 1, "undone")));
            status.setRollbackOnly();
        });
        append(engine, event(stream, 1, "assigned"));
        append(engine, event(stream, 2, "forwarded"));

        assertChainedAsStored(stream, 3);
    }

    private void assertChainedAsStored(String stream, int events) {
        List<StoredEvent> rows = jdbc.query("select " + StoredEvent.COLUMNS + " from domain_event_entry e"
                + " where e.aggregate_identifier = ? order by e.sequence_number", (row, i) -> StoredEvent.read(row),
                stream);
        assertThat(rows).hasSize(events);
        byte[] previous = null;
        for (StoredEvent row : rows) {
            byte[] expected = EventChain.hash(previous, row);
            byte[] expectedPrevious = previous;
            assertThat(jdbc.queryForMap("select global_index, hash, previous_hash from event_chain"
                    + " where aggregate_identifier = ? and sequence_number = ?", stream, row.sequenceNumber()))
                    .satisfies(link -> {
                        assertThat(link.get("global_index")).isEqualTo(row.globalIndex());
                        assertThat((byte[]) link.get("hash")).isEqualTo(expected);
                        assertThat((byte[]) link.get("previous_hash")).isEqualTo(expectedPrevious);
                    });
            previous = expected;
        }
    }

    private void append(EventStorageEngine storage, org.axonframework.eventhandling.EventMessage<?>... events) {
        transactions.executeWithoutResult(status -> storage.appendEvents(List.of(events)));
    }

    private static GenericDomainEventMessage<NoteRecorded> event(String stream, long sequence, String note) {
        return new GenericDomainEventMessage<>("Note", stream, sequence, new NoteRecorded(note),
                MetaData.with("actor", "can.bo"));
    }

    private static String stream() {
        return "CHAINED-" + UUID.randomUUID();
    }
}
