package cn.gov.zhangping.fertility.contracts.childcare;

/** Kinds of childcare institution (托育机构) the plan names (task 8). Only PUBLIC_INCLUSIVE carries fee reductions. */
public enum InstitutionKind {
    PUBLIC_INCLUSIVE, PRIVATE_INCLUSIVE, EMPLOYER_RUN, KINDERGARTEN_NURSERY_CLASS, COMMUNITY, OTHER
}
