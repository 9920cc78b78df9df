package cn.gov.zhangping.fertility.childcare.institution.api;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.gov.zhangping.fertility.childcare.institution.domain.AgeGroup;
import cn.gov.zhangping.fertility.childcare.institution.domain.CreditCode;
import cn.gov.zhangping.fertility.childcare.institution.domain.InstitutionDetails;
import cn.gov.zhangping.fertility.contracts.childcare.InstitutionKind;
import cn.gov.zhangping.fertility.platform.reference.TownshipCode;
import cn.gov.zhangping.fertility.platform.text.MaxLength;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegisterInstitutionRequest", description = "A childcare institution to register (托育机构注册登记)")
public record RegisterInstitutionRequest(
        @NotBlank(message = "is required") @MaxLength(100) @Schema(example = "菁城街道西安社区托育园", maxLength = 100) String name,
        @NotBlank(message = "is required") @Pattern(regexp = CreditCode.PATTERN, message = "must be 18 characters of GB 32100-2015")
        @Schema(description = "Unified social credit code (统一社会信用代码, GB 32100-2015); its check character is verified",
                example = "91350100M000100Y43", pattern = CreditCode.PATTERN) String creditCode,
        @NotNull(message = "is required") @Schema(example = "PUBLIC_INCLUSIVE") InstitutionKind kind,
        @NotNull(message = "is required") @Schema(description = "Offers inclusive (普惠) slots", example = "true") Boolean inclusive,
        @NotBlank(message = "is required") @TownshipCode @Schema(example = "350881001") String townshipCode,
        @NotBlank(message = "is required") @Pattern(regexp = "^[0-9]{12}$", message = "must be 12 digits")
        @Schema(description = "A community of the register in the township", example = "350881001003", pattern = "^[0-9]{12}$")
        String communityCode,
        @NotBlank(message = "is required") @MaxLength(200) @Schema(example = "菁城街道西安路 12 号", maxLength = 200) String address,
        @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1") @Max(value = 10000, message = "must be at most 10000")
        @Schema(example = "60", minimum = "1", maximum = "10000") Integer totalSlots,
        @NotNull(message = "is required") @Min(value = 0, message = "must be at least 0") @Max(value = 10000, message = "must be at most 10000")
        @Schema(description = "Inclusive slots; not more than totalSlots", example = "40", minimum = "0", maximum = "10000") Integer inclusiveSlots,
        @NotNull(message = "is required") @Size(min = 1, max = 3, message = "must name 1 to 3 age groups")
        @Schema(minItems = 1, maxItems = 3, uniqueItems = true) Set<@NotNull(message = "is required") AgeGroup> ageGroups,
        @NotNull(message = "is required") @DecimalMin(value = "0.00", message = "must be at least 0")
        @DecimalMax(value = "99999.99", message = "must be at most 99999.99")
        @Digits(integer = 5, fraction = 2, message = "must be yuan with at most 2 decimals")
        @Schema(description = "Monthly fee (保育费) in yuan", example = "1200.00", minimum = "0", maximum = "99999.99") BigDecimal monthlyFee,
        @NotBlank(message = "is required") @MaxLength(100) @Schema(description = "Operator (举办者)", example = "漳平市国有资产投资集团", maxLength = 100)
        String operator,
        @Pattern(regexp = ZONE_ID, message = "must be a UUID")
        @Schema(description = "Residential zone of the register (its id) the nursery serves, in the same township; none when omitted",
                nullable = true, format = "uuid", pattern = ZONE_ID) String zoneId) {

    /** A zone id in its canonical form only (an empty string is refused rather than read as no zone). */
    static final String ZONE_ID = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    InstitutionDetails toDetails() {
        return new InstitutionDetails(name.strip(), creditCode, kind, inclusive, townshipCode, communityCode,
                zoneId == null ? null : UUID.fromString(zoneId), address.strip(), totalSlots, inclusiveSlots, ageGroups,
                monthlyFee, operator.strip());
    }
}
