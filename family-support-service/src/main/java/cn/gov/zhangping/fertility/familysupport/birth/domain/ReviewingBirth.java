package cn.gov.zhangping.fertility.familysupport.birth.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.familysupport.audit.domain.ChangeAudit;
import cn.gov.zhangping.fertility.familysupport.birth.events.BirthEvents;
import cn.gov.zhangping.fertility.familysupport.birth.persistence.BirthRegistrationRepository;
import cn.gov.zhangping.fertility.familysupport.birth.persistence.BirthRegistrationRevisionRepository;
import cn.gov.zhangping.fertility.familysupport.family.domain.Finding;
import cn.gov.zhangping.fertility.platform.outbox.Outbox;
import cn.gov.zhangping.fertility.platform.security.TownshipScope;
import cn.gov.zhangping.fertility.platform.time.CivilDate;

/**
 * A reviewer confirms the doubtful facts of a registration UNDER_REVIEW as they are: the registration
 * stands as REGISTERED, the revision moves on and is kept in the history with the reviewer's note and the findings it
 * confirmed, and {@code birth.registration-reviewed.v1} ({@code reviewPending: false}) is queued so that consumers
 * release what they held. To correct a fact instead, the reviewer uses the correction, which closes the review too.
 */
@ApplicationScoped
public class ReviewingBirth {

    @Inject
    ChangeAudit audit;

    @Inject
    BirthRegistrationRepository repository;

    @Inject
    BirthRegistrationRevisionRepository revisions;

    @Inject
    Outbox outbox;

    Clock clock = CivilDate.clock();

    @Transactional
    public BirthRegistration confirm(UUID id, String note, String reviewer, TownshipScope scope,
                                     RevisionPrecondition precondition) {
        BirthRegistration r = RevisionGuard.load(repository, id, scope, precondition);
        r.requireStanding("reviewed");
        List<Finding> confirmed = List.copyOf(r.findings);
        FieldChange change = r.closeReview();
        RevisionGuard.write(repository, r, precondition);
        Instant now = Instant.now(clock);
        String reason = note.strip() + " [" + String.join(", ", confirmed.stream().map(Finding::name).toList()) + "]";
        revisions.persist(BirthRegistrationRevision.of(r, RevisionKind.REVIEWED, now, reviewer, reason, List.of(change)));
        outbox.add(BirthEvents.reviewed(r, confirmed, now));
        audit.changed(r.id);
        return r;
    }
}
