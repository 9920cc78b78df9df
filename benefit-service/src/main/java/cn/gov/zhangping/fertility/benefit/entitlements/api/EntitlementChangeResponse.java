package cn.gov.zhangping.fertility.benefit.entitlements.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.gov.zhangping.fertility.benefit.entitlements.domain.ChangeReason;
import cn.gov.zhangping.fertility.benefit.entitlements.domain.ChangeType;
import cn.gov.zhangping.fertility.benefit.entitlements.domain.EntitlementChange;
import cn.gov.zhangping.fertility.benefit.entitlements.domain.EntitlementUnit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EntitlementChange",
        description = "One change of an entitlement, with its reason, the birth registration revision that caused it "
                + "and the terms the entitlement has from then on")
public record EntitlementChangeResponse(
        @Schema(description = "GRANTED (due, again), CHANGED (due on other terms), WITHDRAWN (no longer due), HELD "
                + "(due but held while the registration is under review) or RELEASED (the review closed)",
                example = "GRANTED") ChangeType change,
        @Schema(description = "What happened to the birth registration", example = "REGISTRATION_CORRECTED")
        ChangeReason reason,
        @Schema(description = "The corrected fields, or the reason for a cancellation; null for a registration",
                example = "corrected: birthOrder", nullable = true) String detail,
        @Schema(description = "The birth registration's revision that caused the change (1 = as registered)",
                example = "2") int revision,
        @Schema(description = "The rule version whose terms apply from then on", example = "CHILDCARE_FEE_THIRD_CHILD_2023")
        String ruleCode,
        @Schema(description = "Amount in unit; null where the entitlement is a percentage", example = "10", nullable = true)
        Integer quantity,
        @Schema(description = "Unit of quantity; null when there is no quantity", example = "DAYS_PER_YEAR", nullable = true)
        EntitlementUnit unit,
        @Schema(description = "Share of the cost the family does not pay; null where the entitlement is a quantity",
                example = "50.00", nullable = true) BigDecimal percent,
        @Schema(example = "2026-11-20") LocalDate validFrom,
        @Schema(example = "2029-11-19") LocalDate validUntil,
        @Schema(example = "2026-11-21T08:00:05Z") Instant changedAt) {

    static List<EntitlementChangeResponse> of(List<EntitlementChange> history) {
        return history.stream().map(c -> new EntitlementChangeResponse(c.changeType, c.reason, c.detail, c.revision,
                c.rule.code, c.quantity, c.unit, c.percent, c.validFrom, c.validUntil, c.changedAt)).toList();
    }
}
