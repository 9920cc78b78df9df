package cn.gov.zhangping.fertility.local.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The machine's ceiling for a transaction of a registration's shape: one row with a unique key plus one outbox row,
 * synchronous commit on, in a scratch database of the same PostgreSQL, {@code concurrency} connections in a loop.
 */
final class Ceiling {

    static final String DATABASE = "bench_ceiling";

    /** Committed transactions per second over {@code seconds}. */
    static double measure(String serverUrl, String user, String password, int concurrency, int seconds) throws Exception {
        try (Connection admin = DriverManager.getConnection(serverUrl + "/postgres", user, password);
                Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("CREATE DATABASE " + DATABASE);
        }
        String url = serverUrl + "/" + DATABASE;
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE registration (id uuid PRIMARY KEY, idempotency_key varchar(200) NOT NULL UNIQUE, "
                    + "payload text NOT NULL, created_at timestamptz NOT NULL)");
            s.execute("CREATE TABLE outbox_event (id uuid PRIMARY KEY, topic varchar(249) NOT NULL, record_key varchar(200) NOT NULL, "
                    + "event_type varchar(200) NOT NULL, payload text NOT NULL, occurred_at timestamptz NOT NULL, sent_at timestamptz)");
        }
        String payload = "x".repeat(600);
        AtomicLong commits = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        List<Exception> failures = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            Thread thread = new Thread(() -> {
                try (Connection c = DriverManager.getConnection(url, user, password);
                        PreparedStatement reg = c.prepareStatement("INSERT INTO registration VALUES (?, ?, ?, ?)");
                        PreparedStatement out = c.prepareStatement(
                                "INSERT INTO outbox_event (id, topic, record_key, event_type, payload, occurred_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                    try (Statement s = c.createStatement()) {
                        s.execute("SET synchronous_commit = on");
                    }
                    c.setAutoCommit(false);
                    while (System.nanoTime() < end) {
                        UUID id = UUID.randomUUID();
                        Timestamp now = Timestamp.from(Instant.now());
                        reg.setObject(1, id);
                        reg.setString(2, id.toString());
                        reg.setString(3, payload);
                        reg.setTimestamp(4, now);
                        reg.executeUpdate();
                        out.setObject(1, UUID.randomUUID());
                        out.setString(2, "fertility.births.v1");
                        out.setString(3, id.toString());
                        out.setString(4, "birth.registered.v1");
                        out.setString(5, payload);
                        out.setTimestamp(6, now);
                        out.executeUpdate();
                        c.commit();
                        commits.incrementAndGet();
                    }
                } catch (SQLException e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            });
            threads.add(thread);
        }
        long start = System.nanoTime();
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        try (Connection admin = DriverManager.getConnection(serverUrl + "/postgres", user, password);
                Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        return commits.get() / elapsed;
    }

    private Ceiling() {
    }
}
