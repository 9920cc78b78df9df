package cn.gov.zhangping.fertility.familysupport.household.leave.domain;

import java.time.LocalDate;
import java.util.List;

import cn.gov.zhangping.fertility.familysupport.household.domain.Basis;
import cn.gov.zhangping.fertility.platform.time.Ages;

/**
 * Whether an only child qualifies for nursing leave (护理假, 漳政办规〔2023〕2号 二(五)15: 独生子女的父母年满六十周岁，患病住院
 * 治疗期间 ... 每年累计不超过10天) on a day (pure). The child is the living child of an active only-child household
 * (ONLY_CHILD, or CHILD_DISABLED: still an only child) with a living parent who has reached the age (60) by that day.
 * That the parent is in hospital is for the employer to see (the hospital's papers); the suite does not know it.
 */
public final class NursingLeaveRule {

    private NursingLeaveRule() {
    }

    public enum Reason {
        PARENT_AGED_60_OR_MORE, NOT_AN_ONLY_CHILD_OF_A_HOUSEHOLD, NO_LIVING_PARENT_OF_AGE
    }

    /** A household the child is a member of, as the rule sees it. */
    public record Household(Basis basis, boolean active, boolean childLiving, List<Parent> parents) {
    }

    public record Parent(LocalDate birthDate, LocalDate diedOn) {
    }

    public static Reason decide(List<Household> households, LocalDate on, int parentAgeYears) {
        List<Household> onlyChild = households.stream()
                .filter(h -> h.active() && h.childLiving()
                        && (h.basis() == Basis.ONLY_CHILD || h.basis() == Basis.CHILD_DISABLED))
                .toList();
        if (onlyChild.isEmpty()) {
            return Reason.NOT_AN_ONLY_CHILD_OF_A_HOUSEHOLD;
        }
        boolean parentOfAge = onlyChild.stream().flatMap(h -> h.parents().stream())
                .anyMatch(p -> (p.diedOn() == null || p.diedOn().isAfter(on))
                        && !Ages.dayReaching(p.birthDate(), parentAgeYears * 12).isAfter(on));
        return parentOfAge ? Reason.PARENT_AGED_60_OR_MORE : Reason.NO_LIVING_PARENT_OF_AGE;
    }
}
