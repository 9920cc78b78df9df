package cn.gov.zhangping.fertility.familysupport.household.leave.api;

import java.time.Instant;
import java.util.UUID;

import cn.gov.zhangping.fertility.familysupport.household.leave.domain.NursingLeaveRule;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NursingLeaveCheck", description = "Whether the employee qualifies for this year's nursing leave")
public record NursingLeaveResponse(
        @Schema(description = "The recorded check") UUID checkId,
        @Schema(example = "true") boolean qualifies,
        @Schema(example = "PARENT_AGED_60_OR_MORE") NursingLeaveRule.Reason reason,
        @Schema(example = "2026") int year,
        @Schema(description = "Days of the year's allowance (at most, 累计不超过), 0 when the employee does not qualify",
                example = "10") int allowanceDays,
        Instant checkedAt) {
}
