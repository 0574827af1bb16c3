package vn.hoso.archive.audit;

import java.sql.DatabaseMetaData;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.hoso.archive.api.ApiProblem;

/**
 * The latest chained event below which no append still in flight can add one: an anchor seals the store up to it,
 * so no event committed later can fall inside what it sealed. Global indexes are handed out when a row is inserted,
 * and the transaction that inserted it may commit after later indexes did. On PostgreSQL a share lock on the event
 * table waits for every transaction that inserted into it and holds new inserts back for one read of the highest
 * index. The embedded H2 database has no table locks: there the highest index is read, then every other session is
 * watched until it has been seen with no uncommitted change and no statement running.
 */
@Component
class SettledEvents {

    private static final Duration WAIT_AT_MOST = Duration.ofSeconds(10);
    private static final Duration POLL_EVERY = Duration.ofMillis(5);
    private static final String HIGHEST = "select max(global_index) from event_chain";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final boolean postgresql;

    SettledEvents(JdbcClient jdbc, TransactionTemplate transactions, DataSource dataSource) throws MetaDataAccessException {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.postgresql = "PostgreSQL".equals(
                JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
    }

    /** The global index of the latest settled chained event; empty when nothing is chained yet. */
    OptionalLong latest() {
        Long highest = postgresql ? afterTableLock() : afterOtherSessionsSettle();
        return highest == null ? OptionalLong.empty() : OptionalLong.of(highest);
    }

    private Long afterTableLock() {
        try {
            return transactions.execute(status -> {
                jdbc.sql("set local lock_timeout = '" + WAIT_AT_MOST.toMillis() + "ms'").update();
                jdbc.sql("lock table domain_event_entry in share mode").update();
                return jdbc.sql(HIGHEST).query(Long.class).single();
            });
        } catch (PessimisticLockingFailureException stillWriting) {
            throw ApiProblem.conflict("ANCHOR_APPENDS_IN_FLIGHT", WAIT_AT_MOST.toSeconds());
        }
    }

    private Long afterOtherSessionsSettle() {
        Long highest = jdbc.sql(HIGHEST).query(Long.class).single();
        Set<Long> unsettled = new HashSet<>(busySessions());
        long giveUpAt = System.nanoTime() + WAIT_AT_MOST.toNanos();
        while (!unsettled.isEmpty()) {
            if (System.nanoTime() > giveUpAt) {
                throw ApiProblem.conflict("ANCHOR_APPENDS_IN_FLIGHT", WAIT_AT_MOST.toSeconds());
            }
            pause();
            unsettled.retainAll(busySessions());
        }
        return highest;
    }

    /** Other sessions with uncommitted changes or a statement running (an insert that has just taken its index). */
    private List<Long> busySessions() {
        return jdbc.sql("select session_id from information_schema.sessions where session_id <> session_id()"
                        + " and (contains_uncommitted or executing_statement is not null)")
                .query(Long.class).list();
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_EVERY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for appends in flight", e);
        }
    }
}
