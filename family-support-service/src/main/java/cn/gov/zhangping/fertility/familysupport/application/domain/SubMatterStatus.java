package cn.gov.zhangping.fertility.familysupport.application.domain;

import java.util.Map;
import java.util.Set;

/**
 * Where a sub-matter stands: {@code SUBMITTED → ACCEPTED → DONE}, or {@code REJECTED} (from SUBMITTED or ACCEPTED)
 * with a reason the family can act on, after which it is resubmitted ({@code REJECTED → SUBMITTED}).
 */
public enum SubMatterStatus {
    SUBMITTED, ACCEPTED, DONE, REJECTED;

    private static final Map<SubMatterStatus, Set<SubMatterStatus>> NEXT = Map.of(
            SUBMITTED, Set.of(ACCEPTED, REJECTED),
            ACCEPTED, Set.of(DONE, REJECTED),
            REJECTED, Set.of(SUBMITTED),
            DONE, Set.of());

    public boolean canBecome(SubMatterStatus next) {
        return NEXT.get(this).contains(next);
    }

    public boolean isOpen() {
        return this == SUBMITTED || this == ACCEPTED;
    }
}
