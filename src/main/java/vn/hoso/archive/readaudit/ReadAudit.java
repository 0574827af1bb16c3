package vn.hoso.archive.readaudit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.hoso.archive.access.Actor;

/**
 * The read audit log. Each entry's hash covers the previous entry's hash and its own fields, so the log is a chain:
 * appends take the chain's head row under a lock, so entries are numbered and chained one at a time, also across
 * application instances sharing the database.
 */
@Component
public class ReadAudit {

    static final String GENESIS = "0".repeat(64);

    private final JdbcClient jdbc;

    ReadAudit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public ReadEntry record(Actor actor, String remoteAddress, ReadKind kind, String record, String detail) {
        Map<String, Object> head = jdbc.sql("select last_position, last_hash from read_audit_head where id = 1 for update")
                .query().singleRow();
        long position = ((Number) head.get("last_position")).longValue() + 1;
        String previousHash = head.get("last_hash").toString();
        Instant readAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String entryHash = hash(previousHash, position, readAt, actor.name(), remoteAddress, kind, record, detail);
        ReadEntry entry = new ReadEntry(position, readAt, actor.name(), remoteAddress, kind, record, detail,
                previousHash, entryHash);
        jdbc.sql("""
                        insert into read_audit (position, read_at, actor, remote_address, kind, record, detail,
                                                previous_hash, entry_hash)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(position, OffsetDateTime.ofInstant(readAt, ZoneOffset.UTC), actor.name(), remoteAddress,
                        kind.name(), record, detail, previousHash, entryHash)
                .update();
        jdbc.sql("update read_audit_head set last_position = ?, last_hash = ? where id = 1")
                .params(position, entryHash).update();
        return entry;
    }

    /** Entries that match every filter given, newest first. */
    public List<ReadEntry> find(ReadQuery query) {
        StringBuilder sql = new StringBuilder("select * from read_audit where 1 = 1");
        List<Object> params = new ArrayList<>();
        filter(sql, params, "actor = ?", query.actor());
        filter(sql, params, "record = ?", query.record());
        filter(sql, params, "read_at >= ?", utc(query.from()));
        filter(sql, params, "read_at < ?", utc(query.to()));
        sql.append(" order by position desc limit ").append(query.limit());
        return jdbc.sql(sql.toString()).params(params).query((rs, row) -> entry(rs)).list();
    }

    /** Walks the whole chain in order and names the first entry that does not hold. */
    @Transactional(readOnly = true)
    public ReadAuditVerification verify() {
        ChainWalk walk = new ChainWalk();
        jdbc.sql("select * from read_audit order by position").query(rs -> {
            walk.check(entry(rs));
        });
        Map<String, Object> head = jdbc.sql("select last_position, last_hash from read_audit_head where id = 1")
                .query().singleRow();
        return walk.result(((Number) head.get("last_position")).longValue(), head.get("last_hash").toString());
    }

    private static void filter(StringBuilder sql, List<Object> params, String condition, Object value) {
        if (value != null) {
            sql.append(" and ").append(condition);
            params.add(value);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static ReadEntry entry(ResultSet rs) throws SQLException {
        return new ReadEntry(rs.getLong("position"), rs.getObject("read_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("remote_address"), ReadKind.valueOf(rs.getString("kind")),
                rs.getString("record"), rs.getString("detail"), rs.getString("previous_hash").strip(),
                rs.getString("entry_hash").strip());
    }

    static String hash(ReadEntry entry) {
        return hash(entry.previousHash(), entry.position(), entry.readAt(), entry.actor(), entry.remoteAddress(),
                entry.kind(), entry.record(), entry.detail());
    }

    /** SHA-256 of the previous hash and each field, every field prefixed by its length so none can bleed into the next. */
    private static String hash(String previousHash, long position, Instant readAt, String actor, String remoteAddress,
                               ReadKind kind, String record, String detail) {
        StringBuilder canonical = new StringBuilder();
        for (String field : List.of(previousHash, Long.toString(position), readAt.toString(), actor, remoteAddress,
                kind.name(), record, detail == null ? "" : detail)) {
            canonical.append(field.length()).append(':').append(field);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The chain walked one entry at a time, remembering the first entry that breaks it. */
    private static final class ChainWalk {
        private long checked;
        private long lastPosition;
        private String lastHash = GENESIS;
        private Long brokenAt;
        private String problem;

        void check(ReadEntry entry) {
            checked++;
            if (brokenAt == null) {
                problem = problemOf(entry);
                brokenAt = problem == null ? null : entry.position();
            }
            lastPosition = entry.position();
            lastHash = entry.entryHash();
        }

        private String problemOf(ReadEntry entry) {
            if (!hash(entry).equals(entry.entryHash())) {
                return "ENTRY_ALTERED";
            }
            if (!entry.previousHash().equals(lastHash)) {
                return "CHAIN_BROKEN";
            }
            return entry.position() == lastPosition + 1 ? null : "POSITION_GAP";
        }

        ReadAuditVerification result(long headPosition, String headHash) {
            if (brokenAt == null && (headPosition != lastPosition || !headHash.strip().equals(lastHash))) {
                return new ReadAuditVerification(checked, lastPosition + 1, "HEAD_MISMATCH");
            }
            return new ReadAuditVerification(checked, brokenAt, problem);
        }
    }
}
