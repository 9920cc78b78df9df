package cn.gov.zhangping.fertility.childcare.room.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.childcare.room.events.RoomEvents;
import cn.gov.zhangping.fertility.childcare.room.persistence.PublicPlaceRepository;
import cn.gov.zhangping.fertility.platform.outbox.Outbox;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.problem.Problem.FieldError;
import cn.gov.zhangping.fertility.platform.reference.Townships;
import cn.gov.zhangping.fertility.platform.time.CivilDate;

/**
 * The administrator keeps the register of public places; the administrator or the Health Commission records each
 * place's mother-and-baby room. Every change is published (room-changed.v1, with whether a rule requires the room)
 * in the same transaction.
 */
@ApplicationScoped
public class MaintainingPlaces {

    /** Rooms opened before this day are recorded as opened on it at the earliest; no register is older. */
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    @Inject
    PublicPlaceRepository places;

    @Inject
    Outbox outbox;

    @Transactional
    public PublicPlace add(PlaceDetails d) {
        check(d);
        PublicPlace p = new PublicPlace();
        p.id = UUID.randomUUID();
        p.apply(d);
        p.revision = 1;
        p.changedAt = Instant.now();
        places.persist(p);
        publish(p);
        return p;
    }

    @Transactional
    public PublicPlace change(UUID id, PlaceDetails d) {
        PublicPlace p = find(id);
        check(d);
        if (p.change(d, Instant.now())) {
            publish(p);
        }
        return p;
    }

    /** Records the room: a missing room has no opening date and does not meet the standard; no date after today. */
    @Transactional
    public PublicPlace recordRoom(UUID id, boolean present, LocalDate openedOn, boolean meetsStandard) {
        PublicPlace p = find(id);
        List<FieldError> errors = new ArrayList<>();
        if (!present && openedOn != null) {
            errors.add(new FieldError("openedOn", "must be empty when there is no room"));
        }
        if (!present && meetsStandard) {
            errors.add(new FieldError("meetsStandard", "must be false when there is no room"));
        }
        if (openedOn != null && (openedOn.isBefore(EARLIEST) || openedOn.isAfter(CivilDate.today()))) {
            errors.add(new FieldError("openedOn", "must be between " + EARLIEST + " and today"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        if (p.recordRoom(present, openedOn, meetsStandard, Instant.now())) {
            publish(p);
        }
        return p;
    }

    private PublicPlace find(UUID id) {
        return places.lock(id).orElseThrow(() -> DomainException.notFound("public place", id));
    }

    private void publish(PublicPlace p) {
        outbox.add(RoomEvents.changed(p, p.requiredBy(places.rules()).orElse(null)));
    }

    private static void check(PlaceDetails d) {
        if (!Townships.isKnown(d.townshipCode())) {
            throw DomainException.invalid("townshipCode", "is not a township code of Zhangping (350881xxx)");
        }
    }
}
