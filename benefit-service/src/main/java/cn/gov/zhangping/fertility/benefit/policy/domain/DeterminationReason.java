package cn.gov.zhangping.fertility.benefit.policy.domain;

/** Why a benefit stands as it does; {@link #text} is the reason as the API gives it. */
public enum DeterminationReason {
    IN_PERIOD("due: the child is within the benefit's period and a version is in force"),
    STARTS_LATER("due from the start date given"),
    PERIOD_OVER("the benefit's period is over"),
    REVIEW_PENDING("held until a reviewer confirms or corrects the registration's birth order or special-family status"),
    POLICY_PERIOD_ENDED("policy period ended: no version of the rule is in force when the child would have it"),
    BEFORE_POLICY_PERIOD("the child's period ended before the rule came into force"),
    NO_VERSION_IN_FORCE("no version of the rule is in force in the child's period"),
    CONDITION_NOT_MET("the child does not meet the rule's condition (birth order or special-family status)"),
    GIRLS_ONLY("the rule is for girls only"),
    DECIDED_BY_HOUSEHOLD_REVIEW("decided by the family-planning households' yearly review, not by a birth"),
    REGISTRATION_CANCELLED("the birth registration was cancelled"),
    ENROLMENT_ENDED("the enrolment ended: every month attended within the benefit's period is booked"),
    NOT_ENROLLED_IN_PERIOD("enrolled only outside the benefit's period: no fee month is due");

    private final String text;

    DeterminationReason(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
