package cn.gov.zhangping.fertility.familysupport.privacy;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import org.jboss.logging.Logger;

/**
 * Re-encrypts, while the service runs, every stored identity number that is not under the current key
 * ({@code fertility.pii.current-key-id}): per table and column, batches of {@code fertility.pii.rotation.batch-size}
 * rows, each batch in a short transaction of its own that locks its rows with {@code FOR UPDATE SKIP LOCKED}, so
 * requests (and a second instance) go on meanwhile. A value written by a request during a pass is written under the
 * current key already; one that a request overwrites with what it had read before the batch is picked up again by the
 * next pass. Progress: the gauge {@code fertility_pii_values_under_old_keys} (0 when the rotation is done; then the old
 * keys may be removed) and the counter {@code fertility_pii_values_reencrypted_total}.
 */
@ApplicationScoped
public class KeyRotation {

    private static final Logger LOG = Logger.getLogger(KeyRotation.class);

    /** Every stored identity number: table and ciphertext column (the rows' key is {@code id}). */
    enum Column {
        BIRTH_MOTHER("birth_registration", "mother_id_cipher"),
        FAMILY_MOTHER("family", "mother_id_cipher"),
        FAMILY_FATHER("family", "father_id_cipher"),
        FAMILY_CHILD("family_child", "id_number_cipher"),
        HOUSEHOLD_MEMBER("household_member", "id_number_cipher");

        final String table;
        final String column;

        Column(String table, String column) {
            this.table = table;
            this.column = column;
        }

        String underOldKey() {
            return column + " IS NOT NULL AND substring(" + column + " from 1 for :n) <> :header";
        }
    }

    @Inject
    EntityManager em;

    @Inject
    PersonalDataProtector protector;

    @Inject
    PiiSettings settings;

    @Inject
    MeterRegistry registry;

    private final AtomicLong remaining = new AtomicLong(-1);
    private Counter reencrypted;

    @PostConstruct
    void init() {
        int batch = settings.rotation().batchSize();
        if (batch < 1 || batch > 10_000) {
            throw new IllegalStateException("fertility.pii.rotation.batch-size must be from 1 to 10000");
        }
        registry.gauge("fertility_pii_values_under_old_keys", remaining);
        reencrypted = Counter.builder("fertility_pii_values_reencrypted_total")
                .description("identity numbers re-encrypted with the current key").register(registry);
    }

    @Scheduled(every = "${fertility.pii.rotation.every:30s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "pii-key-rotation")
    void scheduled() {
        try {
            rotate();
        } catch (RuntimeException e) {
            LOG.warnf("identity-number key rotation did not finish (%s); it goes on at the next interval",
                    e.getClass().getSimpleName());
        }
    }

    /** One pass: re-encrypts everything under an older key; returns how many values it re-encrypted. */
    public long rotate() {
        long total = 0;
        for (Column c : Column.values()) {
            int n;
            do {
                n = QuarkusTransaction.requiringNew().call(() -> batch(c));
                total += n;
                reencrypted.increment(n);
            } while (n == settings.rotation().batchSize());
        }
        remaining.set(underOldKeys());
        if (total > 0) {
            LOG.infof("re-encrypted %d identity numbers with key %s; %d under older keys remain", total,
                    protector.currentKeyId(), remaining.get());
        }
        return total;
    }

    /** Values not under the current key, in all tables. */
    public long underOldKeys() {
        byte[] header = PersonalDataProtector.header(protector.currentKeyId());
        return QuarkusTransaction.requiringNew().call(() -> {
            long n = 0;
            for (Column c : Column.values()) {
                n += ((Number) em.createNativeQuery("SELECT count(*) FROM " + c.table + " WHERE " + c.underOldKey())
                        .setParameter("n", header.length).setParameter("header", header).getSingleResult()).longValue();
            }
            return n;
        });
    }

    private int batch(Column c) {
        byte[] header = PersonalDataProtector.header(protector.currentKeyId());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, " + c.column + " FROM " + c.table + " WHERE "
                        + c.underOldKey() + " LIMIT :limit FOR UPDATE SKIP LOCKED")
                .setParameter("n", header.length).setParameter("header", header)
                .setParameter("limit", settings.rotation().batchSize())
                .getResultList();
        for (Object[] row : rows) {
            byte[] sealed = protector.encrypt(protector.decrypt((byte[]) row[1]));
            em.createNativeQuery("UPDATE " + c.table + " SET " + c.column + " = :sealed WHERE id = :id")
                    .setParameter("sealed", sealed).setParameter("id", row[0]).executeUpdate();
        }
        return rows.size();
    }
}
