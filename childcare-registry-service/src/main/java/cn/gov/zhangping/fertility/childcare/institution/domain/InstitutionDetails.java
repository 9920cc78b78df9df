package cn.gov.zhangping.fertility.childcare.institution.domain;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

import cn.gov.zhangping.fertility.contracts.childcare.InstitutionKind;

/** What the Health Commission registers of a childcare institution. */
public record InstitutionDetails(String name, String creditCode, InstitutionKind kind, boolean inclusive,
                                 String townshipCode, String communityCode, UUID zoneId, String address, int totalSlots,
                                 int inclusiveSlots, Set<AgeGroup> ageGroups, BigDecimal monthlyFee, String operator) {
}
