package cn.gov.zhangping.fertility.contracts.childcare;

/** A residential zone (住宅区) is new (新建, indicator 9: at least 10 inclusive slots per 1,000) or built (已建成, 10: 3). */
public enum ZoneKind {
    NEW, BUILT
}
