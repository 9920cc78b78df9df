package cn.gov.zhangping.fertility.benefit.entitlements.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.benefit.entitlements.persistence.EntitlementRepository;
import cn.gov.zhangping.fertility.benefit.entitlements.persistence.EntitlementRuleRepository;
import cn.gov.zhangping.fertility.platform.paging.Page;
import cn.gov.zhangping.fertility.platform.paging.PageRequest;
import org.jboss.logging.Logger;

/**
 * Records the entitlements that follow from each registered birth as its registration stands (registered,
 * corrected, cancelled), with the history of their changes, and reads them back.
 */
@ApplicationScoped
public class EntitlementService {

    private static final Logger LOG = Logger.getLogger(EntitlementService.class);

    @Inject
    EntitlementRepository entitlements;

    @Inject
    EntitlementRuleRepository rules;

    /**
     * Determines what {@code birth} entitles to under the rules in force for its date of birth, and records the
     * difference to what it was entitled to before: entitlements now due are granted (again), those due on other
     * terms are changed, those no longer due are withdrawn, each with {@code cause}. Determining a birth again with
     * the same facts changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void determine(Birth birth, Cause cause) {
        Instant now = Instant.now();
        List<Entitlement> held = new ArrayList<>(entitlements.ofBirth(birth.registrationId()));
        int before = held.size();
        for (Entitlement due : EntitlementPolicy.entitlementsFor(birth, rules.listAll(), now)) {
            Entitlement existing = held.stream().filter(e -> e.sameKindAs(due)).findFirst().orElse(null);
            boolean hold = birth.reviewPending() && due.rule.dependsOnReviewedFacts();
            if (existing == null) {
                if (hold) {
                    due.grantedHeld(cause, now);
                } else {
                    due.granted(cause, now);
                }
                entitlements.persist(due);
            } else {
                held.remove(existing);
                if (hold) {
                    existing.becomesDueHeld(due, cause, now);
                } else {
                    existing.becomesDue(due, cause, now);
                }
            }
        }
        held.forEach(e -> e.noLongerDue(cause, now));
        LOG.debugf("determined the entitlements of birth registration %s (%s, revision %d; %d held before)",
                birth.registrationId(), cause.reason(), cause.revision(), before);
    }

    /** Releases the held entitlements of the birth (a reviewer confirmed its registration as it was). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void releaseAll(UUID birthRegistrationId, Cause cause) {
        Instant now = Instant.now();
        entitlements.ofBirth(birthRegistrationId).forEach(e -> e.release(cause, now));
    }

    /** Withdraws every entitlement of the birth (its registration was cancelled). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrawAll(UUID birthRegistrationId, Cause cause) {
        Instant now = Instant.now();
        entitlements.ofBirth(birthRegistrationId).forEach(e -> e.noLongerDue(cause, now));
    }

    public Page<Entitlement> forBirth(UUID birthRegistrationId, PageRequest page) {
        return Page.of(entitlements.page(birthRegistrationId, page), page, entitlements.count(birthRegistrationId));
    }

    public List<EntitlementRule> catalogue() {
        return rules.catalogue();
    }
}
