package cn.gov.zhangping.fertility.childcare.institution.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.childcare.community.domain.Community;
import cn.gov.zhangping.fertility.childcare.community.persistence.CommunityRepository;
import cn.gov.zhangping.fertility.childcare.enrolment.domain.EnrollingChild;
import cn.gov.zhangping.fertility.childcare.enrolment.domain.Enrolment;
import cn.gov.zhangping.fertility.childcare.enrolment.persistence.EnrolmentRepository;
import cn.gov.zhangping.fertility.childcare.institution.events.InstitutionEvents;
import cn.gov.zhangping.fertility.childcare.institution.persistence.InstitutionRepository;
import cn.gov.zhangping.fertility.childcare.zone.domain.ResidentialZone;
import cn.gov.zhangping.fertility.childcare.zone.persistence.ZoneRepository;
import cn.gov.zhangping.fertility.platform.outbox.Outbox;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.problem.Problem.FieldError;
import cn.gov.zhangping.fertility.platform.time.CivilDate;

/**
 * The Health Commission registers childcare institutions and moves them through their lifecycle (plan task 10:
 * 注册登记、备案、信息公示 ... 关停应急处置); every change is kept in the history and published (institution-changed.v1)
 * in the same transaction.
 */
@ApplicationScoped
public class ManagingInstitutions {

    @Inject
    InstitutionRepository institutions;

    @Inject
    CommunityRepository communities;

    @Inject
    ZoneRepository zones;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    EnrollingChild enrolling;

    @Inject
    Outbox outbox;

    @Inject
    Event<NurseryClosed> closed;

    @Transactional
    public ChildcareInstitution register(InstitutionDetails d, String role) {
        List<FieldError> errors = new ArrayList<>();
        if (!CreditCode.isValid(d.creditCode())) {
            errors.add(new FieldError("creditCode", "is not a unified social credit code: wrong check character (GB 32100-2015)"));
        }
        if (d.inclusiveSlots() > d.totalSlots()) {
            errors.add(new FieldError("inclusiveSlots", "must not be more than totalSlots"));
        }
        Community community = communities.findByIdOptional(d.communityCode()).orElse(null);
        if (community == null || !community.townshipCode.equals(d.townshipCode())) {
            errors.add(new FieldError("communityCode", "must be a community of the register in the township"));
        }
        if (d.zoneId() != null) {
            ResidentialZone zone = zones.findByIdOptional(d.zoneId()).orElse(null);
            if (zone == null || !zone.townshipCode.equals(d.townshipCode())) {
                errors.add(new FieldError("zoneId", "must be a residential zone of the township"));
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        if (institutions.creditCodeTaken(d.creditCode())) {
            throw new DomainException(409, "duplicate-credit-code", "Institution already registered",
                    "an institution with this unified social credit code is registered already");
        }
        ChildcareInstitution i = new ChildcareInstitution();
        i.id = UUID.randomUUID();
        i.name = d.name();
        i.creditCode = d.creditCode();
        i.kind = d.kind();
        i.inclusive = d.inclusive();
        i.townshipCode = d.townshipCode();
        i.communityCode = d.communityCode();
        i.zoneId = d.zoneId();
        i.address = d.address();
        i.totalSlots = d.totalSlots();
        i.inclusiveSlots = d.inclusiveSlots();
        i.ageGroups = ChildcareInstitution.ageGroupsText(d.ageGroups());
        i.monthlyFee = d.monthlyFee();
        i.operator = d.operator();
        i.status = InstitutionStatus.REGISTERED;
        i.registeredAt = Instant.now();
        i.revision = 1;
        institutions.persist(i);
        institutions.record(InstitutionStatusChange.of(i.id, null, InstitutionStatus.REGISTERED, CivilDate.today(),
                "registered", role));
        outbox.add(InstitutionEvents.changed(i));
        return i;
    }

    /**
     * Moves the institution to {@code to} as of {@code on}. Closing a nursery ends its children's enrolments as of
     * the closing day (reason NURSERY_CLOSED) and cancels its waiting list, so that each child can be enrolled
     * elsewhere at once; the children it had enrolled go into a re-placement case ({@link NurseryClosed}). Children
     * only waiting there were not attending and keep their places on other nurseries' lists; they are not in the case.
     */
    @Transactional
    public ChildcareInstitution changeStatus(UUID id, InstitutionStatus to, LocalDate on, String reason, String role) {
        ChildcareInstitution i = institutions.lock(id).orElseThrow(() -> DomainException.notFound("childcare institution", id));
        InstitutionStatus from = i.moveTo(to);
        LocalDate effective = on != null ? on : CivilDate.today();
        institutions.record(InstitutionStatusChange.of(i.id, from, to, effective, reason, role));
        if (to == InstitutionStatus.CLOSED) {
            List<Enrolment> ended = enrolments.active(i.id);
            for (Enrolment e : ended) {
                enrolling.end(e, i, effective, Enrolment.NURSERY_CLOSED);
            }
            enrolments.waiting(i.id).forEach(w -> w.status = cn.gov.zhangping.fertility.childcare.enrolment.domain.WaitingEntry.Status.CANCELLED);
            if (!ended.isEmpty()) {
                closed.fire(new NurseryClosed(i, effective, ended, role));
            }
        } else if (to == InstitutionStatus.OPERATING) {
            enrolling.serveWaitingList(i, effective);
        }
        outbox.add(InstitutionEvents.changed(i));
        return i;
    }

    /** Changes the slots; the freed ones go to the waiting list. */
    @Transactional
    public ChildcareInstitution changeSlots(UUID id, int total, int inclusiveSlots) {
        ChildcareInstitution i = institutions.lock(id).orElseThrow(() -> DomainException.notFound("childcare institution", id));
        if (i.status == InstitutionStatus.CLOSED) {
            throw new DomainException(409, "institution-closed", "Institution closed", "a closed institution's slots do not change");
        }
        i.changeSlots(total, inclusiveSlots, enrolments.countActive(id));
        enrolling.serveWaitingList(i, CivilDate.today());
        outbox.add(InstitutionEvents.changed(i));
        return i;
    }
}
