package cn.gov.zhangping.fertility.familysupport.birth.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.OptimisticLockException;

import cn.gov.zhangping.fertility.familysupport.birth.persistence.BirthRegistrationRepository;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.security.TownshipScope;

/**
 * Changes to a registration are made from the revision the caller saw (If-Match) or, when it named none, from the
 * one read in the change's transaction; a change that another one overtook is refused and changes nothing.
 */
final class RevisionGuard {

    private RevisionGuard() {
    }

    /** The registration, if it is at a revision the caller accepts. */
    static BirthRegistration load(BirthRegistrationRepository repository, UUID id, TownshipScope scope,
                                  RevisionPrecondition precondition) {
        BirthRegistration r = repository.get(id, scope);
        if (!precondition.holdsFor(r.revision)) {
            throw stale(r.id, r.revision);
        }
        return r;
    }

    /** Writes the change, which moves the revision on; refused if another change got there first. */
    static void write(BirthRegistrationRepository repository, BirthRegistration r, RevisionPrecondition precondition) {
        try {
            repository.flush();
        } catch (OptimisticLockException e) {
            if (precondition.isGiven()) {
                throw stale(r.id, null);
            }
            throw new DomainException(409, "concurrent-change", "Changed concurrently",
                    "Birth registration " + r.id + " was changed by another request at the same time; nothing was "
                            + "changed by this one: read it again and retry");
        }
    }

    /** A 412 problem, with the current revision when it is known. */
    private static DomainException stale(UUID id, Integer current) {
        return new DomainException(412, "revision-mismatch", "Revision is not the current one",
                "Birth registration " + id + " is no longer at the revision If-Match names; read it again (its ETag) "
                        + "and decide anew", List.of(), current == null ? Map.of() : Map.of("currentRevision", current));
    }
}
