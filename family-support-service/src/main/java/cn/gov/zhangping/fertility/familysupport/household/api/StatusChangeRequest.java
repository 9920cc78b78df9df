package cn.gov.zhangping.fertility.familysupport.household.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import cn.gov.zhangping.fertility.familysupport.household.domain.ChangeKind;
import cn.gov.zhangping.fertility.familysupport.household.domain.ChangingHouseholdStatus;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.OptBoolean;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HouseholdStatusChangeRequest", description = "A change of a household's status")
public record StatusChangeRequest(
        @NotNull(message = "is required")
        @Schema(description = "MEMBER_DIED, CHILD_DISABLED (with memberId), REBIRTH (a special family had or adopted "
                + "another child), MOVED_AWAY (out of Zhangping); ENROLLED is refused", example = "MEMBER_DIED")
        ChangeKind kind,
        @Schema(description = "The member, for MEMBER_DIED and CHILD_DISABLED", nullable = true) UUID memberId,
        @NotNull(message = "is required") @Schema(description = "The day of the death, assessment, birth or move; not in "
                + "the future", example = "2026-03-14")
        @JsonFormat(lenient = OptBoolean.FALSE)
        LocalDate effectiveOn,
        @Min(value = 1, message = "must be at least 1") @Max(value = 4, message = "must be at most 4")
        @Schema(description = "For CHILD_DISABLED: the grade assessed (1 to 4)", nullable = true, example = "2")
        Integer disabilityGrade) {

    ChangingHouseholdStatus.Change toChange() {
        return new ChangingHouseholdStatus.Change(kind, memberId, effectiveOn, disabilityGrade);
    }
}
