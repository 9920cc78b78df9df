package cn.gov.zhangping.fertility.familysupport.household.review.domain;

/** A review is run as a DRAFT (recipients verified) and CONFIRMED by a reviewer, which publishes it. */
public enum ReviewStatus {
    DRAFT, CONFIRMED
}
