package vn.hoso.archive.portal.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.hoso.archive.dossier.DossierStatusChange;
import vn.hoso.archive.eventstore.ProcessorBatch;

/**
 * Appends every dossier state change to {@code portal_feed}, once per event even when replayed; an event processor
 * batch's entries go in as one JDBC batch, in the order of their events.
 */
@Component
@ProcessingGroup(PortalFeedProjection.PROCESSING_GROUP)
class PortalFeedProjection {

    static final String PROCESSING_GROUP = "portal-feed";

    private static final String APPEND = """
            INSERT INTO portal_feed (event_id, dossier_id, status, occurred_at)
            SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM portal_feed WHERE event_id = ?)""";

    private final JdbcTemplate jdbc;

    PortalFeedProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(Object event, EventMessage<?> message) {
        if (!(message instanceof DomainEventMessage<?> domainEvent)) {
            return;
        }
        DossierStatusChange.after(event).ifPresent(status -> ProcessorBatch.change(PROCESSING_GROUP,
                () -> new ArrayList<Object[]>(), entries -> entries.add(new Object[] {message.getIdentifier(),
                        domainEvent.getAggregateIdentifier(), status.name(), Timestamp.from(message.getTimestamp()),
                        message.getIdentifier()}),
                this::append));
    }

    private void append(List<Object[]> entries) {
        jdbc.batchUpdate(APPEND, entries);
    }
}
