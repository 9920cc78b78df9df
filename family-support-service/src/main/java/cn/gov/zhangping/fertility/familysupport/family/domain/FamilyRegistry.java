package cn.gov.zhangping.fertility.familysupport.family.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.familysupport.family.persistence.FamilyChildRepository;
import cn.gov.zhangping.fertility.familysupport.family.persistence.FamilyRepository;
import cn.gov.zhangping.fertility.familysupport.privacy.PersonalDataProtector;
import cn.gov.zhangping.fertility.familysupport.privacy.ResidentIdNumber;

/**
 * Keeps families and their children: finds or creates a mother's family when a birth is registered, records earlier
 * children declared for it (at registration or later), places the new birth among the children and derives its
 * order ({@link BirthOrders}). Runs inside the caller's transaction.
 * <p>
 * A declared child is the same child as one the family already has when their identity numbers are equal, or, when
 * either has none, when their dates of birth are equal (declare twins with their identity numbers). A newborn being
 * registered is the declared child born the same day who is not registered yet, if there is one.
 */
@ApplicationScoped
public class FamilyRegistry {

    @Inject
    FamilyRepository families;

    @Inject
    FamilyChildRepository children;

    @Inject
    PersonalDataProtector protector;

    @Inject
    Event<ChildBornInFamily> born;

    /**
     * Where a new birth stands in its family: the family (created for it when {@code newFamily}), the child (not yet
     * linked) and its derived order.
     */
    public record Placement(Family family, FamilyChild child, int derivedOrder, String fatherIndex, boolean newFamily) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Placement placeBirth(String motherId, String fatherId, HukouType hukouType, String townshipCode,
                                String communityCode, List<DeclaredChild> earlier, LocalDate birthDate, Instant at,
                                String by) {
        ProtectedId mother = protect(motherId);
        Optional<Family> found = families.findByMother(mother.indexes());
        boolean newFamily = found.isEmpty();
        Family family = found.orElseGet(() -> {
            Family f = Family.of(mother, townshipCode, communityCode, at);
            families.persist(f);
            return f;
        });
        family.livesIn(townshipCode, communityCode, hukouType);
        String fatherIndex = null;
        if (fatherId != null) {
            ProtectedId father = protect(fatherId);
            fatherIndex = father.index();
            if (!fatherIndex.equals(mother.index())) {
                family.knowFather(father);
            }
        }
        // a family created just now has no children yet: no query for them
        List<FamilyChild> known = newFamily ? new ArrayList<>() : new ArrayList<>(children.of(family.id));
        declare(family, known, earlier, at, by);
        FamilyChild child = known.stream()
                .filter(c -> !c.isRegistered() && c.birthDate.equals(birthDate))
                .findFirst()
                .orElseGet(() -> {
                    FamilyChild c = FamilyChild.of(family.id, next(known), birthDate, null, null, false, at, by);
                    known.add(c);
                    return c;
                });
        int order = orders(known).get(child.id);
        return new Placement(family, child, order, fatherIndex, newFamily);
    }

    /** Links the placed child to its registration (persisted before, for the reference). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void link(Placement placement, UUID registrationId) {
        placement.child().registrationId = registrationId;
        if (!children.isPersistent(placement.child())) {
            children.persist(placement.child());
        }
        born.fire(new ChildBornInFamily(placement.family().id, registrationId, placement.child().birthDate,
                placement.newFamily()));
    }

    /** Declares earlier children for a family; the ones it already has are not added twice. Returns the new ones. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<FamilyChild> declare(Family family, List<DeclaredChild> declared, Instant at, String by) {
        return declare(family, new ArrayList<>(children.of(family.id)), declared, at, by);
    }

    /** The derived order of every child of the family. */
    public Map<UUID, Integer> orders(List<FamilyChild> known) {
        return BirthOrders.of(known.stream().map(c -> new BirthOrders.Child(c.id, c.birthDate, c.position)).toList());
    }

    /** A registration no longer stands: its child is no longer one of the family's. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(UUID registrationId) {
        children.ofRegistration(registrationId).ifPresent(children::delete);
    }

    /** A registration's date of birth was corrected: its child's follows. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bornOn(UUID registrationId, LocalDate birthDate) {
        children.ofRegistration(registrationId).ifPresent(c -> c.birthDate = birthDate);
    }

    private List<FamilyChild> declare(Family family, List<FamilyChild> known, List<DeclaredChild> declared, Instant at,
                                      String by) {
        List<FamilyChild> added = new ArrayList<>();
        for (DeclaredChild d : declared) {
            ProtectedId id = d.idNumber() == null ? null : protect(d.idNumber());
            Optional<FamilyChild> same = known.stream().filter(c -> sameChild(c, d, id)).findFirst();
            if (same.isPresent()) {
                FamilyChild c = same.get();
                c.deceased = c.deceased || d.deceased();
                if (c.idNumberIndex == null && id != null) {
                    c.idNumberCipher = id.cipher();
                    c.idNumberIndex = id.index();
                    c.idNumberMasked = id.masked();
                }
                continue;
            }
            FamilyChild c = FamilyChild.of(family.id, next(known), d.birthDate(), null, id, d.deceased(), at, by);
            children.persist(c);
            known.add(c);
            added.add(c);
        }
        return added;
    }

    /** The mother's identity number in clear, for rules that need her date of birth. */
    public String motherIdNumber(Family family) {
        return protector.decrypt(family.motherIdCipher);
    }

    private static boolean sameChild(FamilyChild c, DeclaredChild d, ProtectedId id) {
        if (id != null && c.idNumberIndex != null) {
            return id.matches(c.idNumberIndex);
        }
        return c.birthDate.equals(d.birthDate());
    }

    private static int next(List<FamilyChild> known) {
        return known.stream().mapToInt(c -> c.position).max().orElse(0) + 1;
    }

    /** An identity number as it is stored: encrypted, its keyed index, its masked form. */
    public ProtectedId protect(String idNumber) {
        String normal = ResidentIdNumber.normalise(idNumber);
        return new ProtectedId(protector.encrypt(normal), protector.index(normal), protector.indexes(normal),
                ResidentIdNumber.mask(normal));
    }
}
