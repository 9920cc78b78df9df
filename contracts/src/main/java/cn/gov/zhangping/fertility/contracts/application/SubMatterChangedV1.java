package cn.gov.zhangping.fertility.contracts.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Data of {@code cn.gov.zhangping.fertility.application.sub-matter-changed.v1}: a sub-matter of a joint application
 * changed status. No personal data: ids, the sub-matter, its department, its status, a reason code, dates.
 */
public record SubMatterChangedV1(
        @NotNull UUID applicationId,
        @NotNull UUID registrationId,
        UUID familyId,
        @NotNull @Pattern(regexp = "^(BIRTH_MEDICAL_CERTIFICATE|VACCINATION_CERTIFICATE|HOUSEHOLD_REGISTRATION|"
                + "MATERNITY_INSURANCE_PAYMENT|MEDICAL_INSURANCE_ENROLMENT|SOCIAL_SECURITY_CARD)$") String subMatter,
        @NotNull @Pattern(regexp = "^[A-Z_]{2,40}$") String department,
        @NotNull @Pattern(regexp = "^(SUBMITTED|ACCEPTED|DONE|REJECTED)$") String status,
        @Pattern(regexp = "^[A-Z_]{2,30}$") String reasonCode,
        @NotNull LocalDate dueOn,
        @NotNull Instant changedAt,
        @NotNull Boolean applicationComplete) {
}
