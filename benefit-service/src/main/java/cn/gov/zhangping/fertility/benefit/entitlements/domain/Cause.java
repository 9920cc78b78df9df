package cn.gov.zhangping.fertility.benefit.entitlements.domain;

/**
 * What caused a change of a birth's entitlements: the reason, the birth registration's revision that brought it,
 * and a short detail (the corrected fields, the cancellation reason), never personal data.
 */
public record Cause(ChangeReason reason, int revision, String detail) {
}
