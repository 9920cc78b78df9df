package cn.gov.zhangping.fertility.familysupport.family.domain;

/** The household registration (户口) type of a family: urban or rural. */
public enum HukouType {
    URBAN, RURAL
}
