package cn.gov.zhangping.fertility.familysupport.birth.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Data of {@code cn.gov.zhangping.fertility.birth.registered.v1} (JSON Schema: {@code /schemas/birth.registered.v1.json}).
 * Only facts consumers need: no names, no identity numbers, no phone numbers.
 */
public record BirthRegisteredV1(UUID registrationId, String sex, LocalDate birthDate, int birthOrder,
                                String townshipCode, String communityCode, boolean specialFamily, boolean rural,
                                Instant registeredAt) {
}
