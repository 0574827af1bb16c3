package vn.hoso.archive.eventstore;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The hash chain over each event stream: an event's hash is SHA-256 of the previous event's hash (nothing for a
 * stream's first event) followed by the canonical bytes of its stored row. Canonical bytes: the aggregate
 * identifier, sequence number, type, event identifier, timestamp text, payload type, payload revision, payload and
 * metadata, in that order, each text as its UTF-8 bytes and each byte field preceded by its length as a 4-byte
 * big-endian integer (-1 for a null), the sequence number as an 8-byte big-endian integer. The global index is not
 * hashed: it is compared with the chain table's own copy.
 */
public final class EventChain {

    /** The table of chain links: one row per chained event, with its hash and the previous event's hash. */
    public static final String TABLE = "event_chain";

    public static final String INSERT = "insert into event_chain "
            + "(global_index, aggregate_identifier, sequence_number, hash, previous_hash) values (?, ?, ?, ?, ?)";

    private EventChain() {
    }

    public static byte[] hash(byte[] previous, StoredEvent event) {
        return hash(sha256(), previous, event);
    }

    /** The same with a digest the caller reuses (one per thread), as verification does for every event. */
    public static byte[] hash(MessageDigest sha256, byte[] previous, StoredEvent event) {
        sha256.reset();
        if (previous != null) {
            sha256.update(previous);
        }
        ByteBuffer number = ByteBuffer.allocate(Long.BYTES);
        text(sha256, number, event.aggregateIdentifier());
        sha256.update(number.clear().putLong(event.sequenceNumber()).array(), 0, Long.BYTES);
        text(sha256, number, event.type());
        text(sha256, number, event.eventIdentifier());
        text(sha256, number, event.timestamp());
        text(sha256, number, event.payloadType());
        text(sha256, number, event.payloadRevision());
        bytes(sha256, number, event.payload());
        bytes(sha256, number, event.metaData());
        return sha256.digest();
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", missing);
        }
    }

    private static void text(MessageDigest sha256, ByteBuffer number, String value) {
        bytes(sha256, number, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void bytes(MessageDigest sha256, ByteBuffer number, byte[] value) {
        sha256.update(number.clear().putInt(value == null ? -1 : value.length).array(), 0, Integer.BYTES);
        if (value != null) {
            sha256.update(value);
        }
    }
}
