package vn.hoso.archive.eventstore;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** An event's link in its stream's chain, as written to {@value EventChain#TABLE}. */
record ChainLink(StoredEvent event, byte[] hash, byte[] previousHash) {

    void bind(PreparedStatement insert) throws SQLException {
        insert.setLong(1, event.globalIndex());
        insert.setString(2, event.aggregateIdentifier());
        insert.setLong(3, event.sequenceNumber());
        insert.setBytes(4, hash);
        insert.setBytes(5, previousHash);
    }
}
