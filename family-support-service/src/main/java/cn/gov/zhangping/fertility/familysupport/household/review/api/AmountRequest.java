package cn.gov.zhangping.fertility.familysupport.household.review.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import cn.gov.zhangping.fertility.platform.text.MaxLength;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssistanceAmountRequest", description = "A scheme's yearly amount per recipient for a year, with its source")
public record AmountRequest(
        @NotNull(message = "is required")
        @DecimalMin(value = "0.01", message = "must be at least 0.01")
        @DecimalMax(value = "99999999.99", message = "must be at most 99999999.99")
        @Digits(integer = 8, fraction = 2, message = "must have at most 2 decimals")
        @Schema(description = "Yuan per recipient per year, 2 decimals", example = "1080.00", minimum = "0.01",
                maximum = "99999999.99")
        BigDecimal yearlyAmountYuan,
        @NotBlank(message = "is required") @MaxLength(300)
        @Schema(description = "The document that sets it (national, provincial or city notice)", maxLength = 300,
                example = "闽卫家庭〔2026〕1号 关于2026年计划生育家庭奖励扶助标准的通知")
        String source) {
}
