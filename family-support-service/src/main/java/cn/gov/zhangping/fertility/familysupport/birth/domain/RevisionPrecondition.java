package cn.gov.zhangping.fertility.familysupport.birth.domain;

import java.util.Set;

/**
 * The revisions a change may be made from (a request's {@code If-Match}); {@link #NONE} when the caller named none.
 * A change made from another revision is refused, since the caller decided on a state that is no longer there.
 */
public record RevisionPrecondition(Set<Integer> revisions) {

    public static final RevisionPrecondition NONE = new RevisionPrecondition(null);

    public static RevisionPrecondition anyOf(Set<Integer> revisions) {
        return new RevisionPrecondition(Set.copyOf(revisions));
    }

    public boolean isGiven() {
        return revisions != null;
    }

    public boolean holdsFor(int revision) {
        return revisions == null || revisions.contains(revision);
    }
}
