package cn.gov.zhangping.fertility.familysupport.household.care.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.familysupport.audit.domain.ChangeAudit;
import cn.gov.zhangping.fertility.familysupport.household.domain.Household;
import cn.gov.zhangping.fertility.familysupport.household.domain.Scheme;
import cn.gov.zhangping.fertility.familysupport.household.persistence.HouseholdRepository;
import cn.gov.zhangping.fertility.familysupport.household.care.persistence.CareRepository;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.security.TownshipScope;
import cn.gov.zhangping.fertility.platform.time.CivilDate;

/**
 * The care of special families (漳政办规〔2023〕2号 二(五)17): sets the contact persons and family doctor, logs care
 * services, and records the yearly census check of a household at city or township level (a second check of the same
 * year and level replaces the first). Contacts and the care log are for special families only (422); the census
 * covers every household.
 */
@ApplicationScoped
public class CaringForHousehold {

    @Inject
    ChangeAudit audit;

    @Inject
    HouseholdRepository households;

    @Inject
    CareRepository care;

    Clock clock = CivilDate.clock();

    public record Contacts(String townshipName, String townshipPhone, String villageName, String villagePhone,
                           String doctorName, String doctorInstitution, LocalDate doctorSince) {
    }

    @Transactional
    public CareArrangement arrange(UUID householdId, Contacts c, TownshipScope scope, String by) {
        Household h = special(householdId, scope);
        if (c.doctorSince() != null && c.doctorSince().isAfter(LocalDate.now(clock))) {
            throw DomainException.invalid("familyDoctor.contractedOn", "must not be in the future");
        }
        CareArrangement a = care.arrangement(h.id).orElse(null);
        boolean created = a == null;
        if (created) {
            a = new CareArrangement();
            a.householdId = h.id;
        }
        a.townshipContactName = c.townshipName().strip();
        a.townshipContactPhone = c.townshipPhone();
        a.villageContactName = c.villageName().strip();
        a.villageContactPhone = c.villagePhone();
        a.familyDoctorName = c.doctorName() == null ? null : c.doctorName().strip();
        a.familyDoctorInstitution = c.doctorInstitution() == null ? null : c.doctorInstitution().strip();
        a.familyDoctorSince = c.doctorSince();
        a.updatedAt = Instant.now(clock);
        a.updatedBy = by;
        if (created) {
            care.persist(a);
        }
        audit.changed(h.id);
        return a;
    }

    @Transactional
    public CareVisit log(UUID householdId, CareService service, LocalDate visitedOn, String note, TownshipScope scope,
                         String by) {
        Household h = special(householdId, scope);
        if (visitedOn.isAfter(LocalDate.now(clock))) {
            throw DomainException.invalid("visitedOn", "must not be in the future");
        }
        CareVisit v = new CareVisit();
        v.id = UUID.randomUUID();
        v.householdId = h.id;
        v.service = service;
        v.visitedOn = visitedOn;
        v.note = note == null ? null : note.strip();
        v.recordedAt = Instant.now(clock);
        v.recordedBy = by;
        care.persist(v);
        audit.changed(h.id);
        return v;
    }

    @Transactional
    public CensusCheck census(UUID householdId, int year, CensusLevel level, LocalDate checkedOn, String finding,
                              TownshipScope scope, String by) {
        Household h = households.get(householdId, scope);
        LocalDate today = LocalDate.now(clock);
        if (checkedOn.isAfter(today)) {
            throw DomainException.invalid("checkedOn", "must not be in the future");
        }
        if (checkedOn.getYear() != year) {
            throw DomainException.invalid("checkedOn", "must be in the census year");
        }
        CensusCheck c = care.census(h.id, year, level).orElse(null);
        boolean created = c == null;
        if (created) {
            c = new CensusCheck();
            c.householdId = h.id;
            c.year = year;
            c.level = level;
        }
        c.checkedOn = checkedOn;
        c.checkedBy = by;
        c.finding = finding == null ? null : finding.strip();
        if (created) {
            care.persist(c);
        }
        audit.changed(h.id);
        return c;
    }

    private Household special(UUID householdId, TownshipScope scope) {
        Household h = households.get(householdId, scope);
        if (h.scheme != Scheme.SPECIAL_ASSISTANCE) {
            throw new DomainException(422, "not-a-special-family", "Not a special family",
                    "Contact persons and the care log are kept for special families; household " + h.id + " is in "
                            + h.scheme);
        }
        return h;
    }
}
