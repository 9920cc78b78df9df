package cn.gov.zhangping.fertility.indicator.childcare.domain;

/** A community of the register as it last stood before a moment: its township and whether it is urban (城市社区). */
public record CommunityState(String communityCode, String townshipCode, boolean urban) {
}
