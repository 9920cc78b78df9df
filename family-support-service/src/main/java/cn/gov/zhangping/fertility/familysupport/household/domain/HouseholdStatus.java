package cn.gov.zhangping.fertility.familysupport.household.domain;

/** ACTIVE while it is in its scheme; MOVED_AWAY out of Zhangping; ENDED by a re-birth of a special family. */
public enum HouseholdStatus {
    ACTIVE, MOVED_AWAY, ENDED
}
