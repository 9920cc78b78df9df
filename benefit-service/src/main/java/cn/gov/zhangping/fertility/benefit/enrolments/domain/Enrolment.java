package cn.gov.zhangping.fertility.benefit.enrolments.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.gov.zhangping.fertility.benefit.policy.domain.Enrolled;
import cn.gov.zhangping.fertility.benefit.policy.domain.Fen;

/**
 * A child's enrolment at a childcare institution as its latest event says (childcare-registry-service): the facts the
 * childcare fee reduction is booked from. The child is the pseudonymous birth registration id.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment {

    @Id
    @Column(name = "enrolment_id")
    public UUID enrolmentId;

    @Column(name = "registration_id", nullable = false)
    public UUID registrationId;

    @Column(name = "institution_id", nullable = false)
    public UUID institutionId;

    @Column(name = "institution_kind", nullable = false)
    public String institutionKind;

    @Column(nullable = false)
    public String status;

    @Column(name = "monthly_fee_fen", nullable = false)
    public long monthlyFeeFen;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(nullable = false)
    public int revision;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** What the fee reduction rule needs of it. */
    public Enrolled facts() {
        return new Enrolled(enrolmentId, "PUBLIC_INCLUSIVE".equals(institutionKind), !"ACTIVE".equals(status),
                new Fen(monthlyFeeFen), startDate, endDate);
    }
}
