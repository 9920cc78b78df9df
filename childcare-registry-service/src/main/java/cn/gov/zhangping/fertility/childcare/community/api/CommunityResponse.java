package cn.gov.zhangping.fertility.childcare.community.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import cn.gov.zhangping.fertility.childcare.community.domain.Community;
import cn.gov.zhangping.fertility.contracts.reference.AreaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Community", description = "A community of the register")
public record CommunityResponse(
        @Schema(example = "350881001003") String code,
        @Schema(example = "350881001") String townshipCode,
        @Schema(example = "西安社区") String name,
        @Schema(example = "URBAN") AreaType areaType,
        List<PopulationBody> populations,
        @Schema(description = "Latitude of the centre, WGS 84 degrees", nullable = true, example = "25.291500") BigDecimal latitude,
        @Schema(description = "Longitude of the centre, WGS 84 degrees", nullable = true, example = "117.420100") BigDecimal longitude,
        @Schema(description = "Moves on with every change; the events carry it", example = "1") int revision,
        @Schema(example = "2026-11-30T08:00:00Z") Instant changedAt) {

    static CommunityResponse of(Community c) {
        return new CommunityResponse(c.code, c.townshipCode, c.name, c.areaType,
                c.populations.stream().map(PopulationBody::of).toList(), c.latitude, c.longitude, c.revision, c.changedAt);
    }
}
