package cn.gov.zhangping.fertility.childcare.community.events;

import cn.gov.zhangping.fertility.childcare.community.domain.Community;
import cn.gov.zhangping.fertility.contracts.reference.CommunityChangedV1;
import cn.gov.zhangping.fertility.contracts.reference.CommunityEventTypes;
import cn.gov.zhangping.fertility.platform.events.OutgoingEvent;

/** The register's event: the community as it now stands, keyed by its code. */
public final class CommunityEvents {

    private CommunityEvents() {
    }

    public static OutgoingEvent changed(Community c) {
        CommunityChangedV1 data = new CommunityChangedV1(c.code, c.townshipCode, c.name, c.areaType,
                c.populations.stream().map(p -> new CommunityChangedV1.Population(p.year, p.residents)).toList(),
                c.revision, c.changedAt);
        return new OutgoingEvent(CommunityEventTypes.TOPIC, CommunityEventTypes.CHANGED_V1, c.code,
                CommunityEventTypes.schemaOf(CommunityEventTypes.CHANGED_V1), data);
    }
}
