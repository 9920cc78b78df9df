package cn.gov.zhangping.fertility.platform.revision;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

/**
 * The revision of each aggregate a consumer has applied ({@code aggregate_revision}), so that it applies an
 * aggregate's events in revision order and each at most once, whatever the broker redelivers or an operator
 * replays, and even after the inbox rows that de-duplicate event ids were purged.
 * <p>
 * A consumer asks {@link #decide} before it applies an event, in the event's transaction. An event that applies is
 * recorded as the aggregate's last applied revision in that same transaction, so the revision and the effect commit
 * (or roll back) together.
 * <p>
 * <b>A gap</b> (revision 5 after 3: revision 4 was dead-lettered, or lost to the topic's retention) is applied, not
 * dead-lettered. Every event that can follow the first carries the aggregate's whole state after it (a correction
 * carries every fact, not only the changed ones) or ends the aggregate (a cancellation), so applying revision 5 on
 * top of 3 gives the state that applying 4 and then 5 would give. Dead-lettering it instead would hold the
 * aggregate at a state its producer has left behind, with no later event able to repair it (every later one would
 * be a gap too), until an operator intervened. If the missing revision turns up later (a dead letter replayed) it
 * is older than the last applied one and is skipped. A producer whose events carry only changes must not use this
 * table as it stands.
 */
@ApplicationScoped
public class Revisions {

    private static final Logger LOG = Logger.getLogger(Revisions.class);

    /** What to do with an event of a given revision. */
    public enum Decision {
        /** The next revision: apply it. */
        APPLY,
        /** Newer than the next revision; one or more were never applied. The event carries all that is needed: apply it. */
        APPLY_OVER_GAP,
        /** At or before the last applied revision: a redelivery, a replay or a stale event. Change nothing. */
        SKIP;

        public boolean applies() {
            return this != SKIP;
        }
    }

    @Inject
    EntityManager em;

    /** The decision for {@code revision} when {@code lastApplied} (0 for none) was applied last. */
    public static Decision decision(int lastApplied, int revision) {
        if (revision < 1) {
            throw new IllegalArgumentException("revisions start at 1");
        }
        if (revision <= lastApplied) {
            return Decision.SKIP;
        }
        return revision == lastApplied + 1 ? Decision.APPLY : Decision.APPLY_OVER_GAP;
    }

    /**
     * Decides whether an event of {@code revision} about the aggregate applies and, when it does, records it as the
     * aggregate's last applied revision in the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Decision decide(String aggregateType, UUID aggregateId, int revision) {
        int last = lastApplied(aggregateType, aggregateId);
        Decision decision = decision(last, revision);
        if (decision == Decision.APPLY_OVER_GAP) {
            LOG.infof("%s %s: revision %d applied after revision %d (the revisions between were never applied)",
                    aggregateType, aggregateId, revision, last);
        }
        if (decision.applies()) {
            int updated = em.createNativeQuery("""
                            INSERT INTO aggregate_revision AS r (aggregate_type, aggregate_id, last_revision, updated_at)
                            VALUES (:type, :id, :revision, now())
                            ON CONFLICT (aggregate_type, aggregate_id) DO UPDATE
                            SET last_revision = EXCLUDED.last_revision, updated_at = EXCLUDED.updated_at
                            WHERE r.last_revision < EXCLUDED.last_revision""")
                    .setParameter("type", aggregateType)
                    .setParameter("id", aggregateId)
                    .setParameter("revision", revision)
                    .executeUpdate();
            if (updated != 1) {
                // another transaction applied a newer revision since the row was read: roll back and try again
                throw new IllegalStateException(aggregateType + " " + aggregateId + " moved on while revision "
                        + revision + " was being applied");
            }
        }
        return decision;
    }

    /** The last revision of the aggregate applied here; 0 when none was. Locks the row until the transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int lastApplied(String aggregateType, UUID aggregateId) {
        List<?> rows = em.createNativeQuery("""
                        SELECT last_revision FROM aggregate_revision
                        WHERE aggregate_type = :type AND aggregate_id = :id FOR UPDATE""")
                .setParameter("type", aggregateType)
                .setParameter("id", aggregateId)
                .getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
    }
}
