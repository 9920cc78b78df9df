package cn.gov.zhangping.fertility.familysupport.application.api;

import java.time.LocalDate;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.familysupport.application.domain.JointApplication;
import cn.gov.zhangping.fertility.familysupport.application.domain.SubMatter;
import cn.gov.zhangping.fertility.familysupport.application.domain.SubMatterKind;
import cn.gov.zhangping.fertility.familysupport.application.persistence.ApplicationReferenceData;
import cn.gov.zhangping.fertility.familysupport.application.persistence.SubMatterRepository;
import cn.gov.zhangping.fertility.platform.time.CivilDate;

/** Builds the responses of applications and their sub-matters. */
@ApplicationScoped
public class ApplicationViews {

    @Inject
    SubMatterRepository subMatters;

    @Inject
    ApplicationReferenceData reference;

    ApplicationResponse of(JointApplication a) {
        Map<SubMatterKind, ApplicationReferenceData.Rule> rules = reference.rules();
        LocalDate today = CivilDate.today();
        var items = subMatters.of(a.id).stream()
                .sorted((x, y) -> Integer.compare(x.kind.ordinal(), y.kind.ordinal()))
                .map(s -> of(s, rules.get(s.kind).name(), today)).toList();
        return new ApplicationResponse(a.id, a.registrationId, a.familyId, a.openedAt, a.completedAt, a.isComplete(), items);
    }

    static ApplicationResponse.SubMatterResponse of(SubMatter s, String name, LocalDate today) {
        return new ApplicationResponse.SubMatterResponse(s.kind, name, s.department, s.status, s.reasonCode,
                s.submittedAt, s.dueOn, s.acceptedAt, s.doneAt, s.rejectedAt, s.rejections, s.isOverdue(today),
                s.doneBefore);
    }
}
