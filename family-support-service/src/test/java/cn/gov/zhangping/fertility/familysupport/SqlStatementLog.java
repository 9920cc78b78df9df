package cn.gov.zhangping.fertility.familysupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Tests only: the SQL statements Hibernate prepares (one per round trip; a JDBC batch is prepared once), with the
 * thread that prepared them, while a test records. Costs nothing while no test records.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class SqlStatementLog implements StatementInspector {

    /** One statement and the thread that sent it. */
    public record Statement(String thread, String sql) {
    }

    private static final ConcurrentLinkedQueue<Statement> SEEN = new ConcurrentLinkedQueue<>();
    private static volatile boolean recording;

    @Override
    public String inspect(String sql) {
        if (recording) {
            SEEN.add(new Statement(Thread.currentThread().getName(), sql));
        }
        return sql;
    }

    /** Runs {@code action} and returns the statements prepared meanwhile, on any thread. */
    public static synchronized List<Statement> during(Runnable action) {
        SEEN.clear();
        recording = true;
        try {
            action.run();
        } finally {
            recording = false;
        }
        List<Statement> seen = new ArrayList<>(SEEN);
        SEEN.clear();
        return seen;
    }
}
