package cn.gov.zhangping.fertility.childcare.demand.events;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import cn.gov.zhangping.fertility.platform.reference.TownshipCode;

/** What this service reads of {@code cn.gov.zhangping.fertility.birth.registered.v1}. */
public record BirthRegistered(
        @NotNull UUID registrationId,
        @NotNull LocalDate birthDate,
        @NotNull @TownshipCode String townshipCode,
        @NotNull @Pattern(regexp = "\\d{12}", message = "must be 12 digits") String communityCode) {

    public static final String TYPE = "cn.gov.zhangping.fertility.birth.registered.v1";
}
