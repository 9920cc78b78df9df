package cn.gov.zhangping.fertility.familysupport.household.care.domain;

/** The yearly census (每年普查) is done at city and township level. */
public enum CensusLevel {
    CITY, TOWNSHIP
}
