package cn.gov.zhangping.fertility.childcare.zone.api;

import java.time.Instant;
import java.util.UUID;

import cn.gov.zhangping.fertility.childcare.zone.domain.ResidentialZone;
import cn.gov.zhangping.fertility.contracts.childcare.ZoneKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ResidentialZone", description = "A residential zone of the register")
public record ZoneResponse(
        @Schema(description = "What an institution names as its zoneId") UUID id,
        @Schema(example = "350881001Z001") String code,
        @Schema(example = "西园新村") String name,
        @Schema(example = "350881001") String townshipCode,
        @Schema(example = "350881001003") String communityCode,
        @Schema(example = "NEW") ZoneKind kind,
        @Schema(example = "6000") int residents,
        @Schema(description = "Moves on with every change; the events carry it", example = "1") int revision,
        @Schema(example = "2026-11-30T08:00:00Z") Instant changedAt) {

    static ZoneResponse of(ResidentialZone z) {
        return new ZoneResponse(z.id, z.code, z.name, z.townshipCode, z.communityCode, z.kind, z.residents, z.revision, z.changedAt);
    }
}
