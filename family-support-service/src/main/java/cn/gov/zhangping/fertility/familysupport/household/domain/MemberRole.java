package cn.gov.zhangping.fertility.familysupport.household.domain;

/** Parents are the recipients of the schemes; children decide the basis. */
public enum MemberRole {
    MOTHER, FATHER, CHILD;

    public boolean isParent() {
        return this != CHILD;
    }
}
