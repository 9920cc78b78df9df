package cn.gov.zhangping.fertility.indicator.births.events;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import cn.gov.zhangping.fertility.platform.reference.TownshipCode;

/** What this service reads of {@code cn.gov.zhangping.fertility.birth.registered.v1}. */
public record BirthRegistered(
        @NotNull UUID registrationId,
        @NotNull @Pattern(regexp = "MALE|FEMALE") String sex,
        @NotNull LocalDate birthDate,
        @NotNull @TownshipCode String townshipCode) {

    public static final String TYPE = "cn.gov.zhangping.fertility.birth.registered.v1";
}
