package cn.gov.zhangping.fertility.childcare.inspection.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.childcare.institution.domain.ChildcareInstitution;
import cn.gov.zhangping.fertility.childcare.institution.domain.InstitutionStatus;
import cn.gov.zhangping.fertility.childcare.institution.domain.ManagingInstitutions;
import cn.gov.zhangping.fertility.childcare.institution.persistence.InstitutionRepository;
import cn.gov.zhangping.fertility.childcare.inspection.persistence.InspectionRepository;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.problem.Problem.FieldError;
import cn.gov.zhangping.fertility.platform.time.CivilDate;

/**
 * Supervision of nurseries (plan task 10): inspections with their findings, rectifications, and enforcement actions.
 * An action that moves the nursery (suspension, its lifting, revocation) goes through the institution's lifecycle
 * ({@link ManagingInstitutions#changeStatus}), so the step is in the same history and institution-changed.v1 is
 * published; a revocation closes the nursery, which ends its enrolments and opens a re-placement case. A suspension
 * is lifted only when every finding of the nursery is rectified. Every step keeps its date, reason and role.
 */
@ApplicationScoped
public class SupervisingNurseries {

    /** Dates before this are typing mistakes, not records of the plan's period (2023 on). */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    /** A rectification deadline further away than this is a typing mistake. */
    static final int MAX_RECTIFICATION_YEARS = 5;

    @Inject
    InstitutionRepository institutions;

    @Inject
    InspectionRepository inspections;

    @Inject
    ManagingInstitutions managing;

    @Transactional
    public Inspection record(UUID institutionId, InspectionDetails d, String role) {
        ChildcareInstitution nursery = open(institutionId);
        LocalDate today = CivilDate.today();
        List<FieldError> errors = new ArrayList<>();
        if (d.inspectedOn().isAfter(today) || d.inspectedOn().isBefore(EARLIEST)) {
            errors.add(new FieldError("inspectedOn", "must be from " + EARLIEST + " to today"));
        }
        boolean passed = d.outcome() == Inspection.Outcome.PASSED;
        if (passed && !d.findings().isEmpty()) {
            errors.add(new FieldError("findings", "must be empty when the outcome is PASSED"));
        } else if (!passed && d.findings().isEmpty()) {
            errors.add(new FieldError("findings", "must name at least one finding when the outcome is " + d.outcome()));
        }
        for (int i = 0; i < d.findings().size(); i++) {
            LocalDate by = d.findings().get(i).rectifyBy();
            if (by.isBefore(d.inspectedOn()) || by.isAfter(d.inspectedOn().plusYears(MAX_RECTIFICATION_YEARS))) {
                errors.add(new FieldError("findings[" + i + "].rectifyBy", "must be from inspectedOn to "
                        + MAX_RECTIFICATION_YEARS + " years after it"));
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        Inspection inspection = new Inspection();
        inspection.id = UUID.randomUUID();
        inspection.institutionId = nursery.id;
        inspection.inspectedOn = d.inspectedOn();
        inspection.department = d.department();
        inspection.kind = d.kind();
        inspection.outcome = d.outcome();
        inspection.summary = d.summary();
        inspection.actorRole = role;
        inspection.recordedAt = Instant.now();
        inspections.persist(inspection);
        for (InspectionDetails.FindingDetails fd : d.findings()) {
            Finding f = new Finding();
            f.id = UUID.randomUUID();
            f.inspectionId = inspection.id;
            f.institutionId = nursery.id;
            f.category = fd.category();
            f.severity = fd.severity();
            f.description = fd.description();
            f.rectifyBy = fd.rectifyBy();
            f.status = Finding.Status.OPEN;
            inspections.add(f);
        }
        return inspection;
    }

    /** Records that a finding was rectified (a finding stays open until then, also past its deadline). */
    @Transactional
    public Finding rectify(UUID findingId, LocalDate on, String note, String role) {
        Finding f = inspections.finding(findingId).orElseThrow(() -> DomainException.notFound("inspection finding", findingId));
        institutions.lock(f.institutionId);
        LocalDate day = on != null ? on : CivilDate.today();
        if (day.isAfter(CivilDate.today())) {
            throw DomainException.invalid("rectifiedOn", "must not be after today");
        }
        f.rectify(day, inspections.findById(f.inspectionId).inspectedOn, note, role);
        return f;
    }

    @Transactional
    public EnforcementAction take(UUID institutionId, ActionDetails d, String role) {
        ChildcareInstitution nursery = open(institutionId);
        List<FieldError> errors = new ArrayList<>();
        boolean fine = d.kind() == EnforcementAction.Kind.FINE;
        if (fine && d.fineAmount() == null) {
            errors.add(new FieldError("fineAmount", "is required for a FINE"));
        } else if (!fine && d.fineAmount() != null) {
            errors.add(new FieldError("fineAmount", "is given only for a FINE"));
        }
        if (d.inspectionId() != null) {
            Inspection inspection = inspections.findByIdOptional(d.inspectionId()).orElse(null);
            if (inspection == null || !inspection.institutionId.equals(nursery.id)) {
                errors.add(new FieldError("inspectionId", "must be an inspection of this institution"));
            }
        }
        LocalDate on = d.takenOn() != null ? d.takenOn() : CivilDate.today();
        if (on.isAfter(CivilDate.today()) || on.isBefore(EARLIEST)) {
            errors.add(new FieldError("takenOn", "must be from " + EARLIEST + " to today"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        if (d.kind() == EnforcementAction.Kind.SUSPENSION_LIFTED) {
            long open = inspections.openFindings(nursery.id);
            if (open > 0) {
                throw new DomainException(409, "findings-open", "Findings not rectified",
                        open + " finding(s) of this institution are still open; a suspension is lifted once all are rectified");
            }
        }
        InstitutionStatus to = d.kind().movesTo();
        if (to != null) {
            managing.changeStatus(nursery.id, to, on, d.kind() + ": " + d.reason(), role);
        }
        EnforcementAction a = new EnforcementAction();
        a.id = UUID.randomUUID();
        a.institutionId = nursery.id;
        a.kind = d.kind();
        a.takenOn = on;
        a.reason = d.reason();
        a.fineAmount = d.fineAmount();
        a.inspectionId = d.inspectionId();
        a.actorRole = role;
        a.recordedAt = Instant.now();
        inspections.add(a);
        return a;
    }

    /** The institution, locked; a closed one is not inspected or acted on any more (409). */
    private ChildcareInstitution open(UUID id) {
        ChildcareInstitution i = institutions.lock(id).orElseThrow(() -> DomainException.notFound("childcare institution", id));
        if (i.status == InstitutionStatus.CLOSED) {
            throw new DomainException(409, "institution-closed", "Institution closed",
                    "a closed institution is not inspected or acted on any more");
        }
        return i;
    }
}
