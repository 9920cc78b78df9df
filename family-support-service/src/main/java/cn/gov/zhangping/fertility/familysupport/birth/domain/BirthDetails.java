package cn.gov.zhangping.fertility.familysupport.birth.domain;

import java.time.LocalDate;

/** What a registrar states about a birth; checked by {@link BirthRules}. */
public record BirthDetails(String motherIdNumber, String childName, Sex sex, LocalDate birthDate, int birthOrder,
                           String townshipCode, String communityCode, String hospital,
                           boolean specialFamily, boolean rural) {
}
