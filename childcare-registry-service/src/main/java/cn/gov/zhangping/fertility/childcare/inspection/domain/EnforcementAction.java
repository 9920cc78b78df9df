package cn.gov.zhangping.fertility.childcare.inspection.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.gov.zhangping.fertility.childcare.institution.domain.InstitutionStatus;

/**
 * An enforcement action on a nursery (plan task 10): a warning, a rectification order, a fine, a suspension (the
 * nursery becomes SUSPENDED), the lifting of a suspension (OPERATING again, once every finding is rectified) or a
 * revocation (the nursery is CLOSED, which opens a re-placement case for its children).
 */
@Entity
@Table(name = "enforcement_action")
public class EnforcementAction {

    public enum Kind {
        WARNING(null), RECTIFICATION_ORDER(null), FINE(null), SUSPENSION(InstitutionStatus.SUSPENDED),
        SUSPENSION_LIFTED(InstitutionStatus.OPERATING), REVOCATION(InstitutionStatus.CLOSED);

        private final InstitutionStatus moves;

        Kind(InstitutionStatus moves) {
            this.moves = moves;
        }

        /** The lifecycle status the action moves the nursery to; null when it leaves the status alone. */
        public InstitutionStatus movesTo() {
            return moves;
        }
    }

    @Id
    public UUID id;

    @Column(name = "institution_id", nullable = false)
    public UUID institutionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "taken_on", nullable = false)
    public LocalDate takenOn;

    @Column(nullable = false)
    public String reason;

    @Column(name = "fine_amount", precision = 12, scale = 2)
    public BigDecimal fineAmount;

    @Column(name = "inspection_id")
    public UUID inspectionId;

    @Column(name = "actor_role", nullable = false)
    public String actorRole;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
