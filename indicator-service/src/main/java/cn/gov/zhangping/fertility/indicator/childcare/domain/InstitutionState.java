package cn.gov.zhangping.fertility.indicator.childcare.domain;

import java.util.UUID;

/** A childcare institution as the registry last described it before a moment: where it is, its status and slots. */
public record InstitutionState(String townshipCode, String communityCode, UUID zoneId, String status, int totalSlots,
                               int inclusiveSlots) {

    /** Only an operating nursery's slots count: a registered, filed, suspended or closed one takes no child. */
    public boolean operating() {
        return "OPERATING".equals(status);
    }

    /** Offers inclusive childcare (普惠托育服务): operating with at least one inclusive slot. */
    public boolean offersInclusive() {
        return operating() && inclusiveSlots > 0;
    }
}
