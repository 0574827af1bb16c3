package vn.hoso.archive.eventstore;

import java.sql.SQLException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * Tells Axon when an append failed on a unique key (an event stream created twice, an append racing another), so it
 * reports a concurrency conflict instead of a storage failure. PostgreSQL and H2 both use the standard SQLSTATE,
 * also on the batch errors of a multi-event append.
 */
class UniqueViolations implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && isUniqueViolation(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUniqueViolation(SQLException exception) {
        for (SQLException next = exception; next != null; next = next.getNextException()) {
            if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
