package cn.gov.zhangping.fertility.childcare.inspection.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.gov.zhangping.fertility.platform.problem.DomainException;

/** A finding of an inspection, to be rectified by a deadline; closed when the rectification is recorded. */
@Entity
@Table(name = "inspection_finding")
public class Finding {

    public enum Category { SAFETY, FIRE_SAFETY, HEALTH_AND_HYGIENE, FOOD, STAFFING, FACILITIES, RECORDS, OTHER }

    public enum Severity { MINOR, MAJOR, CRITICAL }

    public enum Status { OPEN, RECTIFIED }

    @Id
    public UUID id;

    @Column(name = "inspection_id", nullable = false)
    public UUID inspectionId;

    @Column(name = "institution_id", nullable = false)
    public UUID institutionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Category category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity severity;

    @Column(nullable = false)
    public String description;

    @Column(name = "rectify_by", nullable = false)
    public LocalDate rectifyBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "rectified_on")
    public LocalDate rectifiedOn;

    @Column(name = "rectified_note")
    public String rectifiedNote;

    @Column(name = "rectified_role")
    public String rectifiedRole;

    /** Closes the finding; a finding rectified already, or a date before its inspection, is refused. */
    public void rectify(LocalDate on, LocalDate inspectedOn, String note, String role) {
        if (status == Status.RECTIFIED) {
            throw new DomainException(409, "finding-rectified", "Finding rectified already",
                    "the finding was rectified on " + rectifiedOn);
        }
        if (on.isBefore(inspectedOn)) {
            throw DomainException.invalid("rectifiedOn", "must not be before the inspection on " + inspectedOn);
        }
        status = Status.RECTIFIED;
        rectifiedOn = on;
        rectifiedNote = note;
        rectifiedRole = role;
    }
}
