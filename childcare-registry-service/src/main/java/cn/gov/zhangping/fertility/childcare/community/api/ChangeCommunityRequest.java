package cn.gov.zhangping.fertility.childcare.community.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.gov.zhangping.fertility.childcare.community.domain.CommunityDetails;
import cn.gov.zhangping.fertility.contracts.reference.AreaType;
import cn.gov.zhangping.fertility.platform.text.MaxLength;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChangeCommunityRequest", description = "What the register says of a community now (code and township stay)")
public record ChangeCommunityRequest(
        @NotBlank(message = "is required") @MaxLength(100) @Schema(example = "西安社区", maxLength = 100) String name,
        @NotNull(message = "is required") @Schema(example = "URBAN") AreaType areaType,
        @NotNull(message = "is required") @Size(max = 50, message = "at most 50 years")
        @Schema(maxItems = 50) List<@NotNull(message = "is required") @Valid PopulationBody> populations) {

    CommunityDetails toDetails() {
        return new CommunityDetails(null, null, name.strip(), areaType,
                populations.stream().map(PopulationBody::toDomain).toList());
    }
}
