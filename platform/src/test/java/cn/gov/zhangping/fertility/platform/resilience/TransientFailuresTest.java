package cn.gov.zhangping.fertility.platform.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

class TransientFailuresTest {

    private static PersistenceException wrapped(Throwable cause) {
        return new PersistenceException("could not execute statement", new RuntimeException("JDBC", cause));
    }

    @Test
    void connectionFailuresAndTimeOutsMayPass() {
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("refused", "08001")))).isTrue();
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("terminating connection", "57P01")))).isTrue();
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("the database system is starting up", "57P03")))).isTrue();
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("lock timeout", "55P03")))).isTrue();
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("statement timeout", "57014")))).isTrue();
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("deadlock", "40P01")))).isTrue();
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("Acquisition timeout while waiting for new connection")))).isTrue();
        assertThat(TransientFailures.isTransient(new SQLTransientConnectionException("pool"))).isTrue();
        assertThat(TransientFailures.isTransient(new IllegalStateException("relay", new ConnectException("refused")))).isTrue();
        assertThat(TransientFailures.isTransient(new org.apache.kafka.common.errors.TimeoutException("metadata"))).isTrue();
    }

    @Test
    void aFailureThatWouldFailAgainDoesNotPass() {
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(TransientFailures.isTransient(wrapped(new SQLException("relation does not exist", "42P01")))).isFalse();
        assertThat(TransientFailures.isTransient(new NullPointerException())).isFalse();
        assertThat(TransientFailures.isTransient(null)).isFalse();
    }

    @Test
    void aCycleOfCausesEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertThat(TransientFailures.isTransient(a)).isFalse();
    }

    @Test
    void aSuppressedConnectionFailureCounts() {
        RuntimeException e = new RuntimeException("rollback failed");
        e.addSuppressed(new SQLException("I/O error", "08006"));
        assertThat(TransientFailures.isTransient(e)).isTrue();
    }
}
