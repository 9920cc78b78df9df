package cn.gov.zhangping.fertility.familysupport.household.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.gov.zhangping.fertility.familysupport.household.domain.Basis;
import cn.gov.zhangping.fertility.platform.reference.TownshipCode;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.OptBoolean;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EnrolHouseholdRequest", description = "A household to enrol in the reward-and-assistance scheme or as a "
        + "special family, with its members and the evidence seen")
public record EnrolHouseholdRequest(
        @NotNull(message = "is required")
        @Schema(description = "ONLY_CHILD and RURAL_TWO_DAUGHTERS: reward and assistance (奖励扶助); CHILD_DECEASED and "
                + "CHILD_DISABLED: special assistance (特别扶助)", example = "ONLY_CHILD")
        Basis basis,
        @Pattern(regexp = UUID_PATTERN, message = "must be a UUID")
        @Schema(description = "The family record of births (GET /api/v1/families/{id}) the household is, when it has one: "
                + "a birth registered there ends a special family's assistance (re-birth)", nullable = true,
                pattern = UUID_PATTERN, example = "9a4e2c71-5b3d-4f08-8e6a-1c2d3e4f5a6b")
        String familyId,
        @NotBlank(message = "is required") @TownshipCode
        @Schema(description = "Township of residence (NBS code under 350881)", example = "350881102")
        String townshipCode,
        @NotNull(message = "is required")
        @Schema(description = "The day it qualified (for a special family: the day it became one); not in the future",
                example = "2010-01-01")
        @JsonFormat(lenient = OptBoolean.FALSE)
        LocalDate since,
        @NotNull(message = "is required") @Size(min = 1, max = 6, message = "must have 1 to 6 members")
        List<@NotNull(message = "is required") @Valid MemberRequest> members,
        @NotNull(message = "is required") @Size(min = 1, max = 20, message = "must have 1 to 20 documents")
        List<@NotNull(message = "is required") @Valid EvidenceRequest> evidence) {

    static final String UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    UUID family() {
        return familyId == null ? null : UUID.fromString(familyId);
    }
}
