package cn.gov.zhangping.fertility.benefit.entitlements.domain;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.platform.time.CivilDate;
import io.quarkus.scheduler.Scheduled;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Moves entitlements as children age and versions begin or end (UPCOMING → ACTIVE → ENDED): once a day, every standing
 * child young enough for a benefit of the catalogue (the HPV vaccination runs to 14½) is determined again, in
 * batches of their own transactions. A change is recorded with cause CHILD_AGED; no change records nothing, so a run
 * repeated, or run by two replicas at once (each child's row is locked while it is determined), adds nothing.
 */
@ApplicationScoped
public class DailyRedetermination {

    private static final Logger LOG = Logger.getLogger(DailyRedetermination.class);
    /** The lowest UUID in PostgreSQL's order (unsigned, byte by byte). */
    private static final UUID FIRST = new UUID(0, 0);

    @Inject
    EntitlementService service;

    @ConfigProperty(name = "fertility.entitlements.daily.years-back", defaultValue = "15")
    int yearsBack;

    @ConfigProperty(name = "fertility.entitlements.daily.batch-size", defaultValue = "200")
    int batchSize;

    @Scheduled(cron = "{fertility.entitlements.daily.cron}", timeZone = "Asia/Shanghai",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        run();
    }

    /** One run; returns how many children it determined. */
    public int run() {
        var bornSince = CivilDate.today().minusYears(yearsBack);
        int count = 0;
        UUID after = FIRST;
        while (true) {
            EntitlementService.Batch batch = service.redetermineBatch(bornSince, after, batchSize);
            count += batch.count();
            if (batch.count() < batchSize) {
                break;
            }
            after = batch.last();
        }
        LOG.infof("daily redetermination: %d children born since %s determined again", count, bornSince);
        return count;
    }
}
