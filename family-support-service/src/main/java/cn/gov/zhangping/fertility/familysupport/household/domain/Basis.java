package cn.gov.zhangping.fertility.familysupport.household.domain;

/**
 * Why a household is in a scheme (漳政办规〔2023〕2号 二(五)15–16): an only-child family from before the universal
 * two-child policy or a rural two-daughter family (reward and assistance, 奖励扶助), or a family whose only child has
 * died or is disabled with a qualifying grade (special assistance, 特别扶助).
 */
public enum Basis {
    ONLY_CHILD(Scheme.REWARD_ASSISTANCE),
    RURAL_TWO_DAUGHTERS(Scheme.REWARD_ASSISTANCE),
    CHILD_DECEASED(Scheme.SPECIAL_ASSISTANCE),
    CHILD_DISABLED(Scheme.SPECIAL_ASSISTANCE);

    private final Scheme scheme;

    Basis(Scheme scheme) {
        this.scheme = scheme;
    }

    public Scheme scheme() {
        return scheme;
    }
}
