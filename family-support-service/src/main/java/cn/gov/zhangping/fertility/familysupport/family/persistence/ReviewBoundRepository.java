package cn.gov.zhangping.fertility.familysupport.family.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import cn.gov.zhangping.fertility.familysupport.family.domain.ReviewRules;

/** The bounds of table review_bound (seeded by V3 with their source). */
@ApplicationScoped
public class ReviewBoundRepository {

    @Inject
    EntityManager em;

    public ReviewRules.Bounds bounds() {
        return new ReviewRules.Bounds(value("MOTHER_MIN_AGE_YEARS"), value("MOTHER_MAX_AGE_YEARS"));
    }

    private int value(String code) {
        return ((Number) em.createNativeQuery("SELECT value FROM review_bound WHERE code = :code")
                .setParameter("code", code).getSingleResult()).intValue();
    }
}
