package cn.gov.zhangping.fertility.familysupport.household.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import cn.gov.zhangping.fertility.familysupport.household.domain.HouseholdRules;

/** The rules of table household_rule (seeded by V11 with their source). */
@ApplicationScoped
public class HouseholdRuleRepository {

    @Inject
    EntityManager em;

    public HouseholdRules rules() {
        return new HouseholdRules(value("REWARD_ASSISTANCE_AGE_YEARS"), value("SPECIAL_ASSISTANCE_AGE_YEARS"),
                value("QUALIFYING_DISABILITY_GRADE_MAX"), value("NURSING_LEAVE_DAYS"),
                value("NURSING_LEAVE_PARENT_AGE_YEARS"));
    }

    private int value(String code) {
        return ((Number) em.createNativeQuery("SELECT value FROM household_rule WHERE code = :code")
                .setParameter("code", code).getSingleResult()).intValue();
    }
}
