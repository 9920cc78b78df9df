package cn.gov.zhangping.fertility.familysupport.household.review.domain;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A special-family member's subsidised medical-insurance enrolment (资助参保) for a year (indicator 24). */
@Entity
@Table(name = "insurance_enrolment")
@IdClass(InsuranceEnrolment.Key.class)
public class InsuranceEnrolment {

    public record Key(UUID memberId, int year) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "member_id")
    public UUID memberId;

    @Id
    public int year;

    @Column(name = "enrolled_on", nullable = false)
    public LocalDate enrolledOn;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
