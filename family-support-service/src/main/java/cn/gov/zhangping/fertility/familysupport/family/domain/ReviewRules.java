package cn.gov.zhangping.fertility.familysupport.family.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Which facts of a registration are doubtful: a pure rule over what the registrar stated, what the family says and
 * the bounds of table {@code review_bound} (their source is there).
 */
public final class ReviewRules {

    /** The mother's age bounds at the birth, in completed years (inclusive). */
    public record Bounds(int motherMinAge, int motherMaxAge) {
    }

    private ReviewRules() {
    }

    public static List<Finding> findings(int declaredOrder, int derivedOrder, LocalDate motherBorn, LocalDate childBorn,
                                         String motherIndex, String fatherIndex, Bounds bounds) {
        List<Finding> findings = new ArrayList<>();
        if (declaredOrder != derivedOrder) {
            findings.add(Finding.BIRTH_ORDER_DISAGREES);
        }
        int age = Period.between(motherBorn, childBorn).getYears();
        if (age < bounds.motherMinAge() || age > bounds.motherMaxAge()) {
            findings.add(Finding.MOTHER_AGE_OUT_OF_RANGE);
        }
        if (fatherIndex != null && fatherIndex.equals(motherIndex)) {
            findings.add(Finding.FATHER_SAME_AS_MOTHER);
        }
        return findings;
    }
}
