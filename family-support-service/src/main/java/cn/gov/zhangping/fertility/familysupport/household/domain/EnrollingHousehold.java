package cn.gov.zhangping.fertility.familysupport.household.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.familysupport.audit.domain.ChangeAudit;
import cn.gov.zhangping.fertility.familysupport.family.domain.FamilyRegistry;
import cn.gov.zhangping.fertility.familysupport.family.domain.ProtectedId;
import cn.gov.zhangping.fertility.familysupport.family.persistence.FamilyRepository;
import cn.gov.zhangping.fertility.familysupport.household.events.HouseholdEvents;
import cn.gov.zhangping.fertility.familysupport.household.persistence.HouseholdEvidenceRepository;
import cn.gov.zhangping.fertility.familysupport.household.persistence.HouseholdHistoryRepository;
import cn.gov.zhangping.fertility.familysupport.household.persistence.HouseholdMemberRepository;
import cn.gov.zhangping.fertility.familysupport.household.persistence.HouseholdRepository;
import cn.gov.zhangping.fertility.familysupport.household.persistence.HouseholdRuleRepository;
import cn.gov.zhangping.fertility.platform.outbox.Outbox;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.problem.Problem.FieldError;
import cn.gov.zhangping.fertility.platform.security.TownshipScope;
import cn.gov.zhangping.fertility.platform.time.CivilDate;

/**
 * Enrols a household in its scheme with its members and evidence (revision 1, ENROLLED), and records later evidence.
 * The household may name its family record (the families of births): births placed in that family reach it
 * ({@link ChangingHouseholdStatus#childBorn}).
 */
@ApplicationScoped
public class EnrollingHousehold {

    @Inject
    ChangeAudit audit;

    @Inject
    HouseholdRepository households;

    @Inject
    HouseholdMemberRepository members;

    @Inject
    HouseholdEvidenceRepository evidence;

    @Inject
    HouseholdHistoryRepository history;

    @Inject
    HouseholdRuleRepository rules;

    @Inject
    FamilyRepository families;

    @Inject
    FamilyRegistry registry;

    @Inject
    Outbox outbox;

    Clock clock = CivilDate.clock();

    @Transactional
    public Household enrol(Basis basis, UUID familyId, String townshipCode, LocalDate since, List<NewMember> newMembers,
                           List<HouseholdEvidence.Document> documents, String by) {
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = new ArrayList<>();
        if (since.isAfter(today)) {
            errors.add(new FieldError("since", "must not be in the future"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < newMembers.size(); i++) {
            NewMember m = newMembers.get(i);
            if (!seen.add(m.idNumber())) {
                errors.add(new FieldError("members[" + i + "].idNumber", "is given twice"));
            }
            if (m.diedOn() != null && (m.diedOn().isAfter(today) || m.diedOn().isBefore(m.birthDate()))) {
                errors.add(new FieldError("members[" + i + "].diedOn", "must be between the date of birth and today"));
            }
        }
        errors.addAll(Documents.broken(documents, today, "evidence"));
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        List<String> broken = BasisRules.broken(basis, newMembers, rules.rules());
        if (!broken.isEmpty()) {
            throw new DomainException(422, "household-does-not-fit-basis", "The members do not fit the basis",
                    String.join("; ", broken));
        }
        if (familyId != null && families.findByIdOptional(familyId).isEmpty()) {
            throw new DomainException(422, "unknown-family", "Unknown family", "Family " + familyId + " does not exist");
        }
        Instant now = Instant.now(clock);
        Household h = Household.enrol(basis, familyId, townshipCode, since, now, by);
        households.persist(h);
        int position = 1;
        for (NewMember m : newMembers) {
            ProtectedId id = registry.protect(m.idNumber());
            members.persist(HouseholdMember.of(h.id, position++, m, id));
        }
        for (HouseholdEvidence.Document d : documents) {
            evidence.persist(HouseholdEvidence.of(h.id, d, now, by));
        }
        HouseholdStatusChange c = HouseholdStatusChange.of(h, ChangeKind.ENROLLED, null, since, now, by);
        history.persist(c);
        outbox.add(HouseholdEvents.statusChanged(h, c));
        audit.changed(h.id);
        return h;
    }

    @Transactional
    public Household addEvidence(UUID householdId, List<HouseholdEvidence.Document> documents, TownshipScope scope,
                                 String by) {
        Household h = households.get(householdId, scope);
        List<FieldError> errors = Documents.broken(documents, LocalDate.now(clock), "documents");
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        Instant now = Instant.now(clock);
        for (HouseholdEvidence.Document d : documents) {
            evidence.persist(HouseholdEvidence.of(h.id, d, now, by));
        }
        audit.changed(h.id);
        return h;
    }

    /** Evidence dates are not in the future. */
    static final class Documents {
        private Documents() {
        }

        static List<FieldError> broken(List<HouseholdEvidence.Document> documents, LocalDate today, String field) {
            List<FieldError> errors = new ArrayList<>();
            for (int i = 0; i < documents.size(); i++) {
                if (documents.get(i).issuedOn().isAfter(today)) {
                    errors.add(new FieldError(field + "[" + i + "].issuedOn", "must not be in the future"));
                }
            }
            return errors;
        }
    }
}
