package cn.gov.zhangping.fertility.familysupport.family.domain;

import java.time.LocalDate;

/** An earlier child declared for a family: its date of birth, its identity number where it has one, and whether it died. */
public record DeclaredChild(LocalDate birthDate, String idNumber, boolean deceased) {
}
