package cn.gov.zhangping.fertility.familysupport.birth.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.familysupport.birth.events.BirthEvents;
import cn.gov.zhangping.fertility.familysupport.birth.persistence.BirthRegistrationRepository;
import cn.gov.zhangping.fertility.familysupport.privacy.PersonalDataProtector;
import cn.gov.zhangping.fertility.familysupport.privacy.ResidentIdNumber;
import cn.gov.zhangping.fertility.platform.idempotency.IdempotencyKeys;
import cn.gov.zhangping.fertility.platform.outbox.Outbox;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.problem.Problem.FieldError;
import cn.gov.zhangping.fertility.platform.reference.Townships;
import cn.gov.zhangping.fertility.platform.time.CivilDate;

/**
 * Registers births ("birth is one matter", 出生一件事, plan task 2): checks the facts, keeps one registration per
 * child, and in the same transaction queues the {@code birth.registered.v1} event that the childcare registry,
 * benefit and indicator services act on.
 */
@ApplicationScoped
public class BirthRegistrationService {

    static final String OPERATION = "register-birth";

    @Inject
    BirthRegistrationRepository repository;

    @Inject
    PersonalDataProtector protector;

    @Inject
    Outbox outbox;

    @Inject
    IdempotencyKeys idempotencyKeys;

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
                return new Result(repository.findByIdOptional(earlier.get()).orElseThrow(), false);
            }
        }
        check(details);
        String motherId = ResidentIdNumber.normalise(details.motherIdNumber());
        String motherIndex = protector.index(motherId);
        String childName = details.childName().strip();
        Optional<BirthRegistration> existing = repository.findSameBirth(motherIndex, details.birthDate(), childName);
        if (existing.isPresent()) {
            throw new DomainException(409, "birth-already-registered", "Birth already registered",
                    "This birth (same mother, date of birth and child's name) is already registered",
                    List.of(), Map.of("existingId", existing.get().id.toString()));
        }
        BirthRegistration r = new BirthRegistration();
        r.id = UUID.randomUUID();
        r.motherIdCipher = protector.encrypt(motherId);
        r.motherIdIndex = motherIndex;
        r.motherIdMasked = ResidentIdNumber.mask(motherId);
        r.childName = childName;
        r.sex = details.sex();
        r.birthDate = details.birthDate();
        r.birthOrder = details.birthOrder();
        r.townshipCode = details.townshipCode();
        r.communityCode = details.communityCode();
        r.hospital = details.hospital().strip();
        r.specialFamily = details.specialFamily();
        r.rural = details.rural();
        r.registeredAt = Instant.now(clock);
        r.registeredBy = registrar;
        repository.persistAndFlush(r);
        outbox.add(BirthEvents.registered(r));
        idempotencyKey.ifPresent(key -> idempotencyKeys.remember(registrar, OPERATION, key, fingerprint, r.id));
        return new Result(r, true);
    }

    public BirthRegistration get(UUID id) {
        return repository.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("Birth registration", id));
    }

    public String motherIdNumber(BirthRegistration r) {
        return protector.decrypt(r.motherIdCipher);
    }

    /** Rules that need more than one field or today's date; every broken rule is reported at once. */
    void check(BirthDetails d) {
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = new ArrayList<>();
        ResidentIdNumber.problem(d.motherIdNumber(), today)
                .ifPresent(p -> errors.add(new FieldError("motherIdNumber", p)));
        if (d.birthDate().isAfter(today)) {
            errors.add(new FieldError("birthDate", "must not be in the future"));
        } else if (errors.isEmpty()) {
            LocalDate motherBorn = ResidentIdNumber.birthDate(ResidentIdNumber.normalise(d.motherIdNumber())).orElseThrow();
            if (!motherBorn.isBefore(d.birthDate())) {
                errors.add(new FieldError("birthDate", "must be after the mother's date of birth"));
            }
        }
        if (!Townships.isCommunityOf(d.communityCode(), d.townshipCode())) {
            errors.add(new FieldError("communityCode", "must be the 12-digit code of a community in the township"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
    }
}
