package cn.gov.zhangping.fertility.familysupport.audit.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import org.jboss.logging.Logger;

/**
 * Writes audit rows, each request's in a transaction of its own (committed before the response is sent, so that a
 * response that shows personal data is never sent without its row), and purges rows past the retention once a day.
 */
@ApplicationScoped
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class);
    static final int PURGE_BATCH = 1000;

    @Inject
    EntityManager em;

    @Inject
    AuditSettings settings;

    @PostConstruct
    void init() {
        if (settings.retentionDays() < AuditSettings.MINIMUM_RETENTION_DAYS) {
            throw new IllegalStateException("fertility.audit.retention-days must be at least "
                    + AuditSettings.MINIMUM_RETENTION_DAYS + " (6 months)");
        }
    }

    /** Commits the rows, or throws: the caller must then not answer with the data. */
    public void record(List<AuditEvent> events) {
        if (!events.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> events.forEach(em::persist));
        }
    }

    @Scheduled(every = "${fertility.audit.purge-every:24h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "audit-retention-purge")
    void scheduled() {
        try {
            purge(Instant.now());
        } catch (RuntimeException e) {
            LOG.warnf("audit retention purge did not finish (%s); it runs again at the next interval",
                    e.getClass().getSimpleName());
        }
    }

    /** Deletes the rows older than the retention as of {@code now}, in batches; returns how many. */
    public long purge(Instant now) {
        Instant before = now.minus(Duration.ofDays(settings.retentionDays()));
        long total = 0;
        int n;
        do {
            n = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("DELETE FROM audit_event WHERE id IN "
                            + "(SELECT id FROM audit_event WHERE occurred_at < :before LIMIT " + PURGE_BATCH
                            + " FOR UPDATE SKIP LOCKED)")
                    .setParameter("before", before).executeUpdate());
            total += n;
        } while (n == PURGE_BATCH);
        if (total > 0) {
            LOG.infof("audit retention purge deleted %d rows older than %d days", total, settings.retentionDays());
        }
        return total;
    }
}
