package cn.gov.zhangping.fertility.childcare.replacement.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.childcare.community.domain.Community;
import cn.gov.zhangping.fertility.childcare.community.persistence.CommunityRepository;
import cn.gov.zhangping.fertility.childcare.demand.domain.RegisteredChild;
import cn.gov.zhangping.fertility.childcare.demand.persistence.RegisteredChildRepository;
import cn.gov.zhangping.fertility.childcare.enrolment.domain.EnrollingChild;
import cn.gov.zhangping.fertility.childcare.enrolment.domain.Enrolment;
import cn.gov.zhangping.fertility.childcare.enrolment.persistence.EnrolmentRepository;
import cn.gov.zhangping.fertility.childcare.institution.domain.InstitutionStatus;
import cn.gov.zhangping.fertility.childcare.institution.domain.NurseryClosed;
import cn.gov.zhangping.fertility.childcare.institution.persistence.InstitutionRepository;
import cn.gov.zhangping.fertility.childcare.replacement.persistence.ReplacementCaseRepository;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.time.CivilDate;

/**
 * The closure emergency procedure (plan task 10, 关停应急处置): when a nursery closes with children enrolled (by the
 * lifecycle or by revocation) a case lists its children; for each one still waiting the candidate nurseries are
 * computed when the case is read (OPERATING, same township, free slots; ranked by {@link CandidateRanking}). The
 * Health Commission places a child, which enrols it through {@link EnrollingChild} (the same row lock and capacity
 * rule as any enrolment), or records that the family withdrew; the case is RESOLVED when no child is waiting.
 */
@ApplicationScoped
public class ResolvingReplacementCases {

    /** A child of a case with the nurseries it could move to (empty once it is placed or withdrawn). */
    public record ChildView(ReplacementChild child, List<CandidateRanking.Candidate> candidates) {
    }

    @Inject
    ReplacementCaseRepository cases;

    @Inject
    InstitutionRepository institutions;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    CommunityRepository communities;

    @Inject
    RegisteredChildRepository children;

    @Inject
    EnrollingChild enrolling;

    /** Opens the case of a nursery that closed with children enrolled, in the closing transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void opened(@Observes NurseryClosed closed) {
        ReplacementCase c = new ReplacementCase();
        c.id = UUID.randomUUID();
        c.institutionId = closed.nursery().id;
        c.townshipCode = closed.nursery().townshipCode;
        c.communityCode = closed.nursery().communityCode;
        c.openedOn = closed.on();
        c.openedAt = Instant.now();
        c.status = ReplacementCase.Status.OPEN;
        c.revision = 1;
        cases.persist(c);
        for (Enrolment e : closed.endedEnrolments()) {
            ReplacementChild child = new ReplacementChild();
            child.id = UUID.randomUUID();
            child.caseId = c.id;
            child.childId = e.childId;
            child.formerEnrolmentId = e.id;
            child.status = ReplacementChild.Status.WAITING;
            cases.add(child);
        }
    }

    /** Places a waiting child of the case in a nursery: an enrolment like any other (409 when full or not operating). */
    @Transactional
    public ReplacementChild place(UUID caseId, UUID childId, UUID institutionId, LocalDate start, String role) {
        ReplacementCase c = lock(caseId);
        ReplacementChild child = childOf(c, childId);
        child.mustBeWaiting();
        LocalDate on = start != null ? start : CivilDate.today();
        Enrolment e = enrolling.enrol(institutionId, childId, on, false).enrolment();
        child.placed(e.id, institutionId, on, role);
        c.decided(cases.children(c.id));
        return child;
    }

    /** Records that the family withdrew the child from the procedure (moved away, cares at home, ...). */
    @Transactional
    public ReplacementChild withdraw(UUID caseId, UUID childId, LocalDate on, String reason, String role) {
        ReplacementCase c = lock(caseId);
        ReplacementChild child = childOf(c, childId);
        LocalDate day = on != null ? on : CivilDate.today();
        if (day.isBefore(c.openedOn) || day.isAfter(CivilDate.today())) {
            throw DomainException.invalid("date", "must be from the day the case opened (" + c.openedOn + ") to today");
        }
        child.withdrawn(day, reason, role);
        c.decided(cases.children(c.id));
        return child;
    }

    /** Each child of the case; the waiting ones with their candidate nurseries as they are now. */
    @Transactional
    public List<ChildView> children(ReplacementCase c) {
        List<ReplacementChild> all = cases.children(c.id);
        if (all.stream().noneMatch(ch -> ch.status == ReplacementChild.Status.WAITING)) {
            return all.stream().map(ch -> new ChildView(ch, List.of())).toList();
        }
        Map<String, Community> register = communities.inTownship(c.townshipCode).stream()
                .collect(Collectors.toMap(cm -> cm.code, Function.identity()));
        Map<UUID, Long> enrolled = enrolments.activeByInstitution();
        List<CandidateRanking.Nursery> open = institutions.find(c.townshipCode, InstitutionStatus.OPERATING).stream()
                .map(i -> new CandidateRanking.Nursery(i.id, i.name, i.inclusive, place(register, i.communityCode),
                        i.totalSlots - enrolled.getOrDefault(i.id, 0L)))
                .toList();
        return all.stream().map(ch -> ch.status != ReplacementChild.Status.WAITING ? new ChildView(ch, List.of())
                : new ChildView(ch, CandidateRanking.rank(place(register, origin(c, ch, register)), open))).toList();
    }

    /** Where the child's family lives when the register knows its community; else where the closed nursery was. */
    private String origin(ReplacementCase c, ReplacementChild ch, Map<String, Community> register) {
        return children.findByIdOptional(ch.childId).map((RegisteredChild r) -> r.communityCode)
                .filter(register::containsKey).orElse(c.communityCode);
    }

    private static CandidateRanking.Place place(Map<String, Community> register, String code) {
        Community cm = register.get(code);
        return cm == null ? new CandidateRanking.Place(code, null, null) : new CandidateRanking.Place(code, cm.latitude, cm.longitude);
    }

    private ReplacementCase lock(UUID caseId) {
        ReplacementCase c = cases.lock(caseId).orElseThrow(() -> DomainException.notFound("re-placement case", caseId));
        if (c.status == ReplacementCase.Status.RESOLVED) {
            throw new DomainException(409, "case-resolved", "Case resolved", "every child of this case is placed or withdrawn");
        }
        return c;
    }

    private ReplacementChild childOf(ReplacementCase c, UUID childId) {
        return cases.children(c.id).stream().filter(ch -> ch.childId.equals(childId)).findFirst()
                .orElseThrow(() -> DomainException.notFound("child of re-placement case " + c.id, childId));
    }
}
