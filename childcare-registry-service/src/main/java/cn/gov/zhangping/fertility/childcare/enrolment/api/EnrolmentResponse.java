package cn.gov.zhangping.fertility.childcare.enrolment.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import cn.gov.zhangping.fertility.childcare.enrolment.domain.Enrolment;
import cn.gov.zhangping.fertility.contracts.childcare.EnrolmentStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Enrolment", description = "A child's enrolment with its monthly fee and the reduction it is entitled to (task 8)")
public record EnrolmentResponse(
        UUID id,
        UUID institutionId,
        @Schema(description = "The child's birth registration id") UUID childRegistrationId,
        @Schema(example = "ACTIVE") EnrolmentStatus status,
        @Schema(example = "2026-12-01") LocalDate startDate,
        @Schema(nullable = true) LocalDate endDate,
        @Schema(nullable = true, example = "withdrawn") String endReason,
        @Schema(description = "The nursery's monthly fee, yuan", example = "1200.00") BigDecimal monthlyFee,
        @Schema(description = "Share of the fee reduced (0.50 third child, 1.00 special family)", example = "0.50") BigDecimal reductionRatio,
        @Schema(description = "What the family pays per month, yuan", example = "600.00") BigDecimal reducedFee,
        @Schema(description = "Plan section of the reduction", nullable = true, example = "漳政办规〔2023〕2号 二(三)8") String reductionSource,
        @Schema(description = "A reduction the child's facts would give is held while its birth registration is under review "
                + "(full fee meanwhile; re-priced when the review settles)", example = "false") boolean reductionHeld,
        @Schema(example = "1") int revision) {

    static EnrolmentResponse of(Enrolment e) {
        return new EnrolmentResponse(e.id, e.institutionId, e.childId, e.status, e.startDate, e.endDate, e.endReason,
                e.monthlyFee, e.reductionRatio, e.reducedFee, e.reductionSource, e.reductionHeld, e.revision);
    }
}
