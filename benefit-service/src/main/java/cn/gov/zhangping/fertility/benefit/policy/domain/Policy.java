package cn.gov.zhangping.fertility.benefit.policy.domain;

import cn.gov.zhangping.fertility.platform.reference.Department;

/**
 * A benefit of the catalogue as it stays across its versions: what it is, who makes the rule, who delivers and who
 * pays it, what triggers it and which date selects its version ({@link VersionDate}, with {@code versionDateReason}
 * saying why). The terms and their periods are in its {@link PolicyVersion}s.
 */
public record Policy(PolicyCode code, String chineseName, String englishName, PolicyLevel level,
        Department department, Trigger trigger, VersionDate versionDate, String versionDateReason,
        Beneficiary beneficiary, AmountUnit unit, CostSplit payers) {

    /** Whether a child's facts decide it (the household schemes are decided by the households' yearly review). */
    public boolean decidedByChild() {
        return trigger != Trigger.HOUSEHOLD_STATUS;
    }

    /** Whether amounts are due per month of the period (a month is due when its last day is in the period). */
    public boolean monthly() {
        return unit == AmountUnit.YUAN_PER_MONTH || (unit == AmountUnit.YUAN_PER_YEAR && decidedByChild());
    }
}
