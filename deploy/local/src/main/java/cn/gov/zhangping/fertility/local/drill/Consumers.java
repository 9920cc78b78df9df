package cn.gov.zhangping.fertility.local.drill;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import cn.gov.zhangping.fertility.local.MessagingTools;

/**
 * What each consumer of the birth topic holds, read from its own database (JDBC), and how far its group lags.
 * Each keeps one row per registration it applied, keyed by the registration id: benefit-service {@code child},
 * childcare-registry-service {@code registered_child}, indicator-service {@code birth_observation}.
 */
final class Consumers {

    /** A consumer of the birth topic: its group (the service name), database and table of applied registrations. */
    record Consumer(String service, String database, String table) {
    }

    static final List<Consumer> ALL = List.of(
            new Consumer("benefit-service", "benefit", "child"),
            new Consumer("childcare-registry-service", "childcare_registry", "registered_child"),
            new Consumer("indicator-service", "indicator", "birth_observation"));

    /** What one consumer holds of the accepted ids. */
    record Holding(int missing, int duplicated) {
        boolean exact() {
            return missing == 0 && duplicated == 0;
        }
    }

    private final Map<String, String> infra;
    private final Map<String, Object> kafka;
    private final Path repo;

    Consumers(Map<String, String> infra, Map<String, Object> kafka, Path repo) {
        this.infra = infra;
        this.kafka = kafka;
        this.repo = repo;
    }

    /** The accepted ids missing from the consumer's table, and those it holds more than once. */
    Holding holding(Consumer c, Collection<String> accepted) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", infra.get("PG_USER"));
        login.setProperty("password", infra.get("PG_PASSWORD"));
        login.setProperty("connectTimeout", "5");
        login.setProperty("socketTimeout", "30");
        String url = "jdbc:postgresql://" + infra.get("PG_HOST") + ":" + infra.get("PG_PORT") + "/" + c.database();
        Map<String, Integer> rows = new HashMap<>();
        try (Connection db = DriverManager.getConnection(url, login);
             PreparedStatement q = db.prepareStatement("SELECT registration_id::text, count(*) FROM " + c.table()
                     + " WHERE registration_id = ANY (?::uuid[]) GROUP BY registration_id")) {
            Array ids = db.createArrayOf("text", accepted.toArray());
            q.setArray(1, ids);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        Set<String> missing = new HashSet<>(accepted);
        missing.removeAll(rows.keySet());
        int duplicated = (int) rows.values().stream().filter(n -> n > 1).count();
        return new Holding(missing.size(), duplicated);
    }

    /** Whether every consumer holds every accepted id exactly once; false while any database cannot be read. */
    boolean allHold(Collection<String> accepted) {
        try {
            for (Consumer c : ALL) {
                if (!holding(c, accepted).exact()) {
                    return false;
                }
            }
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** The records of its topics that the consumer's group has not committed yet; -1 while the broker cannot say. */
    long lag(Consumer c) {
        try {
            return MessagingTools.lag(kafka, c.service(), topics(c.service()));
        } catch (Exception e) {
            return -1;
        }
    }

    long totalLag() {
        long total = 0;
        for (Consumer c : ALL) {
            long lag = lag(c);
            if (lag < 0) {
                return -1;
            }
            total += lag;
        }
        return total;
    }

    /**
     * The topics a service consumes: those of its incoming channels ({@code mp.messaging.incoming.<channel>.topic}),
     * not the dead-letter topics its channels write to ({@code ….dead-letter-queue.topic}): the group never reads
     * those, so they have no committed offsets and would count every dead letter as lag.
     */
    List<String> topics(String service) throws IOException {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(repo.resolve(service).resolve("src/main/resources/application.properties"))) {
            p.load(in);
        }
        return incomingTopics(p);
    }

    static List<String> incomingTopics(Properties serviceConfig) {
        return serviceConfig.stringPropertyNames().stream().filter(k -> INCOMING_TOPIC.matcher(k).matches())
                .map(serviceConfig::getProperty).distinct().sorted().toList();
    }

    private static final Pattern INCOMING_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.[^.]+\\.topic");
}
