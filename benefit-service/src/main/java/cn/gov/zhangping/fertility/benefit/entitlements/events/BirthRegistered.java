package cn.gov.zhangping.fertility.benefit.entitlements.events;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import cn.gov.zhangping.fertility.benefit.entitlements.domain.Birth;

/**
 * What this service reads of {@code cn.gov.zhangping.fertility.birth.registered.v1}. Every field the rules depend
 * on is required: a record without the special-family flag is poison rather than read as "not a special family".
 */
public record BirthRegistered(
        @NotNull UUID registrationId,
        @NotNull LocalDate birthDate,
        @NotNull @Min(1) Integer birthOrder,
        @NotNull Boolean specialFamily) {

    public static final String TYPE = "cn.gov.zhangping.fertility.birth.registered.v1";

    public Birth toBirth() {
        return new Birth(registrationId, birthDate, birthOrder, specialFamily);
    }
}
