package vn.hoso.archive.preservation.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.hoso.archive.digitization.DocumentRegisteredEvent;

/** Keeps {@code fixity_object}: one row per registered original, for the fixity audit to walk. */
@Component
@ProcessingGroup(FixityObjects.PROCESSING_GROUP)
class FixityObjects {

    static final String PROCESSING_GROUP = "preservation-fixity";

    private final JdbcClient jdbc;

    FixityObjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ResetHandler
    void clear() {
        jdbc.sql("delete from fixity_object").update();
    }

    @EventHandler
    void on(DocumentRegisteredEvent event, @Timestamp java.time.Instant registeredAt) {
        jdbc.sql("""
                        insert into fixity_object (document_id, dossier_id, sha256, registered_at)
                        select ?, ?, ?, ? where not exists (select 1 from fixity_object where document_id = ?)""")
                .params(event.documentId(), event.dossierId(), event.sha256(),
                        OffsetDateTime.ofInstant(registeredAt, ZoneOffset.UTC), event.documentId())
                .update();
    }
}
