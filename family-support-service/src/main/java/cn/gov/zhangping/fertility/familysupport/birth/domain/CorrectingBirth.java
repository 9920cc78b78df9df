package cn.gov.zhangping.fertility.familysupport.birth.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.familysupport.audit.domain.ChangeAudit;
import cn.gov.zhangping.fertility.contracts.birth.CorrectableField;
import cn.gov.zhangping.fertility.familysupport.birth.events.BirthEvents;
import cn.gov.zhangping.fertility.familysupport.birth.persistence.BirthRegistrationRepository;
import cn.gov.zhangping.fertility.familysupport.birth.persistence.BirthRegistrationRevisionRepository;
import cn.gov.zhangping.fertility.familysupport.family.domain.FamilyRegistry;
import cn.gov.zhangping.fertility.familysupport.privacy.PersonalDataProtector;
import cn.gov.zhangping.fertility.platform.outbox.Outbox;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.problem.Problem.FieldError;
import cn.gov.zhangping.fertility.platform.security.TownshipScope;
import cn.gov.zhangping.fertility.platform.time.CivilDate;

/**
 * Corrects a birth registration as a civil registry corrects a record (wrong sex, date, township, birth order, a
 * misspelt name): the corrected registration must keep every rule a new one keeps, must still be the one standing
 * registration of its birth, and must differ from what it was. In the same transaction the revision moves on, the
 * revision is recorded with who, when, why and what changed, and {@code birth.registration-corrected.v1} is queued so
 * that whatever was derived from the registration follows.
 */
@ApplicationScoped
public class CorrectingBirth {

    @Inject
    ChangeAudit audit;

    @Inject
    BirthRegistrationRepository repository;

    @Inject
    BirthRegistrationRevisionRepository revisions;

    @Inject
    PersonalDataProtector protector;

    @Inject
    Outbox outbox;

    @Inject
    FamilyRegistry families;

    Clock clock = CivilDate.clock();

    /**
     * Corrects a registration of a township in the caller's {@code scope} (else 404); a correction {@code byReviewer}
     * of a registration UNDER_REVIEW also closes the review (its findings are resolved by the correction).
     */
    @Transactional
    public BirthRegistration correct(UUID id, BirthCorrection correction, String reason, String registrar,
                                     TownshipScope scope, RevisionPrecondition precondition, boolean byReviewer) {
        BirthRegistration r = RevisionGuard.load(repository, id, scope, precondition);
        r.requireStanding("corrected");
        String motherId = protector.decrypt(r.motherIdCipher);
        BirthDetails corrected = correction.applyTo(r.details(motherId));
        List<FieldError> errors = BirthRules.broken(corrected, LocalDate.now(clock)).stream()
                .map(e -> new FieldError("changes." + e.field(), e.message())).toList();
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        if (!corrected.birthDate().equals(r.birthDate) || !corrected.childName().equals(r.childName)) {
            Optional<BirthRegistration> same = repository.findSameBirth(protector.indexes(motherId), corrected.birthDate(),
                    corrected.childName());
            if (same.isPresent() && !same.get().id.equals(id)) {
                throw RegisteringBirth.alreadyRegistered(same.get().id);
            }
        }
        List<FieldChange> changes = r.correct(corrected);
        if (changes.isEmpty()) {
            throw new DomainException(422, "no-change", "The correction changes nothing",
                    "Every value given is already the registration's; nothing was changed");
        }
        if (byReviewer && r.reviewPending()) {
            changes = new ArrayList<>(changes);
            changes.add(r.closeReview());
        }
        if (changes.stream().anyMatch(c -> c.field().equals(CorrectableField.birthDate.name()))) {
            families.bornOn(r.id, r.birthDate);
        }
        RevisionGuard.write(repository, r, precondition);
        Instant now = Instant.now(clock);
        revisions.persist(BirthRegistrationRevision.of(r, RevisionKind.CORRECTED, now, registrar, reason.strip(), changes));
        outbox.add(BirthEvents.corrected(r, changes, now));
        audit.changed(r.id);
        return r;
    }
}
