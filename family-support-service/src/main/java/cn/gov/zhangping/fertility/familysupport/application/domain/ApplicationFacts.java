package cn.gov.zhangping.fertility.familysupport.application.domain;

import java.util.List;

/**
 * What the joint application needs from the registration: whether the mother is insured (the maternity-insurance
 * payment applies only then) and, for a child born up to 3 years before, the sub-matters already done.
 */
public record ApplicationFacts(Boolean motherInsured, List<SubMatterKind> alreadyDone) {

    public static final ApplicationFacts NONE = new ApplicationFacts(null, null);

    public boolean insured() {
        return Boolean.TRUE.equals(motherInsured);
    }

    public boolean done(SubMatterKind kind) {
        return alreadyDone != null && alreadyDone.contains(kind);
    }
}
