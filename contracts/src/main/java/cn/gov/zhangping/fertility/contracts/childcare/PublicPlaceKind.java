package cn.gov.zhangping.fertility.contracts.childcare;

/** Kinds of public place for the mother-and-baby rooms of indicator 16 (国卫妇幼发〔2016〕63号 names the first four). */
public enum PublicPlaceKind {
    TRANSPORT_HUB, HOSPITAL, SHOPPING_CENTRE, TOURIST_SITE, GOVERNMENT_SERVICE_HALL, PARK, OTHER
}
