package vn.hoso.archive.eventstore;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
        MessageDigest sha256 = sha256();
        if (previous != null) {
            sha256.update(previous);
        }
        return sha256.digest(canonicalBytes(event));
    }

    static byte[] canonicalBytes(StoredEvent event) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + length(event.payload()) + length(event.metaData()));
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            text(out, event.aggregateIdentifier());
            out.writeLong(event.sequenceNumber());
            text(out, event.type());
            text(out, event.eventIdentifier());
            text(out, event.timestamp());
            text(out, event.payloadType());
            text(out, event.payloadRevision());
            bytes(out, event.payload());
            bytes(out, event.metaData());
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", missing);
        }
    }

    private static void text(DataOutputStream out, String value) throws IOException {
        bytes(out, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void bytes(DataOutputStream out, byte[] value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
        } else {
            out.writeInt(value.length);
            out.write(value);
        }
    }

    private static int length(byte[] value) {
        return value == null ? 0 : value.length;
    }
}
