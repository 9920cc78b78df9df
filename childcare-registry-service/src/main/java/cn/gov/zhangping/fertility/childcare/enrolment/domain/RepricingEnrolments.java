package cn.gov.zhangping.fertility.childcare.enrolment.domain;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.childcare.demand.domain.RegisteredChild;
import cn.gov.zhangping.fertility.childcare.demand.persistence.RegisteredChildRepository;
import cn.gov.zhangping.fertility.childcare.enrolment.events.EnrolmentEvents;
import cn.gov.zhangping.fertility.childcare.enrolment.persistence.EnrolmentRepository;
import cn.gov.zhangping.fertility.childcare.institution.domain.ChildcareInstitution;
import cn.gov.zhangping.fertility.childcare.institution.persistence.InstitutionRepository;
import cn.gov.zhangping.fertility.platform.outbox.Outbox;

/**
 * Keeps the fee of a child's active enrolment in step with its birth registration (plan task 8): a birth event that
 * puts the registration under review holds the reduction, one that settles it (the review, or a correction without
 * reviewPending) gives the reduction the facts now call for. A changed fee moves the enrolment's revision on and
 * publishes enrolment-changed.v1, in the birth event's inbox transaction.
 */
@ApplicationScoped
public class RepricingEnrolments {

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    InstitutionRepository institutions;

    @Inject
    RegisteredChildRepository children;

    @Inject
    Outbox outbox;

    /** After a registration or correction (the child's row already says what the event says). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void factsChanged(UUID childId, boolean reviewPending) {
        enrolments.setUnderReview(childId, reviewPending);
        reprice(childId, reviewPending);
    }

    /** After a reviewer confirmed the facts: the review is over, the birth order is the one confirmed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reviewed(UUID childId, int confirmedBirthOrder) {
        enrolments.setUnderReview(childId, false);
        children.findByIdOptional(childId).ifPresent(c -> c.birthOrder = confirmedBirthOrder);
        reprice(childId, false);
    }

    private void reprice(UUID childId, boolean underReview) {
        Optional<Enrolment> active = enrolments.activeOf(childId);
        Optional<RegisteredChild> child = children.findByIdOptional(childId);
        if (active.isEmpty() || child.isEmpty()) {
            return;
        }
        Enrolment e = active.get();
        ChildcareInstitution nursery = institutions.lock(e.institutionId).orElseThrow();
        FeePolicy.Fee fee = FeePolicy.decide(nursery.kind, e.monthlyFee, child.get().birthOrder, child.get().specialFamily,
                underReview, enrolments.feeRules());
        if (e.reprice(fee)) {
            outbox.add(EnrolmentEvents.changed(e, nursery.kind));
        }
    }
}
