package cn.gov.zhangping.fertility.childcare.enrolment.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.gov.zhangping.fertility.contracts.childcare.EnrolmentStatus;
import cn.gov.zhangping.fertility.platform.problem.DomainException;

/** A child (its birth registration id, no name) enrolled in a nursery, with the fee and reduction it is entitled to. */
@Entity
@Table(name = "enrolment")
public class Enrolment {

    /** The end reason of the enrolments a closing nursery ends (its children then go into a re-placement case). */
    public static final String NURSERY_CLOSED = "NURSERY_CLOSED";

    @Id
    public UUID id;

    @Column(name = "institution_id", nullable = false)
    public UUID institutionId;

    @Column(name = "child_id", nullable = false)
    public UUID childId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EnrolmentStatus status;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "end_reason")
    public String endReason;

    @Column(name = "monthly_fee", nullable = false, precision = 7, scale = 2)
    public BigDecimal monthlyFee;

    @Column(name = "reduction_ratio", nullable = false, precision = 3, scale = 2)
    public BigDecimal reductionRatio;

    @Column(name = "reduced_fee", nullable = false, precision = 7, scale = 2)
    public BigDecimal reducedFee;

    @Column(name = "reduction_source")
    public String reductionSource;

    /** A reduction the child's facts would give is held while its registration is under review (full fee meanwhile). */
    @Column(name = "reduction_held", nullable = false)
    public boolean reductionHeld;

    @Column(nullable = false)
    public int revision;

    /** Takes the fee as decided now; false (and nothing changes) when it is the fee the enrolment has. */
    public boolean reprice(FeePolicy.Fee fee) {
        if (fee.reductionRatio().compareTo(reductionRatio) == 0 && fee.reducedFee().compareTo(reducedFee) == 0
                && fee.held() == reductionHeld && java.util.Objects.equals(fee.source(), reductionSource)) {
            return false;
        }
        reductionRatio = fee.reductionRatio();
        reducedFee = fee.reducedFee();
        reductionSource = fee.source();
        reductionHeld = fee.held();
        revision++;
        return true;
    }

    /** Ends an active enrolment (withdrawn by the family, or ended: turned 3, nursery closed). */
    public void end(EnrolmentStatus how, LocalDate on, String reason) {
        if (status != EnrolmentStatus.ACTIVE) {
            throw new DomainException(409, "enrolment-not-active", "Enrolment not active",
                    "the enrolment is " + status + " already");
        }
        if (on.isBefore(startDate)) {
            throw DomainException.invalid("date", "must not be before the enrolment's start date " + startDate);
        }
        status = how;
        endDate = on;
        endReason = reason;
        revision++;
    }
}
