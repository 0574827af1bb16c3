package vn.hoso.archive.eventstore;

import java.sql.ResultSet;
import java.sql.SQLException;

/** One row of the event table exactly as stored: what the chain hashes and what verification reads back. */
public record StoredEvent(long globalIndex, String aggregateIdentifier, long sequenceNumber, String type,
                          String eventIdentifier, String timestamp, String payloadType, String payloadRevision,
                          byte[] payload, byte[] metaData) {

    /** The event table's columns in {@link #read} order, for a select from {@code domain_event_entry e}. */
    public static final String COLUMNS = "e.global_index, e.aggregate_identifier, e.sequence_number, e.type, "
            + "e.event_identifier, e.time_stamp, e.payload_type, e.payload_revision, e.payload, e.meta_data";

    /** The row at the result set's cursor, whose first columns are {@link #COLUMNS}. */
    public static StoredEvent read(ResultSet row) throws SQLException {
        return new StoredEvent(row.getLong(1), row.getString(2), row.getLong(3), row.getString(4), row.getString(5),
                row.getString(6), row.getString(7), row.getString(8), row.getBytes(9), row.getBytes(10));
    }
}
