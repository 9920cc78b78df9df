package cn.gov.zhangping.fertility.childcare.enrolment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.childcare.demand.domain.RegisteredChild;
import cn.gov.zhangping.fertility.childcare.demand.persistence.RegisteredChildRepository;
import cn.gov.zhangping.fertility.childcare.enrolment.events.EnrolmentEvents;
import cn.gov.zhangping.fertility.childcare.enrolment.persistence.EnrolmentRepository;
import cn.gov.zhangping.fertility.childcare.institution.domain.ChildcareInstitution;
import cn.gov.zhangping.fertility.childcare.institution.domain.InstitutionStatus;
import cn.gov.zhangping.fertility.childcare.institution.persistence.InstitutionRepository;
import cn.gov.zhangping.fertility.childcare.standards.domain.AgeLimit;
import cn.gov.zhangping.fertility.childcare.standards.domain.PlanningStandards;
import cn.gov.zhangping.fertility.contracts.childcare.EnrolmentStatus;
import cn.gov.zhangping.fertility.platform.outbox.Outbox;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.time.CivilDate;

/**
 * Enrols a child of the under-3 register into an operating nursery, withdraws it, and serves the waiting list.
 * Slots are never given twice: every change of a nursery's enrolments first locks the nursery's row
 * ({@code SELECT ... FOR UPDATE}), so parallel requests for its last slot are decided one after the other by the
 * database, on any number of service replicas. Every enrolment change publishes enrolment-changed.v1 in the same
 * transaction.
 */
@ApplicationScoped
public class EnrollingChild {

    /** What became of a request: an enrolment, or a place on the nursery's waiting list. */
    public record Result(Enrolment enrolment, WaitingEntry waiting) {
    }

    @Inject
    InstitutionRepository institutions;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    RegisteredChildRepository children;

    @Inject
    PlanningStandards standards;

    @Inject
    Outbox outbox;

    @Transactional
    public Result enrol(UUID institutionId, UUID childId, LocalDate startDate, boolean waitIfFull) {
        ChildcareInstitution nursery = institutions.lock(institutionId)
                .orElseThrow(() -> DomainException.notFound("childcare institution", institutionId));
        if (nursery.status != InstitutionStatus.OPERATING) {
            throw new DomainException(409, "institution-not-operating", "Institution not operating",
                    "the institution is " + nursery.status + "; children are enrolled only while it is OPERATING");
        }
        LocalDate start = startDate != null ? startDate : CivilDate.today();
        RegisteredChild child = eligibleChild(childId, start);
        if (enrolments.activeOf(childId).isPresent()) {
            throw new DomainException(409, "already-enrolled", "Child already enrolled",
                    "the child has an active enrolment; withdraw it first");
        }
        if (enrolments.countActive(institutionId) >= nursery.totalSlots) {
            if (!waitIfFull) {
                throw new DomainException(409, "institution-full", "No free slot",
                        "all " + nursery.totalSlots + " slots are taken; ask with waitIfFull to join the waiting list");
            }
            return new Result(null, joinWaitingList(nursery, childId));
        }
        return new Result(create(nursery, child, start), null);
    }

    /** The family withdraws the child; the freed slot goes to the first child waiting. */
    @Transactional
    public Enrolment withdraw(UUID enrolmentId, LocalDate date) {
        Enrolment e = enrolments.findByIdOptional(enrolmentId)
                .orElseThrow(() -> DomainException.notFound("enrolment", enrolmentId));
        ChildcareInstitution nursery = institutions.lock(e.institutionId).orElseThrow();
        e.end(EnrolmentStatus.WITHDRAWN, date != null ? date : CivilDate.today(), "withdrawn");
        outbox.add(EnrolmentEvents.changed(e, nursery.kind));
        serveWaitingList(nursery, CivilDate.today());
        return e;
    }

    /**
     * Ends, as of the day it takes effect, an active enrolment for a reason other than the family's (the child
     * turned 3, the nursery closed). The caller holds the nursery's lock.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void end(Enrolment e, ChildcareInstitution nursery, LocalDate on, String reason) {
        e.end(EnrolmentStatus.ENDED, on.isBefore(e.startDate) ? e.startDate : on, reason);
        outbox.add(EnrolmentEvents.changed(e, nursery.kind));
    }

    /**
     * Gives the nursery's free slots to the children waiting, in the order they asked; a child that meanwhile
     * turned 3 or was enrolled elsewhere leaves the list. The caller holds the nursery's lock.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void serveWaitingList(ChildcareInstitution nursery, LocalDate on) {
        if (nursery.status != InstitutionStatus.OPERATING) {
            return;
        }
        long free = nursery.totalSlots - enrolments.countActive(nursery.id);
        for (WaitingEntry w : enrolments.waiting(nursery.id)) {
            if (free <= 0) {
                return;
            }
            Optional<RegisteredChild> child = children.findByIdOptional(w.childId);
            AgeLimit limit = standards.childAgeLimit();
            if (child.isEmpty() || !limit.isUnder(child.get().birthDate, on) || enrolments.activeOf(w.childId).isPresent()) {
                w.status = WaitingEntry.Status.CANCELLED;
                continue;
            }
            create(nursery, child.get(), on);
            w.status = WaitingEntry.Status.ENROLLED;
            free--;
        }
    }

    private RegisteredChild eligibleChild(UUID childId, LocalDate start) {
        RegisteredChild child = children.findByIdOptional(childId).orElseThrow(() -> new DomainException(422,
                "child-not-registered", "Child not in the under-3 register",
                "no registered birth has the id given as childRegistrationId"));
        AgeLimit limit = standards.childAgeLimit();
        if (!limit.isUnder(child.birthDate, start)) {
            throw new DomainException(422, "child-not-under-3", "Child not under 3 on the start date",
                    "the child is not under " + limit.years() + " on " + start + " (born after it, or "
                            + limit.years() + " on or before it; " + limit.source() + ")");
        }
        return child;
    }

    private WaitingEntry joinWaitingList(ChildcareInstitution nursery, UUID childId) {
        List<WaitingEntry> waiting = enrolments.waiting(nursery.id);
        for (WaitingEntry w : waiting) {
            if (w.childId.equals(childId)) {
                return w;
            }
        }
        WaitingEntry w = new WaitingEntry();
        w.id = UUID.randomUUID();
        w.institutionId = nursery.id;
        w.childId = childId;
        w.requestedAt = Instant.now();
        w.status = WaitingEntry.Status.WAITING;
        enrolments.add(w);
        return w;
    }

    private Enrolment create(ChildcareInstitution nursery, RegisteredChild child, LocalDate start) {
        FeePolicy.Fee fee = FeePolicy.decide(nursery.kind, nursery.monthlyFee, child.birthOrder, child.specialFamily,
                enrolments.underReview(child.registrationId), enrolments.feeRules());
        Enrolment e = new Enrolment();
        e.id = UUID.randomUUID();
        e.institutionId = nursery.id;
        e.childId = child.registrationId;
        e.status = EnrolmentStatus.ACTIVE;
        e.startDate = start;
        e.monthlyFee = fee.monthlyFee();
        e.reductionRatio = fee.reductionRatio();
        e.reducedFee = fee.reducedFee();
        e.reductionSource = fee.source();
        e.reductionHeld = fee.held();
        e.revision = 1;
        enrolments.persist(e);
        outbox.add(EnrolmentEvents.changed(e, nursery.kind));
        return e;
    }
}
