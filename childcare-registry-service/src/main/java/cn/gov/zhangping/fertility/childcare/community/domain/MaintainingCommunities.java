package cn.gov.zhangping.fertility.childcare.community.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.childcare.community.events.CommunityEvents;
import cn.gov.zhangping.fertility.childcare.community.persistence.CommunityRepository;
import cn.gov.zhangping.fertility.platform.outbox.Outbox;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.problem.Problem.FieldError;

/**
 * An administrator maintains the community register: adds a community, changes one, or uploads many (CSV). Every
 * community that is added or changes is published (community-changed.v1) in the same transaction.
 */
@ApplicationScoped
public class MaintainingCommunities {

    @Inject
    CommunityRepository communities;

    @Inject
    Outbox outbox;

    /** Adds a community; a code already in the register is a conflict. */
    @Transactional
    public Community add(CommunityDetails d) {
        List<FieldError> errors = CommunityRules.check(d, "");
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        if (communities.findByIdOptional(d.code()).isPresent()) {
            throw new DomainException(409, "duplicate-community", "Community already registered",
                    "community " + d.code() + " is already in the register");
        }
        return create(d, Instant.now());
    }

    /** Changes the name, area type or populations of a community; its code and township stay. */
    @Transactional
    public Community change(String code, CommunityDetails d) {
        Community c = communities.findByIdOptional(code).orElseThrow(() -> DomainException.notFound("community", code));
        // a change without a centre keeps the centre the register has (the field came later; absent means unchanged)
        BigDecimal latitude = d.latitude() == null && d.longitude() == null ? c.latitude : d.latitude();
        BigDecimal longitude = d.latitude() == null && d.longitude() == null ? c.longitude : d.longitude();
        List<FieldError> errors = CommunityRules.check(new CommunityDetails(c.code, c.townshipCode, d.name(),
                d.areaType(), d.populations(), latitude, longitude), "");
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        if (c.change(d.name(), d.areaType(), sorted(d.populations()), latitude, longitude, Instant.now())) {
            outbox.add(CommunityEvents.changed(c));
        }
        return c;
    }

    /** Adds every community of a CSV file, all or none: a code already in the register is a duplicate. */
    @Transactional
    public List<Community> upload(String csv) {
        CommunityCsv.Parsed parsed = CommunityCsv.parse(csv);
        List<FieldError> errors = new ArrayList<>(parsed.errors());
        for (CommunityDetails d : parsed.communities()) {
            if (communities.findByIdOptional(d.code()).isPresent()) {
                errors.add(new FieldError("code", "duplicate code " + d.code() + ": already in the register"));
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors.subList(0, Math.min(errors.size(), 100)));
        }
        Instant now = Instant.now();
        return parsed.communities().stream().map(d -> create(d, now)).toList();
    }

    private Community create(CommunityDetails d, Instant at) {
        Community c = new Community();
        c.code = d.code();
        c.townshipCode = d.townshipCode();
        c.name = d.name();
        c.areaType = d.areaType();
        c.latitude = d.latitude();
        c.longitude = d.longitude();
        c.populations.addAll(sorted(d.populations()));
        c.revision = 1;
        c.changedAt = at;
        communities.persist(c);
        outbox.add(CommunityEvents.changed(c));
        return c;
    }

    private static List<Community.Population> sorted(List<Community.Population> populations) {
        List<Community.Population> list = new ArrayList<>(populations);
        list.sort((a, b) -> Integer.compare(a.year, b.year));
        return list;
    }
}
