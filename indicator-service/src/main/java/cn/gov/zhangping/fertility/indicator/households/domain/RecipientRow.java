package cn.gov.zhangping.fertility.indicator.households.domain;

/** One recipient of a household's confirmed yearly review: where, which scheme, and what the review found. */
public record RecipientRow(String townshipCode, String scheme, String change, boolean accurate, Boolean insuranceEnrolled,
                           long amountDueFen) {
}
