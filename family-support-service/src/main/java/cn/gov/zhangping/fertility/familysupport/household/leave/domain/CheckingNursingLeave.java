package cn.gov.zhangping.fertility.familysupport.household.leave.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.familysupport.household.domain.Household;
import cn.gov.zhangping.fertility.familysupport.household.domain.HouseholdMember;
import cn.gov.zhangping.fertility.familysupport.household.domain.HouseholdRules;
import cn.gov.zhangping.fertility.familysupport.household.persistence.HouseholdMemberRepository;
import cn.gov.zhangping.fertility.familysupport.household.persistence.HouseholdRepository;
import cn.gov.zhangping.fertility.familysupport.household.persistence.HouseholdRuleRepository;
import cn.gov.zhangping.fertility.familysupport.privacy.PersonalDataProtector;
import cn.gov.zhangping.fertility.familysupport.privacy.ResidentIdNumber;
import cn.gov.zhangping.fertility.platform.time.CivilDate;

/**
 * An employer's HR asks whether an employee (by their identity number, in a POST body) qualifies for this year's
 * nursing leave ({@link NursingLeaveRule}); the answer and the allowance in days (data: household_rule) are given and
 * the check is recorded without the number in clear.
 */
@ApplicationScoped
public class CheckingNursingLeave {

    @Inject
    HouseholdMemberRepository members;

    @Inject
    HouseholdRepository households;

    @Inject
    HouseholdRuleRepository rules;

    @Inject
    PersonalDataProtector protector;

    @Inject
    EntityManager em;

    Clock clock = CivilDate.clock();

    public record Answer(NursingLeaveCheck check, int allowanceDays) {
    }

    @Transactional
    public Answer check(String childIdNumber, String by) {
        LocalDate today = LocalDate.now(clock);
        HouseholdRules r = rules.rules();
        String normal = ResidentIdNumber.normalise(childIdNumber);
        String index = protector.index(normal);
        List<HouseholdMember> asChild = members.childrenByIdIndex(protector.indexes(normal));
        Map<UUID, List<HouseholdMember>> family = members.ofHouseholds(asChild.stream().map(m -> m.householdId).toList())
                .stream().collect(Collectors.groupingBy(m -> m.householdId));
        List<NursingLeaveRule.Household> seen = asChild.stream().map(child -> {
            Household h = households.get(child.householdId);
            return new NursingLeaveRule.Household(h.basis, h.isActive(), child.isLivingOn(today),
                    family.getOrDefault(h.id, List.of()).stream().filter(m -> m.role.isParent())
                            .map(m -> new NursingLeaveRule.Parent(m.birthDate, m.diedOn)).toList());
        }).toList();
        NursingLeaveRule.Reason reason = NursingLeaveRule.decide(seen, today, r.nursingLeaveParentAgeYears());
        NursingLeaveCheck c = new NursingLeaveCheck();
        c.id = UUID.randomUUID();
        c.childIdIndex = index;
        c.year = today.getYear();
        c.qualifies = reason == NursingLeaveRule.Reason.PARENT_AGED_60_OR_MORE;
        c.reason = reason.name();
        c.checkedAt = Instant.now(clock);
        c.checkedBy = by;
        em.persist(c);
        return new Answer(c, c.qualifies ? r.nursingLeaveDays() : 0);
    }
}
