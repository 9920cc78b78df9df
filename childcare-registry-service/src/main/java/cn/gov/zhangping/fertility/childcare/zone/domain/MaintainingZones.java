package cn.gov.zhangping.fertility.childcare.zone.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.childcare.community.domain.Community;
import cn.gov.zhangping.fertility.childcare.community.persistence.CommunityRepository;
import cn.gov.zhangping.fertility.childcare.zone.events.ZoneEvents;
import cn.gov.zhangping.fertility.childcare.zone.persistence.ZoneRepository;
import cn.gov.zhangping.fertility.platform.outbox.Outbox;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.problem.Problem.FieldError;

/**
 * An administrator maintains the residential zone register (task 9): adds a zone, changes one, or uploads many (CSV,
 * all or none). Every zone added or changed is published (zone-changed.v1) in the same transaction.
 */
@ApplicationScoped
public class MaintainingZones {

    @Inject
    ZoneRepository zones;

    @Inject
    CommunityRepository communities;

    @Inject
    Outbox outbox;

    /** Adds a zone; a code already in the register is a conflict. */
    @Transactional
    public ResidentialZone add(ZoneDetails d) {
        List<FieldError> errors = ZoneRules.check(d, community(), "");
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        if (zones.byCode(d.code()).isPresent()) {
            throw new DomainException(409, "duplicate-zone", "Zone already registered",
                    "residential zone " + d.code() + " is already in the register");
        }
        return create(d, Instant.now());
    }

    /** Changes the name, community, kind or residents of a zone; its code and township stay. */
    @Transactional
    public ResidentialZone change(String code, ZoneDetails d) {
        ResidentialZone z = zones.byCode(code).orElseThrow(() -> DomainException.notFound("residential zone", code));
        ZoneDetails whole = new ZoneDetails(z.code, z.townshipCode, d.communityCode(), d.name(), d.kind(), d.residents());
        List<FieldError> errors = ZoneRules.check(whole, community(), "");
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        if (z.change(whole, Instant.now())) {
            outbox.add(ZoneEvents.changed(z));
        }
        return z;
    }

    /** Adds every zone of a CSV file, all or none: a code already in the register is a duplicate. */
    @Transactional
    public List<ResidentialZone> upload(String csv) {
        ZoneCsv.Parsed parsed = ZoneCsv.parse(csv, community());
        List<FieldError> errors = new ArrayList<>(parsed.errors());
        for (ZoneDetails d : parsed.zones()) {
            if (zones.byCode(d.code()).isPresent()) {
                errors.add(new FieldError("code", "duplicate code " + d.code() + ": already in the register"));
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors.subList(0, Math.min(errors.size(), 100)));
        }
        Instant now = Instant.now();
        return parsed.zones().stream().map(d -> create(d, now)).toList();
    }

    private Function<String, Community> community() {
        return code -> communities.findByIdOptional(code).orElse(null);
    }

    private ResidentialZone create(ZoneDetails d, Instant at) {
        ResidentialZone z = new ResidentialZone();
        z.id = UUID.randomUUID();
        z.code = d.code();
        z.townshipCode = d.townshipCode();
        z.communityCode = d.communityCode();
        z.name = d.name();
        z.kind = d.kind();
        z.residents = d.residents();
        z.revision = 1;
        z.createdAt = at;
        z.changedAt = at;
        zones.persist(z);
        outbox.add(ZoneEvents.changed(z));
        return z;
    }
}
