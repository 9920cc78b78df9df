package cn.gov.zhangping.fertility.platform.resilience;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Tells a failure that may pass by itself (the database or the broker away, a fail-over, a lock or statement
 * time-out) from one that will fail the same way again. The HTTP side answers the first with 503 and
 * {@code Retry-After}; the event consumers retry it for as long as it takes instead of dead-lettering the event.
 */
public final class TransientFailures {

    /**
     * PostgreSQL SQLSTATE classes and codes that may pass: 08 connection exception, 53 insufficient resources,
     * 57P01-57P03 administrator or crash shutdown and "cannot connect now", 57014 statement time-out,
     * 40001 serialization failure, 40P01 deadlock, 55P03 lock not available, 25006 read-only transaction (a replica
     * during fail-over).
     */
    private static final Set<String> STATE_CLASSES = Set.of("08", "53");
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "57014", "40001", "40P01", "55P03", "25006");

    /** Simple names of exception types that mean "try again later" wherever they come from. */
    private static final Set<String> TYPE_NAMES = Set.of(
            "JDBCConnectionException", "LockTimeoutException", "PessimisticLockException", "QueryTimeoutException",
            "LockAcquisitionException", "CannotAcquireLockException", "TransactionTimeoutException",
            "RetriableException", "TimeoutException", "DisconnectException", "NetworkException",
            "NotLeaderOrFollowerException", "NotEnoughReplicasException", "ConnectException",
            "SocketTimeoutException", "EOFException");

    private TransientFailures() {
    }

    /** True when {@code failure}, or anything that caused it, is a failure that may pass. */
    public static boolean isTransient(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        return check(failure, seen);
    }

    private static boolean check(Throwable t, Map<Throwable, Boolean> seen) {
        if (t == null || seen.put(t, Boolean.TRUE) != null) {
            return false;
        }
        if (t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (STATES.contains(state)
                    || (state.length() >= 2 && STATE_CLASSES.contains(state.substring(0, 2))))) {
                return true;
            }
            // Agroal gives up waiting for a connection with a plain SQLException
            if (sql.getMessage() != null && sql.getMessage().startsWith("Acquisition timeout")) {
                return true;
            }
            for (SQLException next = sql.getNextException(); next != null; next = next.getNextException()) {
                if (check(next, seen)) {
                    return true;
                }
            }
        }
        for (Class<?> c = t.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            if (TYPE_NAMES.contains(c.getSimpleName())) {
                return true;
            }
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (check(suppressed, seen)) {
                return true;
            }
        }
        return check(t.getCause(), seen);
    }
}
