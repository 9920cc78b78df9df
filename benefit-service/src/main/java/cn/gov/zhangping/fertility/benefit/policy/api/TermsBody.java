package cn.gov.zhangping.fertility.benefit.policy.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import cn.gov.zhangping.fertility.benefit.policy.domain.Fen;
import cn.gov.zhangping.fertility.benefit.policy.domain.Tier;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of a version's terms, in requests and responses alike. */
@Schema(name = "PolicyTerms", description = "One line of a version's terms with its condition; when several lines hold "
        + "for a child, the most favourable applies. Which of amount, quantity and percent a line gives depends on the "
        + "policy's unit.")
public record TermsBody(
        @Min(value = 1, message = "must be at least 1") @Max(value = 20, message = "must be at most 20")
        @Schema(description = "Applies from this birth order on (2: second and later children); null: any child",
                nullable = true, example = "3", minimum = "1", maximum = "20")
        Integer minBirthOrder,
        @Schema(description = "true: only a child born into a family-planning special family (计生特殊家庭); null: any",
                nullable = true, example = "true")
        Boolean specialFamily,
        @DecimalMin(value = "0.00", message = "must be at least 0") @DecimalMax(value = "100000000.00", message = "must be at most 100000000")
        @Digits(integer = 9, fraction = 2, message = "must be yuan with at most two decimals")
        @Schema(description = "Yuan, two decimals at most (YUAN_* units)", nullable = true, example = "20000.00",
                minimum = "0", maximum = "100000000")
        BigDecimal amount,
        @Min(value = 1, message = "must be at least 1") @Max(value = 366, message = "must be at most 366")
        @Schema(description = "Days (DAYS_PER_YEAR)", nullable = true, example = "10", minimum = "1", maximum = "366")
        Integer quantity,
        @DecimalMin(value = "0.01", message = "must be above 0") @DecimalMax(value = "100", message = "must be at most 100")
        @Digits(integer = 3, fraction = 2, message = "must have at most two decimals")
        @Schema(description = "Percent of a fee, or 100 for a free service (PERCENT_OF_FEE, FREE_SERVICE)", nullable = true,
                example = "50", minimum = "0.01", maximum = "100")
        BigDecimal percent) {

    Tier toTier() {
        return new Tier(minBirthOrder, specialFamily, amount == null ? null : Fen.ofYuan(amount), quantity, percent);
    }

    static TermsBody of(Tier tier) {
        return new TermsBody(tier.minBirthOrder(), tier.specialFamily(), tier.amount() == null ? null : tier.amount().yuan(),
                tier.quantity(), tier.percent());
    }
}
