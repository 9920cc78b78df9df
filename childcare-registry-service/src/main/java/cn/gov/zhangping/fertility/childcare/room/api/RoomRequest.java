package cn.gov.zhangping.fertility.childcare.room.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MotherBabyRoomRequest", description = "The place's mother-and-baby room (母婴室) as it is")
public record RoomRequest(
        @NotNull(message = "is required") @Schema(description = "The place has a room", example = "true") Boolean present,
        @Schema(description = "Day the room opened; empty when there is none", nullable = true, example = "2026-06-01") LocalDate openedOn,
        @NotNull(message = "is required") @Schema(description = "The room meets the standard (independent, equipped)", example = "true")
        Boolean meetsStandard) {
}
