package cn.gov.zhangping.fertility.benefit.entitlements.domain;

/** Why entitlements are determined again: the cause, the registration revision it comes from, a detail (no personal data). */
public record Cause(ChangeCause cause, int revision, String detail) {
}
