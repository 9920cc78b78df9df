package cn.gov.zhangping.fertility.familysupport.household.review.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.familysupport.audit.domain.ChangeAudit;
import cn.gov.zhangping.fertility.familysupport.household.domain.Household;
import cn.gov.zhangping.fertility.familysupport.household.domain.HouseholdMember;
import cn.gov.zhangping.fertility.familysupport.household.domain.Scheme;
import cn.gov.zhangping.fertility.familysupport.household.persistence.HouseholdMemberRepository;
import cn.gov.zhangping.fertility.familysupport.household.persistence.HouseholdRepository;
import cn.gov.zhangping.fertility.familysupport.household.review.persistence.HouseholdReviewRepository;
import cn.gov.zhangping.fertility.familysupport.household.review.persistence.InsuranceEnrolmentRepository;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.security.TownshipScope;
import cn.gov.zhangping.fertility.platform.time.CivilDate;

/**
 * Medical security (漳平医保局) records a special-family member's subsidised medical-insurance enrolment for a
 * year (资助参保, 二(五)16; indicator 24). It counts in the year's review event, so it is recorded before the reviewer
 * confirms that review (409 after).
 */
@ApplicationScoped
public class RecordingInsurance {

    @Inject
    ChangeAudit audit;

    @Inject
    HouseholdRepository households;

    @Inject
    HouseholdMemberRepository members;

    @Inject
    InsuranceEnrolmentRepository enrolments;

    @Inject
    HouseholdReviewRepository reviews;

    Clock clock = CivilDate.clock();

    /**
     * Records the enrolment: a write on the household, so a household outside the caller's townships ({@code scope})
     * is not found (404), checked here on the household it changes.
     */
    @Transactional
    public InsuranceEnrolment record(UUID householdId, UUID memberId, int year, LocalDate enrolledOn, TownshipScope scope,
                                     String by) {
        Household h = households.get(householdId, scope);
        HouseholdMember m = members.findByIdOptional(memberId).filter(x -> x.householdId.equals(h.id))
                .orElseThrow(() -> DomainException.notFound("Member of household " + h.id, memberId));
        LocalDate today = LocalDate.now(clock);
        if (enrolledOn.isAfter(today)) {
            throw DomainException.invalid("enrolledOn", "must not be in the future");
        }
        if (Math.abs(enrolledOn.getYear() - year) > 1) {
            throw DomainException.invalid("enrolledOn", "must be in the year of cover or the year before");
        }
        if (h.scheme != Scheme.SPECIAL_ASSISTANCE) {
            throw new DomainException(422, "not-a-special-family", "Not a special family",
                    "Subsidised enrolment is recorded for members of special families; household " + h.id + " is in "
                            + h.scheme);
        }
        if (reviews.allOfYear(year).stream().anyMatch(r -> r.status == ReviewStatus.CONFIRMED && r.covers(h.townshipCode))) {
            throw new DomainException(409, "review-confirmed", "Review already confirmed",
                    "The review of " + year + " was confirmed; its enrolments are final");
        }
        InsuranceEnrolment e = enrolments.findByIdOptional(new InsuranceEnrolment.Key(m.id, year)).orElse(null);
        boolean created = e == null;
        if (created) {
            e = new InsuranceEnrolment();
            e.memberId = m.id;
            e.year = year;
        }
        e.enrolledOn = enrolledOn;
        e.recordedAt = Instant.now(clock);
        e.recordedBy = by;
        if (created) {
            enrolments.persist(e);
        }
        audit.changed(h.id);
        return e;
    }
}
