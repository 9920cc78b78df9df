package cn.gov.zhangping.fertility.childcare.inspection.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An inspection of a nursery (plan task 10, supervision): when, by which department, what kind, with what outcome. */
@Entity
@Table(name = "inspection")
public class Inspection {

    public enum Kind { ROUTINE, COMPLAINT, SPECIAL_CAMPAIGN }

    /** PASSED has no findings; the two others have at least one. */
    public enum Outcome { PASSED, PASSED_WITH_FINDINGS, FAILED }

    @Id
    public UUID id;

    @Column(name = "institution_id", nullable = false)
    public UUID institutionId;

    @Column(name = "inspected_on", nullable = false)
    public LocalDate inspectedOn;

    @Column(nullable = false)
    public String department;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Outcome outcome;

    public String summary;

    @Column(name = "actor_role", nullable = false)
    public String actorRole;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
