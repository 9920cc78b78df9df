package cn.gov.zhangping.fertility.contracts.birth;

/**
 * The fields of a registration a correction may change, as named in {@code changedFields}. {@code childName} and
 * {@code hospital} are not carried by any event; a correction of them still moves the revision on.
 */
public enum CorrectableField {
    sex, birthDate, birthOrder, townshipCode, communityCode, specialFamily, rural, childName, hospital
}
