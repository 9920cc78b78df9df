package cn.gov.zhangping.fertility.familysupport.household.domain;

import java.util.ArrayList;
import java.util.List;

import cn.gov.zhangping.fertility.familysupport.birth.domain.Sex;
import cn.gov.zhangping.fertility.familysupport.family.domain.HukouType;

/**
 * Whether the members a registrar enrols fit the basis (pure): an only-child household has one child; a rural
 * two-daughter household has rural hukou and exactly two children, both daughters; a special family has one child, who
 * has died (CHILD_DECEASED) or is disabled at a qualifying grade (CHILD_DISABLED). Every household has a parent, at
 * most one mother and one father.
 */
public final class BasisRules {

    private BasisRules() {
    }

    /** What does not fit, as messages (empty when the household fits its basis). */
    public static List<String> broken(Basis basis, List<NewMember> members, HouseholdRules rules) {
        List<String> broken = new ArrayList<>();
        long mothers = members.stream().filter(m -> m.role() == MemberRole.MOTHER).count();
        long fathers = members.stream().filter(m -> m.role() == MemberRole.FATHER).count();
        List<NewMember> children = members.stream().filter(m -> m.role() == MemberRole.CHILD).toList();
        if (mothers + fathers == 0) {
            broken.add("a household has at least one parent");
        }
        if (mothers > 1 || fathers > 1) {
            broken.add("a household has at most one mother and one father");
        }
        switch (basis) {
            case ONLY_CHILD -> {
                if (children.size() != 1 || children.get(0).diedOn() != null) {
                    broken.add("an only-child household has exactly one living child");
                }
            }
            case RURAL_TWO_DAUGHTERS -> {
                if (children.size() != 2 || children.stream().anyMatch(c -> c.sex() != Sex.FEMALE)) {
                    broken.add("a two-daughter household has exactly two children, both daughters");
                }
                if (members.stream().filter(m -> m.role().isParent()).anyMatch(m -> m.hukouType() != HukouType.RURAL)) {
                    broken.add("a two-daughter household in the scheme has rural hukou");
                }
            }
            case CHILD_DECEASED -> {
                if (children.size() != 1 || children.get(0).diedOn() == null) {
                    broken.add("a special family of a deceased only child has one child, with the date of death");
                }
            }
            case CHILD_DISABLED -> {
                if (children.size() != 1 || !rules.disabilityQualifies(children.get(0).disabilityGrade())) {
                    broken.add("a special family of a disabled only child has one child with a disability grade from 1 "
                            + "to " + rules.qualifyingDisabilityGradeMax());
                }
            }
        }
        if (members.stream().filter(m -> m.role().isParent()).anyMatch(m -> m.diedOn() != null)) {
            broken.add("a parent who has died is not enrolled; record the death as a status change");
        }
        return broken;
    }
}
