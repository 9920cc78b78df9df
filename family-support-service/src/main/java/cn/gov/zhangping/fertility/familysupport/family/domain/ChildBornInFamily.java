package cn.gov.zhangping.fertility.familysupport.family.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A registered birth was placed in a family (CDI event, fired in the registration's transaction): the family tells
 * whoever keeps something about it, such as a special family's household that a re-birth ends. {@code newFamily}: the
 * family was created by this registration, so nothing refers to it yet.
 */
public record ChildBornInFamily(UUID familyId, UUID registrationId, LocalDate birthDate, boolean newFamily) {
}
