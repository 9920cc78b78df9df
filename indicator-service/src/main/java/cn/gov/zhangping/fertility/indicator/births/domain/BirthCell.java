package cn.gov.zhangping.fertility.indicator.births.domain;

import java.time.LocalDate;

/** Where a birth is counted: the year of birth, the township and the child's sex (indicators 1 and 2, Annex 1). */
public record BirthCell(int year, String townshipCode, String sex) {

    public static BirthCell of(LocalDate birthDate, String townshipCode, String sex) {
        return new BirthCell(birthDate.getYear(), townshipCode, sex);
    }
}
