package cn.gov.zhangping.fertility.childcare.room.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.gov.zhangping.fertility.childcare.room.domain.PublicPlace;
import cn.gov.zhangping.fertility.childcare.room.domain.RoomRequirementRule;
import cn.gov.zhangping.fertility.contracts.childcare.PublicPlaceKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PublicPlace", description = "A public place with its mother-and-baby room and the rule that requires it, if any")
public record PlaceResponse(
        UUID id,
        @Schema(example = "漳平火车站") String name,
        @Schema(example = "TRANSPORT_HUB") PublicPlaceKind kind,
        @Schema(example = "350881001") String townshipCode,
        @Schema(example = "12000") int floorAreaM2,
        @Schema(example = "8000") int dailyVisitors,
        @Schema(description = "A rule requires a room (indicator 16's denominator)", example = "true") boolean roomRequired,
        @Schema(description = "Code of that rule", nullable = true, example = "TRANSPORT_HUB_LARGE") String requiredBy,
        @Schema(description = "Source of that rule", nullable = true, example = "国卫妇幼发〔2016〕63号 二(一); 漳政办规〔2023〕2号 二(三)9")
        String requiredBySource,
        @Schema(example = "true") boolean roomPresent,
        @Schema(nullable = true, example = "2026-06-01") LocalDate roomOpenedOn,
        @Schema(example = "true") boolean roomMeetsStandard,
        @Schema(example = "2") int revision,
        @Schema(example = "2026-11-30T08:00:00Z") Instant changedAt) {

    static PlaceResponse of(PublicPlace p, List<RoomRequirementRule> rules) {
        RoomRequirementRule rule = p.requiredBy(rules).orElse(null);
        return new PlaceResponse(p.id, p.name, p.kind, p.townshipCode, p.floorAreaM2, p.dailyVisitors, rule != null,
                rule == null ? null : rule.code, rule == null ? null : rule.source, p.roomPresent, p.roomOpenedOn,
                p.roomMeetsStandard, p.revision, p.changedAt);
    }
}
