package cn.gov.zhangping.fertility.benefit.policy.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.gov.zhangping.fertility.benefit.policy.domain.VersionDraft;
import cn.gov.zhangping.fertility.platform.text.MaxLength;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PublishPolicyVersionRequest", description = "A new version of a policy: its terms, the period it is in "
        + "force and its legal basis. It must not overlap a version already published; to change the end of the "
        + "current one, publish the new one from the day after it.")
public record PublishVersionRequest(
        @NotNull(message = "is required")
        @Schema(description = "First day in force", example = "2026-01-01", format = "date")
        LocalDate effectiveFrom,
        @Schema(description = "Last day in force; null: until replaced", nullable = true, example = "2026-12-31", format = "date")
        LocalDate effectiveTo,
        @Min(value = 0, message = "must be at least 0") @Max(value = 1200, message = "must be at most 1200")
        @Schema(description = "Age in completed months from which it applies; null: from birth", nullable = true,
                example = "0", minimum = "0", maximum = "1200")
        Integer ageFromMonths,
        @Min(value = 1, message = "must be at least 1") @Max(value = 1200, message = "must be at most 1200")
        @Schema(description = "Age in completed months before which it ends (36: until the day before the 3rd "
                + "birthday); null: no age limit", nullable = true, example = "36", minimum = "1", maximum = "1200")
        Integer ageToMonths,
        @Schema(description = "Only girls have it (false when left out)", nullable = true, example = "false")
        Boolean femaleOnly,
        @NotNull(message = "is required")
        @Size(min = 1, max = 10, message = "must have 1 to 10 lines")
        @Schema(description = "The lines of its terms", minItems = 1, maxItems = 10)
        List<@Valid @NotNull(message = "must not be null") TermsBody> terms,
        @NotBlank(message = "is required")
        @MaxLength(500)
        @Schema(description = "Its legal basis: document number and article", example = "漳政办规〔2026〕1号 二(四)12", maxLength = 500)
        String source) {

    VersionDraft toDraft() {
        return new VersionDraft(effectiveFrom, effectiveTo, ageFromMonths, ageToMonths, Boolean.TRUE.equals(femaleOnly),
                terms.stream().map(TermsBody::toTier).toList(), source);
    }
}
