package cn.gov.zhangping.fertility.childcare.standards.domain;

import java.math.BigDecimal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.childcare.standards.persistence.PlanningStandardRepository;

/** The plan's childcare planning standards as the rules use them (漳政办规〔2023〕2号 二(三)9). */
@ApplicationScoped
public class PlanningStandards {

    /** Code of the seeded standard "3岁以下婴幼儿": slots are planned for children under this age. */
    public static final String CHILD_AGE_LIMIT = "CHILD_AGE_LIMIT";

    @Inject
    PlanningStandardRepository repository;

    /** The seeded standard of the code; a missing one is a deployment error, not a caller's. */
    public PlanningStandard require(String code) {
        return repository.findByIdOptional(code)
                .orElseThrow(() -> new IllegalStateException("planning standard " + code + " is missing"));
    }

    /** The age limit of the children that childcare slots are planned for. */
    public AgeLimit childAgeLimit() {
        PlanningStandard s = require(CHILD_AGE_LIMIT);
        if (s.bound != PlanningStandard.Bound.BELOW || !"years".equals(s.unit)
                || s.value.stripTrailingZeros().scale() > 0 || s.value.compareTo(BigDecimal.ONE) < 0) {
            throw new IllegalStateException("planning standard " + CHILD_AGE_LIMIT + " is not a whole number of years below");
        }
        return new AgeLimit(s.value.intValueExact(), s.source);
    }
}
