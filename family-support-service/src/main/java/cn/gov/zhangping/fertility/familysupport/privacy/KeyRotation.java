package cn.gov.zhangping.fertility.familysupport.privacy;

import java.util.List;
import java.util.function.ToIntFunction;
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
 * Rotates the identity-number keys while the service runs: the encryption key and the key of the lookup index.
 * <p>
 * Re-encrypts every stored identity number that is not under the current key
 * ({@code fertility.pii.current-key-id}): per table and column, batches of {@code fertility.pii.rotation.batch-size}
 * rows, each batch in a short transaction of its own that locks its rows with {@code FOR UPDATE SKIP LOCKED}, so
 * requests (and a second instance) go on meanwhile. A value written by a request during a pass is written under the
 * current key already; one that a request overwrites with what it had read before the batch is picked up again by the
 * next pass. Progress: the gauge {@code fertility_pii_values_under_old_keys} (0 when the rotation is done; then the old
 * keys may be removed) and the counter {@code fertility_pii_values_reencrypted_total}.
 * <p>
 * Recomputes the same way every lookup index not under the current index key ({@code
 * fertility.pii.current-index-key-id}) from the ciphertext beside it; lookups meanwhile compare with the index under
 * every configured index key ({@link PersonalDataProtector#indexes}), so a search by identity number finds the record
 * before, during and after. Progress: {@code fertility_pii_indexes_under_old_keys}, {@code
 * fertility_pii_indexes_recomputed_total}.
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

    /**
     * Every stored lookup index that can be recomputed: table, index column, and the ciphertext of the same number.
     * The index of a nursing-leave check ({@code nursing_leave_check.child_id_index}) has no ciphertext beside it (the
     * number is not kept): it stays under the key it was computed with, and nothing looks checks up by it.
     */
    enum IndexColumn {
        BIRTH_MOTHER("birth_registration", "mother_id_index", "mother_id_cipher"),
        FAMILY_MOTHER("family", "mother_id_index", "mother_id_cipher"),
        FAMILY_FATHER("family", "father_id_index", "father_id_cipher"),
        FAMILY_CHILD("family_child", "id_number_index", "id_number_cipher"),
        HOUSEHOLD_MEMBER("household_member", "id_number_index", "id_number_cipher");

        final String table;
        final String column;
        final String cipher;

        IndexColumn(String table, String column, String cipher) {
            this.table = table;
            this.column = column;
            this.cipher = cipher;
        }

        String underOldKey() {
            return column + " IS NOT NULL AND " + cipher + " IS NOT NULL AND left(" + column + ", :n) <> :prefix";
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
    private final AtomicLong remainingIndexes = new AtomicLong(-1);
    private Counter reencrypted;
    private Counter reindexed;

    @PostConstruct
    void init() {
        int batch = settings.rotation().batchSize();
        if (batch < 1 || batch > 10_000) {
            throw new IllegalStateException("fertility.pii.rotation.batch-size must be from 1 to 10000");
        }
        registry.gauge("fertility_pii_values_under_old_keys", remaining);
        reencrypted = Counter.builder("fertility_pii_values_reencrypted_total")
                .description("identity numbers re-encrypted with the current key").register(registry);
        registry.gauge("fertility_pii_indexes_under_old_keys", remainingIndexes);
        reindexed = Counter.builder("fertility_pii_indexes_recomputed_total")
                .description("identity-number lookup indexes recomputed with the current index key").register(registry);
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

    /**
     * One pass: re-encrypts every value under an older key and recomputes every lookup index under an older index key;
     * returns how many values and indexes it changed.
     */
    public long rotate() {
        long values = reencrypt();
        long indexes = reindex();
        if (values + indexes > 0) {
            LOG.infof("re-encrypted %d identity numbers with key %s (%d under older keys remain); recomputed %d indexes "
                    + "with index key %s (%d under older index keys remain)", values, protector.currentKeyId(),
                    remaining.get(), indexes, protector.currentIndexKeyId(), remainingIndexes.get());
        }
        return values + indexes;
    }

    /** Re-encrypts every value under an older key; returns how many. */
    public long reencrypt() {
        long total = inBatches(Column.values(), this::batch, reencrypted);
        remaining.set(underOldKeys());
        return total;
    }

    /** Recomputes every lookup index under an older index key with the current one; returns how many. */
    public long reindex() {
        long total = inBatches(IndexColumn.values(), this::reindexBatch, reindexed);
        remainingIndexes.set(indexesUnderOldKeys());
        return total;
    }

    /** Runs {@code batch} on each column, in transactions of their own, until a batch is not full; returns the rows. */
    private <C> long inBatches(C[] columns, ToIntFunction<C> batch, Counter done) {
        long total = 0;
        for (C c : columns) {
            int n;
            do {
                n = QuarkusTransaction.requiringNew().call(() -> batch.applyAsInt(c));
                total += n;
                done.increment(n);
            } while (n == settings.rotation().batchSize());
        }
        return total;
    }

    /** Lookup indexes (that can be recomputed) not under the current index key, in all tables. */
    public long indexesUnderOldKeys() {
        String prefix = PersonalDataProtector.indexPrefix(protector.currentIndexKeyId());
        return QuarkusTransaction.requiringNew().call(() -> {
            long n = 0;
            for (IndexColumn c : IndexColumn.values()) {
                n += ((Number) em.createNativeQuery("SELECT count(*) FROM " + c.table + " WHERE " + c.underOldKey())
                        .setParameter("n", prefix.length()).setParameter("prefix", prefix).getSingleResult()).longValue();
            }
            return n;
        });
    }

    private int reindexBatch(IndexColumn c) {
        String prefix = PersonalDataProtector.indexPrefix(protector.currentIndexKeyId());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, " + c.cipher + " FROM " + c.table + " WHERE "
                        + c.underOldKey() + " LIMIT :limit FOR UPDATE SKIP LOCKED")
                .setParameter("n", prefix.length()).setParameter("prefix", prefix)
                .setParameter("limit", settings.rotation().batchSize())
                .getResultList();
        for (Object[] row : rows) {
            String index = protector.index(protector.decrypt((byte[]) row[1]));
            em.createNativeQuery("UPDATE " + c.table + " SET " + c.column + " = :index WHERE id = :id")
                    .setParameter("index", index).setParameter("id", row[0]).executeUpdate();
        }
        return rows.size();
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
