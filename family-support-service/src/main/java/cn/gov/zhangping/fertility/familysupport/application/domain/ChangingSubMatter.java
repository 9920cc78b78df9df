package cn.gov.zhangping.fertility.familysupport.application.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.familysupport.application.events.ApplicationEvents;
import cn.gov.zhangping.fertility.familysupport.application.persistence.ApplicationReferenceData;
import cn.gov.zhangping.fertility.familysupport.application.persistence.JointApplicationRepository;
import cn.gov.zhangping.fertility.familysupport.application.persistence.SubMatterRepository;
import cn.gov.zhangping.fertility.platform.outbox.Outbox;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.reference.Department;
import cn.gov.zhangping.fertility.platform.time.CivilDate;

/**
 * Changes a sub-matter's status: its department's worklist officer accepts, completes or rejects it (with a reason);
 * a registrar resubmits a rejected one for the family. The application is complete when every sub-matter is done.
 * The change and its event commit together.
 */
@ApplicationScoped
public class ChangingSubMatter {

    @Inject
    JointApplicationRepository applications;

    @Inject
    SubMatterRepository subMatters;

    @Inject
    ApplicationReferenceData reference;

    @Inject
    Outbox outbox;

    Clock clock = CivilDate.clock();

    /** Who asks: the departments whose worklist officer the caller is, and whether the caller resubmits for the family. */
    public record Caller(String name, List<Department> departments, boolean registrar) {
    }

    @Transactional
    public JointApplication change(UUID applicationId, SubMatterKind kind, SubMatterStatus next, RejectionReason reason,
                                   Caller caller) {
        JointApplication a = applications.get(applicationId);
        SubMatter s = subMatters.of(applicationId).stream().filter(m -> m.kind == kind).findFirst()
                .orElseThrow(() -> new DomainException(404, "not-found", "Not found",
                        "Application " + applicationId + " has no sub-matter " + kind));
        boolean allowed = next == SubMatterStatus.SUBMITTED ? caller.registrar() : caller.departments().contains(s.department);
        if (!allowed) {
            throw new DomainException(403, "forbidden", "Forbidden", next == SubMatterStatus.SUBMITTED
                    ? "Only a registrar resubmits a sub-matter for the family"
                    : "Sub-matter " + kind + " belongs to " + s.department + "; only its worklist officer changes it");
        }
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.now(clock);
        LocalDate due = next == SubMatterStatus.SUBMITTED
                ? reference.calendar().plusWorkingDays(today, reference.rules().get(kind).timeLimitDays())
                : s.dueOn;
        s.become(next, reason, now, today, due, caller.name());
        boolean complete = subMatters.of(applicationId).stream().allMatch(m -> m.status == SubMatterStatus.DONE);
        a.completedAt = complete ? (a.completedAt == null ? now : a.completedAt) : null;
        try {
            subMatters.flush();
        } catch (OptimisticLockException e) {
            throw new DomainException(409, "concurrent-change", "Changed concurrently",
                    "Sub-matter " + kind + " was changed by another request at the same time; read it again and retry");
        }
        outbox.add(ApplicationEvents.subMatterChanged(a, s));
        return a;
    }
}
