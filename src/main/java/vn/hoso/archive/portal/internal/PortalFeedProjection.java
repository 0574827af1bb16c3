package vn.hoso.archive.portal.internal;

import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.hoso.archive.dossier.DossierStatusChange;

/** Appends every dossier state change to {@code portal_feed}, once per event even when replayed. */
@Component
@ProcessingGroup("portal-feed")
class PortalFeedProjection {

    private final JdbcClient jdbc;

    PortalFeedProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(Object event, EventMessage<?> message) {
        if (!(message instanceof DomainEventMessage<?> domainEvent)) {
            return;
        }
        DossierStatusChange.after(event).ifPresent(status -> jdbc.sql("""
                INSERT INTO portal_feed (event_id, dossier_id, status, occurred_at)
                SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM portal_feed WHERE event_id = ?)""")
                .params(message.getIdentifier(), domainEvent.getAggregateIdentifier(), status.name(),
                        Timestamp.from(message.getTimestamp()), message.getIdentifier())
                .update());
    }
}
