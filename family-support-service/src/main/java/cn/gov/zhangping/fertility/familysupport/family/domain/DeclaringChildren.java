package cn.gov.zhangping.fertility.familysupport.family.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.familysupport.audit.domain.ChangeAudit;
import cn.gov.zhangping.fertility.familysupport.family.persistence.FamilyChildRepository;
import cn.gov.zhangping.fertility.familysupport.family.persistence.FamilyRepository;
import cn.gov.zhangping.fertility.familysupport.privacy.ResidentIdNumber;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.problem.Problem.FieldError;
import cn.gov.zhangping.fertility.platform.security.TownshipScope;
import cn.gov.zhangping.fertility.platform.time.CivilDate;

/**
 * Declares earlier children of a family after its registration (a reviewer or registrar learns of a child born
 * elsewhere). Children the family already has are not added twice. The orders of registrations already published are
 * not re-derived: a reviewer corrects a registration whose order the new child changes.
 */
@ApplicationScoped
public class DeclaringChildren {

    static final int MAX_CHILDREN = 20;

    @Inject
    ChangeAudit audit;

    @Inject
    FamilyRepository families;

    @Inject
    FamilyChildRepository children;

    @Inject
    FamilyRegistry registry;

    Clock clock = CivilDate.clock();

    @Transactional
    public Family declare(UUID familyId, List<DeclaredChild> declared, TownshipScope scope, String by) {
        Family family = families.get(familyId, scope);
        LocalDate today = LocalDate.now(clock);
        LocalDate motherBorn = ResidentIdNumber.birthDate(registry.motherIdNumber(family)).orElseThrow();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < declared.size(); i++) {
            LocalDate born = declared.get(i).birthDate();
            if (born.isAfter(today)) {
                errors.add(new FieldError("children[" + i + "].birthDate", "must not be in the future"));
            } else if (!born.isAfter(motherBorn)) {
                errors.add(new FieldError("children[" + i + "].birthDate", "must be after the mother's date of birth"));
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        Instant now = Instant.now(clock);
        registry.declare(family, declared, now, by);
        if (children.count("familyId", familyId) > MAX_CHILDREN) {
            throw new DomainException(422, "too-many-children", "Too many children",
                    "A family has at most " + MAX_CHILDREN + " children; nothing was declared");
        }
        audit.changed(family.id);
        return family;
    }
}
