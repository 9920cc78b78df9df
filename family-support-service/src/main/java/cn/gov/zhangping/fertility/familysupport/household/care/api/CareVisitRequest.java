package cn.gov.zhangping.fertility.familysupport.household.care.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import cn.gov.zhangping.fertility.familysupport.household.care.domain.CareService;
import cn.gov.zhangping.fertility.platform.text.MaxLength;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.OptBoolean;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CareVisitRequest", description = "An entry of the care log")
public record CareVisitRequest(
        @NotNull(message = "is required")
        @Schema(description = "DAILY_CARE (生活照料), MEDICAL_ESCORT (就医陪护), PRIORITY_MEDICAL (两免五优先), VISIT",
                example = "MEDICAL_ESCORT") CareService service,
        @NotNull(message = "is required") @Schema(description = "Not in the future", example = "2026-05-12")
        @JsonFormat(lenient = OptBoolean.FALSE) LocalDate visitedOn,
        @MaxLength(500) @Schema(maxLength = 500, nullable = true, description = "What was done (no medical details)",
                example = "陪同到市医院复诊") String note) {
}
