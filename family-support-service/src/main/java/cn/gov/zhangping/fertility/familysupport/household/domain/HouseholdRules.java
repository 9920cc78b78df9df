package cn.gov.zhangping.fertility.familysupport.household.domain;

/**
 * The rules of the schemes as table {@code household_rule} holds them (seeded by V11 with their source): the age
 * from whose year a parent is eligible per scheme, the worst-numbered disability grade that qualifies (grades 1 to
 * this), the nursing-leave allowance in days and the parent's age from which it applies.
 */
public record HouseholdRules(int rewardAgeYears, int specialAgeYears, int qualifyingDisabilityGradeMax,
                             int nursingLeaveDays, int nursingLeaveParentAgeYears) {

    public int eligibilityAgeYears(Scheme scheme) {
        return scheme == Scheme.REWARD_ASSISTANCE ? rewardAgeYears : specialAgeYears;
    }

    public boolean disabilityQualifies(Integer grade) {
        return grade != null && grade >= 1 && grade <= qualifyingDisabilityGradeMax;
    }
}
