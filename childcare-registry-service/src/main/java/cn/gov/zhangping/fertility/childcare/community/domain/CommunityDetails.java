package cn.gov.zhangping.fertility.childcare.community.domain;

import java.util.List;

import cn.gov.zhangping.fertility.contracts.reference.AreaType;

/** What the register holds of a community, as an administrator gives it (one request or one CSV line). */
public record CommunityDetails(String code, String townshipCode, String name, AreaType areaType,
                               List<Community.Population> populations) {
}
