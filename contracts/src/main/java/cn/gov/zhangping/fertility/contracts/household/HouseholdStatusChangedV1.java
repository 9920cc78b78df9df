package cn.gov.zhangping.fertility.contracts.household;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Data of {@code cn.gov.zhangping.fertility.household.status-changed.v1}: a household was enrolled or its status
 * changed (a member's death, a child's death or disability making it a special family, a re-birth, moving out of
 * Zhangping). No personal data: pseudonymous ids, the basis, scheme and status after the change, dates.
 */
public record HouseholdStatusChangedV1(
        @NotNull UUID householdId,
        @NotNull @Min(1) Integer revision,
        UUID familyId,
        @NotNull @Pattern(regexp = "^(ENROLLED|MEMBER_DIED|CHILD_DISABLED|REBIRTH|MOVED_AWAY)$") String change,
        UUID memberId,
        @NotNull LocalDate effectiveOn,
        @NotNull @Pattern(regexp = "^(ONLY_CHILD|RURAL_TWO_DAUGHTERS|CHILD_DECEASED|CHILD_DISABLED)$") String basis,
        @NotNull @Pattern(regexp = "^(REWARD_ASSISTANCE|SPECIAL_ASSISTANCE)$") String scheme,
        @NotNull @Pattern(regexp = "^(ACTIVE|MOVED_AWAY|ENDED)$") String status,
        @NotNull @Pattern(regexp = "^3508[0-9]{5}$") String townshipCode,
        @NotNull Instant changedAt) {
}
