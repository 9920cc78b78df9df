package cn.gov.zhangping.fertility.familysupport.birth.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.gov.zhangping.fertility.contracts.birth.CancellationReason;
import cn.gov.zhangping.fertility.contracts.birth.CorrectableField;
import cn.gov.zhangping.fertility.familysupport.family.domain.Finding;
import cn.gov.zhangping.fertility.platform.problem.DomainException;

/**
 * A birth registration (生育登记, plan task 2): one per child, for first and later births alike; registration never
 * depends on birth order or family size (task 1). The mother's identity number is stored only encrypted, with a
 * keyed index for matching and its masked form for display.
 * <p>
 * A registration is corrected and cancelled as a civil registry does it. Its {@link #revision} is 1 when registered
 * and one more with each correction and with its cancellation; it is also the optimistic lock, so two changes made
 * from the same revision cannot both succeed.
 */
@Entity
@Table(name = "birth_registration")
public class BirthRegistration {

    @Id
    public UUID id;

    @Version
    @Column(nullable = false)
    public int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RegistrationStatus status;

    @Column(name = "mother_id_cipher", nullable = false)
    public byte[] motherIdCipher;

    @Column(name = "mother_id_index", nullable = false)
    public String motherIdIndex;

    @Column(name = "mother_id_masked", nullable = false)
    public String motherIdMasked;

    @Column(name = "child_name", nullable = false)
    public String childName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sex sex;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    /** The order derived from the family's children, or the one a correction set. */
    @Column(name = "birth_order", nullable = false)
    public int birthOrder;

    /** The order the registrar declared. */
    @Column(name = "declared_birth_order", nullable = false)
    public int declaredBirthOrder;

    /** The mother's family (null for registrations made before families were kept). */
    @Column(name = "family_id")
    public UUID familyId;

    /** What is doubtful about the registration while it is UNDER_REVIEW; empty otherwise. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "birth_registration_finding", joinColumns = @JoinColumn(name = "registration_id"))
    @OrderColumn(name = "position")
    @Column(name = "code", nullable = false)
    @Enumerated(EnumType.STRING)
    public List<Finding> findings = new ArrayList<>();

    @Column(name = "township_code", nullable = false)
    public String townshipCode;

    @Column(name = "community_code", nullable = false)
    public String communityCode;

    @Column(nullable = false)
    public String hospital;

    @Column(name = "special_family", nullable = false)
    public boolean specialFamily;

    @Column(nullable = false)
    public boolean rural;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @Column(name = "registered_by", nullable = false)
    public String registeredBy;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancellation_reason")
    public CancellationReason cancellationReason;

    @Column(name = "duplicate_of")
    public UUID duplicateOf;

    /** A new registration of {@code details} (already checked), revision 1. */
    static BirthRegistration register(BirthDetails details, String motherIdIndex, byte[] motherIdCipher,
                                      String motherIdMasked, Instant at, String registrar) {
        BirthRegistration r = new BirthRegistration();
        r.id = UUID.randomUUID();
        r.revision = 1;
        r.status = RegistrationStatus.REGISTERED;
        r.motherIdCipher = motherIdCipher;
        r.motherIdIndex = motherIdIndex;
        r.motherIdMasked = motherIdMasked;
        r.childName = details.childName();
        r.sex = details.sex();
        r.birthDate = details.birthDate();
        r.birthOrder = details.birthOrder();
        r.declaredBirthOrder = details.birthOrder();
        r.townshipCode = details.townshipCode();
        r.communityCode = details.communityCode();
        r.hospital = details.hospital();
        r.specialFamily = details.specialFamily();
        r.rural = details.rural();
        r.registeredAt = at;
        r.registeredBy = registrar;
        return r;
    }

    /** What the registration states now, with the mother's identity number given in clear. */
    public BirthDetails details(String motherIdNumber) {
        return new BirthDetails(motherIdNumber, childName, sex, birthDate, birthOrder, townshipCode, communityCode,
                hospital, specialFamily, rural, null, null, null, null);
    }

    /**
     * Places the registration in its family: the derived order is the one it carries, and doubtful facts put it
     * UNDER_REVIEW (never refused: plan task 1).
     */
    void placeIn(UUID familyId, int derivedOrder, List<Finding> findings) {
        this.familyId = familyId;
        this.birthOrder = derivedOrder;
        this.findings = new ArrayList<>(findings);
        this.status = findings.isEmpty() ? RegistrationStatus.REGISTERED : RegistrationStatus.UNDER_REVIEW;
    }

    /** A review is pending while the registration is UNDER_REVIEW: consumers hold what depends on its doubtful facts. */
    public boolean reviewPending() {
        return status == RegistrationStatus.UNDER_REVIEW;
    }

    /** A reviewer confirmed or corrected the doubtful facts: the registration stands as registered. */
    FieldChange closeReview() {
        if (!reviewPending()) {
            throw new DomainException(409, "not-under-review", "Registration is not under review",
                    "Birth registration " + id + " has no findings to review");
        }
        status = RegistrationStatus.REGISTERED;
        findings = new ArrayList<>();
        return new FieldChange(FieldChange.STATUS, RegistrationStatus.UNDER_REVIEW.name(), RegistrationStatus.REGISTERED.name());
    }

    public boolean isCancelled() {
        return status == RegistrationStatus.CANCELLED;
    }

    /**
     * Takes the corrected details (already checked; the mother is not correctable) and says which fields changed,
     * in the order of {@link CorrectableField}. Nothing changes when the result is empty.
     */
    List<FieldChange> correct(BirthDetails corrected) {
        requireStanding("corrected");
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, CorrectableField.sex, sex, corrected.sex());
        compare(changes, CorrectableField.birthDate, birthDate, corrected.birthDate());
        compare(changes, CorrectableField.birthOrder, birthOrder, corrected.birthOrder());
        compare(changes, CorrectableField.townshipCode, townshipCode, corrected.townshipCode());
        compare(changes, CorrectableField.communityCode, communityCode, corrected.communityCode());
        compare(changes, CorrectableField.specialFamily, specialFamily, corrected.specialFamily());
        compare(changes, CorrectableField.rural, rural, corrected.rural());
        compare(changes, CorrectableField.childName, childName, corrected.childName());
        compare(changes, CorrectableField.hospital, hospital, corrected.hospital());
        if (!changes.isEmpty()) {
            sex = corrected.sex();
            birthDate = corrected.birthDate();
            if (birthOrder != corrected.birthOrder()) {
                declaredBirthOrder = corrected.birthOrder();
            }
            birthOrder = corrected.birthOrder();
            townshipCode = corrected.townshipCode();
            communityCode = corrected.communityCode();
            specialFamily = corrected.specialFamily();
            rural = corrected.rural();
            childName = corrected.childName();
            hospital = corrected.hospital();
        }
        return changes;
    }

    /** Cancels the registration; it stays, with its history, but no longer stands. */
    FieldChange cancel(CancellationReason reason, UUID duplicateOf, Instant at) {
        requireStanding("cancelled again");
        RegistrationStatus before = status;
        status = RegistrationStatus.CANCELLED;
        cancellationReason = reason;
        this.duplicateOf = duplicateOf;
        cancelledAt = at;
        return new FieldChange(FieldChange.STATUS, before.name(), RegistrationStatus.CANCELLED.name());
    }

    /** A cancelled registration is not changed any more: 409. */
    void requireStanding(String what) {
        if (isCancelled()) {
            throw new DomainException(409, "registration-cancelled", "Registration is cancelled",
                    "Birth registration " + id + " is cancelled and cannot be " + what);
        }
    }

    private static void compare(List<FieldChange> changes, CorrectableField field, Object now, Object corrected) {
        if (!Objects.equals(now, corrected)) {
            changes.add(new FieldChange(field.name(), String.valueOf(now), String.valueOf(corrected)));
        }
    }
}
