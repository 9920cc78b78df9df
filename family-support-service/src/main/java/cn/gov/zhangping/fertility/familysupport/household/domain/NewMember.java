package cn.gov.zhangping.fertility.familysupport.household.domain;

import java.time.LocalDate;

import cn.gov.zhangping.fertility.familysupport.birth.domain.Sex;
import cn.gov.zhangping.fertility.familysupport.family.domain.HukouType;

/** A member as a registrar enrols it; sex and date of birth come from its identity number (GB 11643-1999). */
public record NewMember(MemberRole role, String idNumber, Sex sex, LocalDate birthDate, HukouType hukouType,
                        LocalDate diedOn, Integer disabilityGrade) {
}
