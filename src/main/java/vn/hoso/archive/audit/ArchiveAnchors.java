package vn.hoso.archive.audit;

import java.time.Clock;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.hoso.archive.access.Actor;
import vn.hoso.archive.api.ApiProblem;

/**
 * Seals the whole archive: the root over every stream's chain head ({@link ArchiveRoot}) up to the latest chained
 * event, recorded as an {@link ArchiveAnchoredEvent} of its own stream ({@code ANCHOR-<global index>}). A copy of
 * the anchor kept outside the system later proves what the archive held then: {@code ./hoso verify} recomputes the
 * root from the event rows themselves.
 *
 * <p>The anchor covers the chained events up to the latest one no append still in flight can fall below
 * ({@link SettledEvents}).
 */
@Component
public class ArchiveAnchors {

    private static final Actor ANCHORING = new Actor("system:anchoring");

    private final JdbcClient jdbc;
    private final SettledEvents settled;
    private final CommandGateway commands;
    private final EventStore eventStore;
    private final Clock clock;

    ArchiveAnchors(JdbcClient jdbc, SettledEvents settled, CommandGateway commands, EventStore eventStore) {
        this.jdbc = jdbc;
        this.settled = settled;
        this.commands = commands;
        this.eventStore = eventStore;
        this.clock = Clock.systemUTC();
    }

    public ArchiveAnchoredEvent anchor() {
        long upTo = settled.latest().orElseThrow(() -> ApiProblem.conflict("NOTHING_TO_ANCHOR"));
        SortedMap<String, byte[]> heads = headsUpTo(upTo);
        long events = jdbc.sql("select count(*) from event_chain where global_index <= ?").param(upTo)
                .query(Long.class).single();
        RecordAnchorCommand command = new RecordAnchorCommand("ANCHOR-" + upTo, upTo, heads.size(), events,
                ArchiveRoot.of(heads), clock.instant());
        try {
            commands.sendAndWait(command, MetaData.with(Actor.METADATA_KEY, ANCHORING.name()));
        } catch (AggregateStreamCreationException | ConcurrencyException taken) {
            throw ApiProblem.conflict("ANCHOR_EXISTS", upTo);
        }
        return latest().orElseThrow();
    }

    /** The most recent anchor recorded in the store. */
    public Optional<ArchiveAnchoredEvent> latest() {
        return jdbc.sql("select aggregate_identifier from domain_event_entry where payload_type = ?"
                        + " order by global_index desc limit 1")
                .param(ArchiveAnchoredEvent.class.getName())
                .query(String.class).optional()
                .map(anchorId -> (ArchiveAnchoredEvent) eventStore.readEvents(anchorId, 0).next().getPayload());
    }

    private SortedMap<String, byte[]> headsUpTo(long upTo) {
        SortedMap<String, byte[]> heads = new TreeMap<>();
        jdbc.sql("select c.aggregate_identifier, c.hash from event_chain c join (select aggregate_identifier,"
                        + " max(sequence_number) as head from event_chain where global_index <= ?"
                        + " group by aggregate_identifier) h"
                        + " on h.aggregate_identifier = c.aggregate_identifier and h.head = c.sequence_number")
                .param(upTo)
                .query((RowCallbackHandler) row -> heads.put(row.getString(1), row.getBytes(2)));
        return heads;
    }
}
