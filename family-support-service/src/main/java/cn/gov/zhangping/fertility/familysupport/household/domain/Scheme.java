package cn.gov.zhangping.fertility.familysupport.household.domain;

/** 奖励扶助 (reward and assistance) or 特别扶助 (special assistance for special families). */
public enum Scheme {
    REWARD_ASSISTANCE, SPECIAL_ASSISTANCE
}
