package cn.gov.zhangping.fertility.familysupport.household.domain;

/** The kinds of status change a household goes through (its history). */
public enum ChangeKind {
    ENROLLED, MEMBER_DIED, CHILD_DISABLED, REBIRTH, MOVED_AWAY
}
