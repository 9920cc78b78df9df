package cn.gov.zhangping.fertility.childcare.community.domain;

import java.math.BigDecimal;
import java.util.List;

import cn.gov.zhangping.fertility.contracts.reference.AreaType;

/**
 * What the register holds of a community, as an administrator gives it (one request or one CSV line). The centre
 * (WGS 84 degrees) is optional: both coordinates or none.
 */
public record CommunityDetails(String code, String townshipCode, String name, AreaType areaType,
                               List<Community.Population> populations, BigDecimal latitude, BigDecimal longitude) {

    public CommunityDetails(String code, String townshipCode, String name, AreaType areaType,
                            List<Community.Population> populations) {
        this(code, townshipCode, name, areaType, populations, null, null);
    }
}
