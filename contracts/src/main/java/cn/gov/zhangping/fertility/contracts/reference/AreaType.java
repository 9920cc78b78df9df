package cn.gov.zhangping.fertility.contracts.reference;

/** Whether a community is urban (居委会, 社区) or rural (村委会); indicator 15 counts the urban ones. */
public enum AreaType {
    URBAN, RURAL
}
