package cn.gov.zhangping.fertility.benefit.entitlements.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The rule catalogue as seeded by {@code V1__entitlement_rule.sql}, for plain unit tests of the rules.
 * {@code EntitlementApiTest} checks that the seeded catalogue says the same.
 */
final class TestRules {

    static final LocalDate PLAN_ISSUED = LocalDate.of(2023, 4, 10);

    private TestRules() {
    }

    static List<EntitlementRule> seeded() {
        return List.of(
                leave("PARENTAL_LEAVE_MOTHER_2023", Beneficiary.MOTHER, 10, PLAN_ISSUED, null),
                leave("PARENTAL_LEAVE_FATHER_2023", Beneficiary.FATHER, 10, PLAN_ISSUED, null),
                rule("NUTRITION_PACK_2023", EntitlementCode.NUTRITION_PACK, null, false, "100.00", 6, 24,
                        "漳政办规〔2023〕2号 二(二)6"),
                fee("CHILDCARE_FEE_THIRD_CHILD_2023", 3, false, "50.00"),
                fee("CHILDCARE_FEE_SPECIAL_FAMILY_2023", null, true, "100.00"));
    }

    static EntitlementRule leave(String code, Beneficiary who, int days, LocalDate from, LocalDate to) {
        EntitlementRule r = new EntitlementRule();
        r.code = code;
        r.entitlementCode = EntitlementCode.PARENTAL_LEAVE;
        r.beneficiary = who;
        r.quantity = days;
        r.unit = EntitlementUnit.DAYS_PER_YEAR;
        r.ageFromMonths = 0;
        r.ageToMonths = 36;
        r.effectiveFrom = from;
        r.effectiveTo = to;
        r.source = "漳政办规〔2023〕2号 二(四)11";
        return r;
    }

    static EntitlementRule fee(String code, Integer minBirthOrder, boolean specialFamilyOnly, String percent) {
        EntitlementRule r = rule(code, EntitlementCode.CHILDCARE_FEE_REDUCTION, minBirthOrder, specialFamilyOnly, percent,
                0, 36, "漳政办规〔2023〕2号 二(三)8");
        r.costShares = List.of(new CostShare("LONGYAN_PREFECTURE_FINANCE", "龙岩市级财政", 2),
                new CostShare("ZHANGPING_CITY_FINANCE", "漳平市财政", 8));
        return r;
    }

    private static EntitlementRule rule(String code, EntitlementCode what, Integer minBirthOrder, boolean specialFamilyOnly,
                                        String percent, int fromMonths, int toMonths, String source) {
        EntitlementRule r = new EntitlementRule();
        r.code = code;
        r.entitlementCode = what;
        r.beneficiary = Beneficiary.CHILD;
        r.minBirthOrder = minBirthOrder;
        r.specialFamilyOnly = specialFamilyOnly;
        r.percent = new BigDecimal(percent);
        r.ageFromMonths = fromMonths;
        r.ageToMonths = toMonths;
        r.effectiveFrom = PLAN_ISSUED;
        r.source = source;
        return r;
    }
}
