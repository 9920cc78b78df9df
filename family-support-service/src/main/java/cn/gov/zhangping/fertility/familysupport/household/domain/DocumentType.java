package cn.gov.zhangping.fertility.familysupport.household.domain;

/** The documents a registrar records as evidence (type, number, date; no files are kept). */
public enum DocumentType {
    HOUSEHOLD_REGISTER, ONLY_CHILD_CERTIFICATE, MARRIAGE_CERTIFICATE, DEATH_CERTIFICATE, DISABILITY_CERTIFICATE,
    BIRTH_CERTIFICATE, RELOCATION_CERTIFICATE, OTHER
}
