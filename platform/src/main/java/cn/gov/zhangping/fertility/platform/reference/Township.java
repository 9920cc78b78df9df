package cn.gov.zhangping.fertility.platform.reference;

/** A township-level division of Zhangping (NBS statistical code under 350881). */
public record Township(String code, String name, String kind) {
}
