package cn.gov.zhangping.fertility.familysupport.birth.domain;

import java.time.LocalDate;
import java.util.List;

import cn.gov.zhangping.fertility.familysupport.application.domain.ApplicationFacts;
import cn.gov.zhangping.fertility.familysupport.family.domain.DeclaredChild;
import cn.gov.zhangping.fertility.familysupport.family.domain.HukouType;

/**
 * What a registrar states about a birth; checked by {@link BirthRules}. The father, the hukou type and the earlier
 * children are about the family, the application facts about the joint application (null when not stated; not correctable through a registration's correction).
 */
public record BirthDetails(String motherIdNumber, String childName, Sex sex, LocalDate birthDate, int birthOrder,
                           String townshipCode, String communityCode, String hospital,
                           boolean specialFamily, boolean rural, String fatherIdNumber, HukouType hukouType,
                           List<DeclaredChild> earlierChildren, ApplicationFacts application) {
}
