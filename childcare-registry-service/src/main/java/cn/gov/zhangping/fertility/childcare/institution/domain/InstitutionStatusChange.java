package cn.gov.zhangping.fertility.childcare.institution.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of an institution's lifecycle: from, to, the date it takes effect, why, and the role that took it. */
@Entity
@Table(name = "institution_status_change")
public class InstitutionStatusChange {

    @Id
    public UUID id;

    @Column(name = "institution_id", nullable = false)
    public UUID institutionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public InstitutionStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public InstitutionStatus toStatus;

    @Column(name = "effective_on", nullable = false)
    public LocalDate effectiveOn;

    @Column(nullable = false)
    public String reason;

    @Column(name = "actor_role", nullable = false)
    public String actorRole;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public static InstitutionStatusChange of(UUID institution, InstitutionStatus from, InstitutionStatus to,
                                             LocalDate on, String reason, String role) {
        InstitutionStatusChange c = new InstitutionStatusChange();
        c.id = UUID.randomUUID();
        c.institutionId = institution;
        c.fromStatus = from;
        c.toStatus = to;
        c.effectiveOn = on;
        c.reason = reason;
        c.actorRole = role;
        c.recordedAt = Instant.now();
        return c;
    }
}
