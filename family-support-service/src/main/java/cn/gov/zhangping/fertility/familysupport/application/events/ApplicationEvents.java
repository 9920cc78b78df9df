package cn.gov.zhangping.fertility.familysupport.application.events;

import cn.gov.zhangping.fertility.contracts.application.ApplicationEventTypes;
import cn.gov.zhangping.fertility.contracts.application.SubMatterChangedV1;
import cn.gov.zhangping.fertility.familysupport.application.domain.JointApplication;
import cn.gov.zhangping.fertility.familysupport.application.domain.SubMatter;
import cn.gov.zhangping.fertility.platform.events.OutgoingEvent;

/** The events of the joint application: one per sub-matter status, keyed by the application id; no personal data. */
public final class ApplicationEvents {

    private ApplicationEvents() {
    }

    public static OutgoingEvent subMatterChanged(JointApplication a, SubMatter s) {
        SubMatterChangedV1 data = new SubMatterChangedV1(a.id, a.registrationId, a.familyId, s.kind.name(),
                s.department.name(), s.status.name(), s.reasonCode == null ? null : s.reasonCode.name(), s.dueOn,
                s.updatedAt, a.isComplete());
        String type = ApplicationEventTypes.SUB_MATTER_CHANGED_V1;
        return new OutgoingEvent(ApplicationEventTypes.TOPIC, type, a.id.toString(), ApplicationEventTypes.schemaOf(type),
                data);
    }
}
