package cn.gov.zhangping.fertility.familysupport.household.review.domain;

/** A recipient compared with the previous year's confirmed review. */
public enum RecipientChange {
    NEW, CONTINUING, ENDED
}
