package cn.gov.zhangping.fertility.platform.testkit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

/** Row counts of a service's tables, to show that a refused request stored nothing. */
public final class StoredRows {

    private StoredRows() {
    }

    /** Counts the rows of {@code tables} (names from the service's own migrations) in one query. */
    public static Supplier<Map<String, Long>> in(DataSource dataSource, String... tables) {
        for (String table : tables) {
            if (!table.matches("[a-z_][a-z0-9_]*")) {
                throw new IllegalArgumentException("not a table name: " + table);
            }
        }
        String sql = Arrays.stream(tables)
                .map(t -> "SELECT '" + t + "', count(*) FROM " + t)
                .collect(Collectors.joining(" UNION ALL "));
        return () -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot count rows", e);
            }
            return counts;
        };
    }
}
