package cn.gov.zhangping.fertility.familysupport.birth.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.familysupport.audit.domain.ChangeAudit;
import cn.gov.zhangping.fertility.contracts.birth.CancellationReason;
import cn.gov.zhangping.fertility.familysupport.birth.events.BirthEvents;
import cn.gov.zhangping.fertility.familysupport.birth.persistence.BirthRegistrationRepository;
import cn.gov.zhangping.fertility.familysupport.birth.persistence.BirthRegistrationRevisionRepository;
import cn.gov.zhangping.fertility.familysupport.family.domain.FamilyRegistry;
import cn.gov.zhangping.fertility.platform.outbox.Outbox;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.security.TownshipScope;
import cn.gov.zhangping.fertility.platform.time.CivilDate;

/**
 * Cancels a birth registration that should not stand: the same birth registered twice ({@code DUPLICATE}, naming the
 * registration that stays) or no such birth ({@code REGISTERED_IN_ERROR}). The registration and its history are
 * kept; it is left out of lists, cannot be corrected, and no longer blocks registering the same birth. In the same
 * transaction {@code birth.registration-cancelled.v1} is queued so that whatever was derived from it is withdrawn.
 */
@ApplicationScoped
public class CancellingBirth {

    @Inject
    ChangeAudit audit;

    @Inject
    BirthRegistrationRepository repository;

    @Inject
    BirthRegistrationRevisionRepository revisions;

    @Inject
    Outbox outbox;

    @Inject
    FamilyRegistry families;

    Clock clock = CivilDate.clock();

    @Transactional
    public BirthRegistration cancel(UUID id, CancellationReason reason, UUID duplicateOf, String note, String registrar,
                                    TownshipScope scope, RevisionPrecondition precondition) {
        BirthRegistration r = RevisionGuard.load(repository, id, scope, precondition);
        r.requireStanding("cancelled again");
        checkDuplicateOf(r, reason, duplicateOf);
        Instant now = Instant.now(clock);
        FieldChange change = r.cancel(reason, duplicateOf, now);
        RevisionGuard.write(repository, r, precondition);
        revisions.persist(BirthRegistrationRevision.of(r, RevisionKind.CANCELLED, now, registrar, note.strip(),
                List.of(change)));
        families.withdraw(r.id);
        outbox.add(BirthEvents.cancelled(r));
        audit.changed(r.id);
        return r;
    }

    /** A duplicate names the other registration of the same birth, one that stands; an error names none. */
    private void checkDuplicateOf(BirthRegistration r, CancellationReason reason, UUID duplicateOf) {
        if (reason != CancellationReason.DUPLICATE) {
            if (duplicateOf != null) {
                throw DomainException.invalid("duplicateOf", "must be absent unless reason is DUPLICATE");
            }
            return;
        }
        if (duplicateOf == null) {
            throw DomainException.invalid("duplicateOf", "is required when reason is DUPLICATE");
        }
        if (duplicateOf.equals(r.id)) {
            throw DomainException.invalid("duplicateOf", "must be another registration than the one cancelled");
        }
        boolean stands = repository.findByIdOptional(duplicateOf).map(other -> !other.isCancelled()).orElse(false);
        if (!stands) {
            throw DomainException.invalid("duplicateOf", "must be a registration that stands (registered, not cancelled)");
        }
    }
}
