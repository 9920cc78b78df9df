package cn.gov.zhangping.fertility.childcare.replacement.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.gov.zhangping.fertility.platform.problem.DomainException;

/** A child of a re-placement case (its registration id only): WAITING until PLACED in a nursery or WITHDRAWN. */
@Entity
@Table(name = "replacement_child")
public class ReplacementChild {

    public enum Status { WAITING, PLACED, WITHDRAWN }

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "child_id", nullable = false)
    public UUID childId;

    @Column(name = "former_enrolment_id", nullable = false)
    public UUID formerEnrolmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "placed_enrolment_id")
    public UUID placedEnrolmentId;

    @Column(name = "placed_institution_id")
    public UUID placedInstitutionId;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    public String reason;

    @Column(name = "actor_role")
    public String actorRole;

    /** A child placed or withdrawn already is not decided again (409). */
    public void mustBeWaiting() {
        if (status != Status.WAITING) {
            throw new DomainException(409, "child-decided", "Child placed or withdrawn already",
                    "the child of this case is " + status + " already");
        }
    }

    public void placed(UUID enrolmentId, UUID institutionId, LocalDate on, String role) {
        mustBeWaiting();
        status = Status.PLACED;
        placedEnrolmentId = enrolmentId;
        placedInstitutionId = institutionId;
        decidedOn = on;
        reason = "placed";
        actorRole = role;
    }

    public void withdrawn(LocalDate on, String why, String role) {
        mustBeWaiting();
        status = Status.WITHDRAWN;
        decidedOn = on;
        reason = why;
        actorRole = role;
    }
}
