package cn.gov.zhangping.fertility.familysupport.application.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.reference.Department;

/**
 * One sub-matter of a joint application, owned by one department, moving {@code SUBMITTED → ACCEPTED → DONE} or to
 * {@code REJECTED} and back to SUBMITTED ({@link SubMatterStatus}). Its due date is its time limit in working days
 * from its (re)submission; a sub-matter done before the application opened (a child born up to 3 years before) is
 * entered as done and counts in no statistic of time.
 */
@Entity
@Table(name = "sub_matter")
public class SubMatter {

    @Id
    public UUID id;

    @Version
    @Column(nullable = false)
    public int version;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SubMatterKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Department department;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SubMatterStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code")
    public RejectionReason reasonCode;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "submitted_on", nullable = false)
    public LocalDate submittedOn;

    @Column(name = "first_submitted_on", nullable = false)
    public LocalDate firstSubmittedOn;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    @Column(name = "done_at")
    public Instant doneAt;

    @Column(name = "done_on")
    public LocalDate doneOn;

    @Column(name = "rejected_at")
    public Instant rejectedAt;

    @Column(nullable = false)
    public int rejections;

    @Column(name = "done_before", nullable = false)
    public boolean doneBefore;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    static SubMatter submit(UUID applicationId, SubMatterKind kind, Department department, Instant at, LocalDate today,
                            LocalDate dueOn, boolean alreadyDone, String by) {
        SubMatter s = new SubMatter();
        s.id = UUID.randomUUID();
        s.applicationId = applicationId;
        s.kind = kind;
        s.department = department;
        s.submittedAt = at;
        s.submittedOn = today;
        s.firstSubmittedOn = today;
        s.dueOn = dueOn;
        s.updatedAt = at;
        s.updatedBy = by;
        s.doneBefore = alreadyDone;
        s.status = alreadyDone ? SubMatterStatus.DONE : SubMatterStatus.SUBMITTED;
        if (alreadyDone) {
            s.doneAt = at;
            s.doneOn = today;
        }
        return s;
    }

    /** Moves to {@code next}; {@code reason} is required for REJECTED and refused otherwise. 409 when not allowed. */
    void become(SubMatterStatus next, RejectionReason reason, Instant at, LocalDate today, LocalDate dueOnResubmission,
                String by) {
        if (!status.canBecome(next)) {
            throw new DomainException(409, "invalid-transition", "Not allowed in this status",
                    "Sub-matter " + kind + " is " + status + " and cannot become " + next);
        }
        if ((next == SubMatterStatus.REJECTED) != (reason != null)) {
            throw DomainException.invalid("reasonCode", next == SubMatterStatus.REJECTED
                    ? "is required to reject" : "is only given to reject");
        }
        status = next;
        reasonCode = reason;
        updatedAt = at;
        updatedBy = by;
        switch (next) {
            case ACCEPTED -> acceptedAt = at;
            case DONE -> {
                doneAt = at;
                doneOn = today;
            }
            case REJECTED -> {
                rejectedAt = at;
                rejections++;
            }
            case SUBMITTED -> {
                submittedAt = at;
                submittedOn = today;
                dueOn = dueOnResubmission;
                acceptedAt = null;
            }
        }
    }

    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && today.isAfter(dueOn);
    }
}
