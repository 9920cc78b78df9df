package cn.gov.zhangping.fertility.local;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server for one machine: the server given by configuration when there is one,
 * otherwise a real PostgreSQL 17 started from the Maven Central binaries.
 */
public final class Postgres implements AutoCloseable {

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final String host;
    private final String user;
    private final String password;
    private final Path dataDir;
    private final Durability durability;
    private volatile int port;
    private volatile EmbeddedPostgres embedded;

    /**
     * How hard the embedded server works to keep a commit. The local stack runs {@link #FULL}; only the test kit
     * may choose {@link #TEST}, for speed.
     */
    public enum Durability {
        /** fsync and synchronous commit on: an acknowledged commit survives PostgreSQL and the machine crashing. */
        FULL(Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on")),
        /**
         * Synchronous commit stays on, so an acknowledged commit survives PostgreSQL crashing or an immediate
         * shutdown (its WAL has reached the operating system); fsync is off, so it would not survive the machine
         * crashing. For test runs only.
         */
        TEST(Map.of("fsync", "off", "synchronous_commit", "on", "full_page_writes", "off"));

        private final Map<String, String> settings;

        Durability(Map<String, String> settings) {
            this.settings = settings;
        }
    }

    private Postgres(String host, int port, String user, String password, Path dataDir, Durability durability) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.dataDir = dataDir;
        this.durability = durability;
    }

    /** Starts an embedded server keeping its data in {@code dataDir}; {@code port} 0 picks a free port. */
    public static Postgres embedded(Path dataDir, int port, Durability durability) {
        Postgres pg = new Postgres("127.0.0.1", port, "postgres", "postgres", dataDir, durability);
        pg.start();
        return pg;
    }

    /** Starts the embedded server (again), on the same port and data directory; no-op when it runs. */
    public synchronized void start() {
        if (dataDir == null) {
            throw new IllegalStateException("only an embedded server can be started");
        }
        if (embedded != null) {
            return;
        }
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "200");
            durability.settings.forEach(builder::setServerConfig);
            if (port > 0) {
                builder.setPort(port);
            }
            embedded = builder.start();
            port = embedded.getPort();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start embedded PostgreSQL in " + dataDir, e);
        }
    }

    /**
     * Shuts the embedded server down in immediate mode (SIGQUIT to the postmaster: no checkpoint, as in a crash);
     * what it acknowledged must be there after {@link #start}.
     */
    public synchronized void stopImmediately() {
        EmbeddedPostgres pg = embedded;
        if (pg == null) {
            return;
        }
        embedded = null;
        Process postmaster = pg.getProcess();
        try {
            new ProcessBuilder("kill", "-QUIT", String.valueOf(postmaster.pid())).inheritIO().start().waitFor();
            if (!postmaster.waitFor(60, TimeUnit.SECONDS)) {
                postmaster.destroyForcibly();
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot signal PostgreSQL", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            pg.close(); // releases the data directory's lock; the server is already down
        } catch (IOException | RuntimeException ignored) {
            // pg_ctl finds nothing left to stop
        }
    }

    /** Uses a server that is already running; the user must be allowed to create databases. */
    public static Postgres external(String host, int port, String user, String password) {
        return new Postgres(host, port, user, password, null, Durability.FULL);
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public boolean isEmbedded() {
        return dataDir != null;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** Creates the database if it does not exist yet. */
    public void createDatabase(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user, password);
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            if ("42P04".equals(e.getSQLState())) {
                return;
            }
            throw new IllegalStateException("cannot create database " + name, e);
        }
    }

    @Override
    public synchronized void close() {
        if (embedded != null) {
            try {
                embedded.close();
                embedded = null;
            } catch (IOException e) {
                throw new IllegalStateException("cannot stop embedded PostgreSQL", e);
            }
        }
    }
}
