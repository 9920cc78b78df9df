package cn.gov.zhangping.fertility.familysupport.birth.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.familysupport.audit.domain.ChangeAudit;
import cn.gov.zhangping.fertility.familysupport.application.domain.ApplicationFacts;
import cn.gov.zhangping.fertility.familysupport.application.domain.OpeningApplication;
import cn.gov.zhangping.fertility.familysupport.birth.events.BirthEvents;
import cn.gov.zhangping.fertility.familysupport.birth.persistence.BirthRegistrationRepository;
import cn.gov.zhangping.fertility.familysupport.birth.persistence.BirthRegistrationRevisionRepository;
import cn.gov.zhangping.fertility.familysupport.family.domain.FamilyRegistry;
import cn.gov.zhangping.fertility.familysupport.family.domain.ReviewRules;
import cn.gov.zhangping.fertility.familysupport.family.persistence.ReviewBoundRepository;
import cn.gov.zhangping.fertility.familysupport.privacy.PersonalDataProtector;
import cn.gov.zhangping.fertility.familysupport.privacy.ResidentIdNumber;
import cn.gov.zhangping.fertility.platform.idempotency.IdempotencyKeys;
import cn.gov.zhangping.fertility.platform.outbox.Outbox;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.problem.Problem.FieldError;
import cn.gov.zhangping.fertility.platform.time.CivilDate;

/**
 * Registers births. The birth is placed in the mother's family (found or created), its order is derived
 * from the family's children, and doubtful facts put it UNDER_REVIEW with findings instead of refusing it (task 1).
 * <p>
 * Registers births ("birth is one matter", 出生一件事, plan task 2): checks the facts, keeps one standing registration
 * per child, records revision 1, and in the same transaction queues the {@code birth.registered.v1} event that the
 * childcare registry, benefit and indicator services act on.
 */
@ApplicationScoped
public class RegisteringBirth {

    static final String OPERATION = "register-birth";
    /** The highest birth order the registration and its events carry (1 to 20). */
    static final int MAX_ORDER = 20;

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
    IdempotencyKeys idempotencyKeys;

    @Inject
    FamilyRegistry families;

    @Inject
    ReviewBoundRepository bounds;

    @Inject
    OpeningApplication opening;

    Clock clock = CivilDate.clock();

    /** The outcome of a registration request: the registration and whether it was created by this request. */
    public record Result(BirthRegistration registration, boolean created) {
    }

    @Transactional
    public Result register(BirthDetails details, String registrar, Optional<String> idempotencyKey) {
        String fingerprint = IdempotencyKeys.fingerprint(details);
        if (idempotencyKey.isPresent()) {
            Optional<UUID> earlier = idempotencyKeys.find(registrar, OPERATION, idempotencyKey.get(), fingerprint);
            if (earlier.isPresent()) {
                return new Result(repository.get(earlier.get()), false);
            }
        }
        List<FieldError> errors = BirthRules.broken(details, LocalDate.now(clock));
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        String motherId = ResidentIdNumber.normalise(details.motherIdNumber());
        String motherIndex = protector.index(motherId);
        String fatherId = details.fatherIdNumber() == null ? null : ResidentIdNumber.normalise(details.fatherIdNumber());
        BirthDetails d = new BirthDetails(motherId, details.childName().strip(), details.sex(), details.birthDate(),
                details.birthOrder(), details.townshipCode(), details.communityCode(), details.hospital().strip(),
                details.specialFamily(), details.rural(), fatherId, details.hukouType(), details.earlierChildren(),
                details.application());
        Optional<BirthRegistration> existing = repository.findSameBirth(protector.indexes(motherId), d.birthDate(),
                d.childName());
        if (existing.isPresent()) {
            throw alreadyRegistered(existing.get().id);
        }
        Instant now = Instant.now(clock);
        BirthRegistration r = BirthRegistration.register(d, motherIndex, protector.encrypt(motherId),
                ResidentIdNumber.mask(motherId), now, registrar);
        FamilyRegistry.Placement placement = families.placeBirth(motherId, fatherId, d.hukouType(), d.townshipCode(),
                d.communityCode(), d.earlierChildren() == null ? List.of() : d.earlierChildren(), d.birthDate(), now,
                registrar);
        if (placement.derivedOrder() > MAX_ORDER) {
            throw DomainException.invalid("earlierChildren", "a family has at most " + MAX_ORDER + " children");
        }
        LocalDate motherBorn = ResidentIdNumber.birthDate(motherId).orElseThrow();
        r.placeIn(placement.family().id, placement.derivedOrder(), ReviewRules.findings(d.birthOrder(),
                placement.derivedOrder(), motherBorn, d.birthDate(), motherIndex, placement.fatherIndex(), bounds.bounds()));
        repository.persistAndFlush(r);
        families.link(placement, r.id);
        // the revision before the application, so that the outbox rows of the flush are contiguous: one JDBC batch
        revisions.persist(BirthRegistrationRevision.of(r, RevisionKind.REGISTERED, now, registrar, null, List.of()));
        opening.open(r.id, r.familyId, r.birthDate, d.application() == null ? ApplicationFacts.NONE : d.application(),
                registrar);
        outbox.add(BirthEvents.registered(r));
        idempotencyKey.ifPresent(key -> idempotencyKeys.remember(registrar, OPERATION, key, fingerprint, r.id));
        audit.changed(r.id);
        return new Result(r, true);
    }

    /** The same birth (mother, date of birth, child's name) stands registered already, as {@code existingId}. */
    static DomainException alreadyRegistered(UUID existingId) {
        return new DomainException(409, "birth-already-registered", "Birth already registered",
                "This birth (same mother, date of birth and child's name) is already registered",
                List.of(), Map.of("existingId", existingId.toString()));
    }
}
