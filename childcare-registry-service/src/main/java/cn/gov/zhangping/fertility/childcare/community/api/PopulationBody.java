package cn.gov.zhangping.fertility.childcare.community.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import cn.gov.zhangping.fertility.childcare.community.domain.Community;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CommunityPopulation", description = "Residents (常住人口) of a community at the end of a year")
public record PopulationBody(
        @NotNull(message = "is required") @Min(value = 2000, message = "must be at least 2000")
        @Max(value = 2100, message = "must be at most 2100")
        @Schema(example = "2025", minimum = "2000", maximum = "2100") Integer year,
        @NotNull(message = "is required") @Min(value = 0, message = "must be at least 0")
        @Max(value = 10_000_000, message = "must be at most 10000000")
        @Schema(example = "8300", minimum = "0", maximum = "10000000") Integer residents) {

    Community.Population toDomain() {
        return new Community.Population(year, residents);
    }

    static PopulationBody of(Community.Population p) {
        return new PopulationBody(p.year, p.residents);
    }
}
