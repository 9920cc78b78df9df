package cn.gov.zhangping.fertility.benefit.entitlements.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.benefit.children.domain.Child;
import cn.gov.zhangping.fertility.benefit.children.persistence.ChildRepository;
import cn.gov.zhangping.fertility.benefit.enrolments.domain.Enrolment;
import cn.gov.zhangping.fertility.benefit.enrolments.persistence.EnrolmentRepository;
import cn.gov.zhangping.fertility.benefit.entitlements.persistence.EntitlementRepository;
import cn.gov.zhangping.fertility.benefit.policy.domain.Determination;
import cn.gov.zhangping.fertility.benefit.policy.domain.Enrolled;
import cn.gov.zhangping.fertility.benefit.policy.domain.EnrolmentBooking;
import cn.gov.zhangping.fertility.benefit.policy.domain.Entitling;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCatalogue;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCode;
import cn.gov.zhangping.fertility.benefit.policy.domain.Trigger;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.time.CivilDate;

/**
 * Determines, for each registered child, where its family stands with every policy a child's facts decide, keeps
 * that with the history of its changes (on every birth event, and daily as children age), and answers for any date.
 */
@ApplicationScoped
public class EntitlementService {

    /** A child's facts and, for each policy, what the catalogue says on a date and the stored history. */
    public record ChildEntitlements(Child child, LocalDate asOf, List<Item> items) {
    }

    /** One policy for one child: what it is on the date asked, and how it changed. */
    public record Item(PolicyCatalogue.Listing listing, Determination determination, Entitlement stored) {
    }

    @Inject
    ChildRepository children;

    @Inject
    EntitlementRepository entitlements;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    PolicyCatalogue catalogue;

    /**
     * Determines every policy for {@code child} as of today and records what changed, with {@code cause}. Runs in the
     * caller's transaction, which holds the child's row.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void redetermine(Child child, Cause cause) {
        redetermine(child, cause, catalogue.all());
    }

    /** As {@link #redetermine(Child, Cause)}, with the catalogue already read (once for a whole batch). */
    private void redetermine(Child child, Cause cause, List<PolicyCatalogue.Listing> listings) {
        LocalDate today = CivilDate.today();
        Instant now = Instant.now();
        Map<PolicyCode, Entitlement> stored = entitlements.ofChild(child.registrationId).stream()
                .collect(Collectors.toMap(e -> e.policyCode, Function.identity()));
        List<Enrolled> enrolled = enrolled(child.registrationId);
        for (PolicyCatalogue.Listing listing : listings) {
            if (!listing.policy().decidedByChild()) {
                continue;
            }
            PolicyCode code = listing.policy().code();
            Entitlement e = stored.get(code);
            boolean first = e == null;
            if (first) {
                e = Entitlement.of(child.registrationId, code);
            }
            e.becomes(determine(listing, child, enrolled, today), today, cause, now);
            if (first) {
                // persisted with its state: the insert takes the values the entity has now
                entitlements.persist(e);
            }
        }
    }

    /**
     * Determines one policy again for {@code child} as of today (a version published that reaches back) and records
     * a change with {@code cause} if it made one. Runs in the caller's transaction, which holds the child's row.
     * Returns whether the stored entitlement changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean redetermine(Child child, PolicyCatalogue.Listing listing, Cause cause) {
        LocalDate today = CivilDate.today();
        Entitlement e = entitlements.ofChild(child.registrationId).stream()
                .filter(x -> x.policyCode == listing.policy().code()).findFirst().orElse(null);
        boolean first = e == null;
        if (first) {
            e = Entitlement.of(child.registrationId, listing.policy().code());
        }
        boolean changed = e.becomes(determination(child, listing, today), today, cause, Instant.now());
        if (first) {
            entitlements.persist(e);
        }
        return changed;
    }

    /** What {@code listing}'s policy is for {@code child} on {@code day}, with its enrolments. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Determination determination(Child child, PolicyCatalogue.Listing listing, LocalDate day) {
        return determine(listing, child, enrolled(child.registrationId), day);
    }

    /** The child's entitlements on {@code asOf}; 404 for a registration never seen. */
    @Transactional
    public ChildEntitlements of(UUID registrationId, LocalDate asOf) {
        Child child = children.findByIdOptional(registrationId)
                .orElseThrow(() -> DomainException.notFound("birth registration", registrationId));
        return of(child, asOf, catalogue.all());
    }

    /** The entitlements of every child of a family on {@code asOf}, oldest child first; 404 for a family never seen. */
    @Transactional
    public List<ChildEntitlements> ofFamily(UUID familyId, LocalDate asOf) {
        List<Child> family = children.ofFamily(familyId);
        if (family.isEmpty()) {
            throw DomainException.notFound("family", familyId);
        }
        List<PolicyCatalogue.Listing> listings = catalogue.all();
        return family.stream().map(c -> of(c, asOf, listings)).toList();
    }

    private ChildEntitlements of(Child child, LocalDate asOf, List<PolicyCatalogue.Listing> listings) {
        UUID registrationId = child.registrationId;
        Map<PolicyCode, Entitlement> stored = entitlements.ofChild(registrationId).stream()
                .collect(Collectors.toMap(e -> e.policyCode, Function.identity()));
        List<Enrolled> enrolled = enrolled(registrationId);
        List<Item> items = new ArrayList<>();
        for (PolicyCatalogue.Listing listing : listings) {
            if (listing.policy().decidedByChild()) {
                items.add(new Item(listing, determine(listing, child, enrolled, asOf), stored.get(listing.policy().code())));
            }
        }
        return new ChildEntitlements(child, asOf, items);
    }

    /** How many children a batch determined, and the last one's id. */
    public record Batch(int count, UUID last) {
    }

    /** Determines the entitlements of up to {@code limit} standing children after {@code after}, in id order. */
    @Transactional
    public Batch redetermineBatch(LocalDate bornSince, UUID after, int limit) {
        List<Child> batch = children.standingBornSince(bornSince, after, limit);
        List<PolicyCatalogue.Listing> listings = catalogue.all();
        for (Child c : batch) {
            children.getEntityManager().lock(c, LockModeType.PESSIMISTIC_WRITE);
            redetermine(c, new Cause(ChangeCause.CHILD_AGED, c.revision, null), listings);
        }
        return new Batch(batch.size(), batch.isEmpty() ? after : batch.get(batch.size() - 1).registrationId);
    }

    private List<Enrolled> enrolled(UUID registrationId) {
        return enrolments.ofChild(registrationId).stream().map(Enrolment::facts).toList();
    }

    /** What a policy is for a child on a day: from its facts, and for a benefit booked from enrolments, from them. */
    private static Determination determine(PolicyCatalogue.Listing listing, Child child, List<Enrolled> enrolled,
            LocalDate day) {
        if (child.cancelled) {
            return Determination.cancelled(listing.policy().code());
        }
        Determination d = Entitling.determine(listing.policy(), listing.timeline(), child.facts(), day);
        return listing.policy().trigger() == Trigger.ENROLMENT ? EnrolmentBooking.book(d, enrolled, day) : d;
    }
}
