package vn.hoso.archive.eventstore;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Chaining began with this version: the events an archive already held are chained once, in global order, by the
 * migration that follows the chain table's creation. So every event is chained, and what the chain proves about
 * events stored before the upgrade starts at the upgrade (an edit made before it is not detectable).
 */
@Component
class V16__ChainEventsAlreadyStored extends BaseJavaMigration {

    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws Exception {
        Map<String, byte[]> heads = new HashMap<>();
        try (Statement select = context.getConnection().createStatement();
             PreparedStatement insert = context.getConnection().prepareStatement(EventChain.INSERT)) {
            select.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet rows = select.executeQuery(
                    "select " + StoredEvent.COLUMNS + " from domain_event_entry e order by e.global_index")) {
                while (rows.next()) {
                    StoredEvent event = StoredEvent.read(rows);
                    byte[] previous = heads.get(event.aggregateIdentifier());
                    byte[] hash = EventChain.hash(previous, event);
                    heads.put(event.aggregateIdentifier(), hash);
                    new ChainLink(event, hash, previous).bind(insert);
                    insert.addBatch();
                    if (++pending % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
            }
            insert.executeBatch();
        }
    }
}
