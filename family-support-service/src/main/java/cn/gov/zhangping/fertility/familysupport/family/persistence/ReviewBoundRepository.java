package cn.gov.zhangping.fertility.familysupport.family.persistence;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import cn.gov.zhangping.fertility.familysupport.family.domain.ReviewRules;
import cn.gov.zhangping.fertility.platform.reference.ReferenceCache;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The bounds of table review_bound (seeded by V3 with their source). Read on every registration, so kept in memory
 * and read again at most every {@code fertility.reference.cache-ttl} (30 s); they change only by migration.
 */
@ApplicationScoped
public class ReviewBoundRepository {

    @Inject
    EntityManager em;

    @ConfigProperty(name = "fertility.reference.cache-ttl", defaultValue = "30s")
    Duration ttl;

    private ReferenceCache<ReviewRules.Bounds> bounds;

    @PostConstruct
    void init() {
        bounds = new ReferenceCache<>(ttl, this::read);
    }

    public ReviewRules.Bounds bounds() {
        return bounds.get();
    }

    @SuppressWarnings("unchecked")
    private ReviewRules.Bounds read() {
        Map<String, Integer> values = new HashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("SELECT code, value FROM review_bound "
                + "WHERE code IN ('MOTHER_MIN_AGE_YEARS', 'MOTHER_MAX_AGE_YEARS')").getResultList()) {
            values.put((String) row[0], ((Number) row[1]).intValue());
        }
        return new ReviewRules.Bounds(value(values, "MOTHER_MIN_AGE_YEARS"), value(values, "MOTHER_MAX_AGE_YEARS"));
    }

    private static int value(Map<String, Integer> values, String code) {
        Integer value = values.get(code);
        if (value == null) {
            throw new IllegalStateException("review_bound has no " + code);
        }
        return value;
    }
}
