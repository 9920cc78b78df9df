package cn.gov.zhangping.fertility.familysupport.household.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.familysupport.audit.domain.ChangeAudit;
import cn.gov.zhangping.fertility.familysupport.family.domain.ChildBornInFamily;
import cn.gov.zhangping.fertility.familysupport.household.events.HouseholdEvents;
import cn.gov.zhangping.fertility.familysupport.household.persistence.HouseholdHistoryRepository;
import cn.gov.zhangping.fertility.familysupport.household.persistence.HouseholdMemberRepository;
import cn.gov.zhangping.fertility.familysupport.household.persistence.HouseholdRepository;
import cn.gov.zhangping.fertility.familysupport.household.persistence.HouseholdRuleRepository;
import cn.gov.zhangping.fertility.platform.outbox.Outbox;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.security.TownshipScope;
import cn.gov.zhangping.fertility.platform.time.CivilDate;

/**
 * Records a household's status changes (漳政办规〔2023〕2号 二(五)15–16), each with the next revision, a history row and a
 * {@code household.status-changed.v1} event in the same transaction:
 * <ul>
 * <li>MEMBER_DIED: a member died. The only child of an only-child household dying makes it a special family
 * (CHILD_DECEASED).</li>
 * <li>CHILD_DISABLED: the only child was assessed at a disability grade; a qualifying grade makes an only-child
 * household a special family (CHILD_DISABLED).</li>
 * <li>REBIRTH: a special family had (or adopted) another child: special assistance ends (status ENDED) from the month
 * after. A birth registered in the household's family record does this by itself ({@link #childBorn}).</li>
 * <li>MOVED_AWAY: the household moved out of Zhangping: eligibility ends from the month after.</li>
 * </ul>
 * An ended or moved-away household takes no further change (409).
 */
@ApplicationScoped
public class ChangingHouseholdStatus {

    @Inject
    ChangeAudit audit;

    @Inject
    HouseholdRepository households;

    @Inject
    HouseholdMemberRepository members;

    @Inject
    HouseholdHistoryRepository history;

    @Inject
    HouseholdRuleRepository rules;

    @Inject
    Outbox outbox;

    Clock clock = CivilDate.clock();

    /** A change a registrar records; {@code disabilityGrade} only for CHILD_DISABLED. */
    public record Change(ChangeKind kind, UUID memberId, LocalDate effectiveOn, Integer disabilityGrade) {
    }

    @Transactional
    public Household record(UUID householdId, Change change, TownshipScope scope, String by) {
        Household h = households.get(householdId, scope);
        LocalDate today = LocalDate.now(clock);
        if (change.effectiveOn().isAfter(today)) {
            throw DomainException.invalid("effectiveOn", "must not be in the future");
        }
        if (!h.isActive()) {
            throw new DomainException(409, "household-not-active", "Household no longer active",
                    "Household " + h.id + " is " + h.status + " since " + h.endedOn + "; it takes no further change");
        }
        List<HouseholdMember> all = members.of(h.id);
        HouseholdMember member = null;
        if (change.kind() == ChangeKind.MEMBER_DIED || change.kind() == ChangeKind.CHILD_DISABLED) {
            if (change.memberId() == null) {
                throw DomainException.invalid("memberId", "is required for " + change.kind());
            }
            member = all.stream().filter(m -> m.id.equals(change.memberId())).findFirst()
                    .orElseThrow(() -> new DomainException(422, "unknown-member", "Unknown member",
                            "Member " + change.memberId() + " is not a member of household " + h.id));
            if (member.diedOn != null) {
                throw new DomainException(409, "member-deceased", "Member already deceased",
                        "Member " + member.id + " is recorded as deceased");
            }
            if (!change.effectiveOn().isAfter(member.birthDate.minusDays(1))) {
                throw DomainException.invalid("effectiveOn", "must not be before the member's date of birth");
            }
        } else if (change.memberId() != null) {
            throw DomainException.invalid("memberId", "is only given for MEMBER_DIED and CHILD_DISABLED");
        }
        switch (change.kind()) {
            case MEMBER_DIED -> died(h, member, change.effectiveOn());
            case CHILD_DISABLED -> disabled(h, member, change);
            case REBIRTH -> rebirth(h, change.effectiveOn());
            case MOVED_AWAY -> h.end(HouseholdStatus.MOVED_AWAY, change.effectiveOn());
            case ENROLLED -> throw DomainException.invalid("kind", "ENROLLED is recorded by enrolling the household");
        }
        Instant now = Instant.now(clock);
        HouseholdStatusChange c = HouseholdStatusChange.of(h, change.kind(), change.memberId(), change.effectiveOn(), now,
                by);
        history.persist(c);
        outbox.add(HouseholdEvents.statusChanged(h, c));
        audit.changed(h.id);
        return h;
    }

    /**
     * A birth registered in a family (fired by the family record in the registration's transaction): a special family
     * of that family, active, whose child was born after it became special, has had a re-birth.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void childBorn(@Observes ChildBornInFamily born) {
        if (born.newFamily()) {
            return; // created by this registration: no household refers to it yet
        }
        for (Household h : households.ofFamily(born.familyId())) {
            if (h.isActive() && h.scheme == Scheme.SPECIAL_ASSISTANCE && h.specialSince != null
                    && born.birthDate().isAfter(h.specialSince)) {
                h.end(HouseholdStatus.ENDED, born.birthDate());
                HouseholdStatusChange c = HouseholdStatusChange.of(h, ChangeKind.REBIRTH, null, born.birthDate(),
                        Instant.now(clock), "birth-registration:" + born.registrationId());
                history.persist(c);
                outbox.add(HouseholdEvents.statusChanged(h, c));
            }
        }
    }

    private void died(Household h, HouseholdMember member, LocalDate on) {
        member.diedOn = on;
        boolean onlyChild = member.role == MemberRole.CHILD && h.basis == Basis.ONLY_CHILD;
        if (onlyChild) {
            h.becomeSpecial(Basis.CHILD_DECEASED, on);
        } else {
            h.changed();
        }
    }

    private void disabled(Household h, HouseholdMember member, Change change) {
        if (member.role != MemberRole.CHILD) {
            throw DomainException.invalid("memberId", "CHILD_DISABLED is recorded for a child");
        }
        Integer grade = change.disabilityGrade();
        if (grade == null) {
            throw DomainException.invalid("disabilityGrade", "is required for CHILD_DISABLED");
        }
        member.disabilityGrade = grade;
        if (h.basis == Basis.ONLY_CHILD && rules.rules().disabilityQualifies(grade)) {
            h.becomeSpecial(Basis.CHILD_DISABLED, change.effectiveOn());
        } else {
            h.changed();
        }
    }

    private void rebirth(Household h, LocalDate on) {
        if (h.scheme != Scheme.SPECIAL_ASSISTANCE) {
            throw new DomainException(409, "not-a-special-family", "Not a special family",
                    "A re-birth ends special assistance; household " + h.id + " is in " + h.scheme);
        }
        h.end(HouseholdStatus.ENDED, on);
    }
}
