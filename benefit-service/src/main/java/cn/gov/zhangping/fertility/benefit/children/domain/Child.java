package cn.gov.zhangping.fertility.benefit.children.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.gov.zhangping.fertility.benefit.policy.domain.ChildFacts;

/**
 * A registered birth as the policies see it, kept as its registration stands: the facts of its latest revision
 * (birth events carry the whole state), and whether it was cancelled. No names, no ID numbers.
 */
@Entity
@Table(name = "child")
public class Child {

    @Id
    @Column(name = "registration_id")
    public UUID registrationId;

    @Column(name = "family_id")
    public UUID familyId;

    /** The township of the registration (its latest revision); null for a child recorded before it was kept. */
    @Column(name = "township_code")
    public String townshipCode;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Column(nullable = false)
    public String sex;

    @Column(name = "birth_order", nullable = false)
    public int birthOrder;

    @Column(name = "special_family", nullable = false)
    public boolean specialFamily;

    @Column(name = "review_pending", nullable = false)
    public boolean reviewPending;

    @Column(nullable = false)
    public boolean cancelled;

    @Column(nullable = false)
    public int revision;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public String townshipCode() {
        return townshipCode;
    }

    public ChildFacts facts() {
        return new ChildFacts(birthDate, "FEMALE".equals(sex), birthOrder, specialFamily, reviewPending);
    }
}
