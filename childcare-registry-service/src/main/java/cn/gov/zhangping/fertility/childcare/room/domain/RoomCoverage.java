package cn.gov.zhangping.fertility.childcare.room.domain;

import java.math.BigDecimal;
import java.util.List;

import cn.gov.zhangping.fertility.contracts.childcare.PublicPlaceKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RoomCoverage", description = "Indicator 16 (公共场所母婴室配置率): the public places that must have a "
        + "mother-and-baby room that have one, for the city and by township, with the rules that decide which must")
public record RoomCoverage(
        @Schema(description = "Target share in percent (seeded MOTHER_BABY_ROOM_SHARE)", example = "100") BigDecimal targetPercent,
        @Schema(example = "漳政办规〔2023〕2号 二(三)9; 附件1 指标16") String targetSource,
        Figures city,
        List<Figures> townships,
        List<Rule> rules) {

    @Schema(name = "RoomCoverageFigures")
    public record Figures(
            @Schema(description = "Township code; null for the city", nullable = true, example = "350881001") String townshipCode,
            @Schema(description = "Public places of the register", example = "14") long places,
            @Schema(description = "Places a rule requires a room of (denominator)", example = "9") long placesRequired,
            @Schema(description = "Of those, places with a room (numerator)", example = "8") long requiredWithRoom,
            @Schema(description = "Of those, rooms that meet the standard", example = "7") long requiredWithStandardRoom,
            @Schema(description = "requiredWithRoom / placesRequired in percent, one decimal; null when none is required",
                    nullable = true, example = "88.9") BigDecimal sharePercent) {
    }

    @Schema(name = "RoomRequirementRule")
    public record Rule(
            @Schema(example = "TRANSPORT_HUB_LARGE") String code,
            @Schema(example = "TRANSPORT_HUB") PublicPlaceKind placeKind,
            @Schema(description = "A room is required above this floor area (m²)", example = "10000") int floorAreaAboveM2,
            @Schema(description = "... or above these daily visitors", example = "10000") int dailyVisitorsAbove,
            String description,
            @Schema(example = "国卫妇幼发〔2016〕63号 二(一); 漳政办规〔2023〕2号 二(三)9") String source) {

        static Rule of(RoomRequirementRule r) {
            return new Rule(r.code, r.placeKind, r.floorAreaAboveM2, r.dailyVisitorsAbove, r.description, r.source);
        }
    }
}
