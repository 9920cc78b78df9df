package cn.gov.zhangping.fertility.benefit.households.events;

import java.time.LocalDate;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import cn.gov.zhangping.fertility.benefit.households.domain.HouseholdEntitlement;
import cn.gov.zhangping.fertility.benefit.households.domain.HouseholdReview;
import cn.gov.zhangping.fertility.benefit.households.domain.PayingHouseholdSchemes;
import cn.gov.zhangping.fertility.benefit.policy.domain.Fen;
import cn.gov.zhangping.fertility.contracts.household.HouseholdEventTypes;
import cn.gov.zhangping.fertility.contracts.household.HouseholdReviewCompletedV1;
import cn.gov.zhangping.fertility.contracts.household.HouseholdStatusChangedV1;
import cn.gov.zhangping.fertility.platform.inbox.Handlers;
import cn.gov.zhangping.fertility.platform.inbox.Inbox;
import cn.gov.zhangping.fertility.platform.revision.Revisions;
import cn.gov.zhangping.fertility.platform.time.CivilDate;
import io.smallrye.common.annotation.Blocking;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The family-planning households' events (family-support-service, topic fertility.households.v1), each once (inbox).
 * A confirmed yearly review decides the scheme's entitlement and pays the year ({@link PayingHouseholdSchemes}). A
 * status change matters only when the household leaves the schemes (MOVED_AWAY, ENDED): its entitlement ends at once
 * rather than at the next year's review, so the family's view does not say ACTIVE for a household that is gone; the
 * other changes (a death, a disability) are the next review's to weigh, and are only recorded as seen. Status changes
 * carry the household's revision: a stale or replayed one is skipped ({@link Revisions}).
 */
@ApplicationScoped
public class HouseholdEventsConsumer {

    /** The aggregate whose revisions status changes carry. */
    static final String HOUSEHOLD_AGGREGATE = "household";

    @Inject
    Inbox inbox;

    @Inject
    Revisions revisions;

    @Inject
    PayingHouseholdSchemes schemes;

    private Handlers handlers;

    @PostConstruct
    void handlers() {
        handlers = Handlers.from(HouseholdEventTypes.SOURCE)
                .on(HouseholdEventTypes.REVIEW_COMPLETED_V1, HouseholdReviewCompletedV1.class, this::reviewed)
                .on(HouseholdEventTypes.STATUS_CHANGED_V1, HouseholdStatusChangedV1.class, this::statusChanged);
    }

    @Incoming("households")
    @Blocking
    public void onHouseholdEvent(ConsumerRecord<String, String> record) {
        inbox.dispatch(record, handlers);
    }

    void reviewed(HouseholdReviewCompletedV1 e) {
        Fen due = Fen.ZERO;
        int eligible = 0;
        for (HouseholdReviewCompletedV1.Recipient r : e.recipients()) {
            due = due.plus(Fen.ofYuan(r.amountDueYuan()));
            if (!"ENDED".equals(r.change()) && "ACCURATE".equals(r.verification())) {
                eligible++;
            }
        }
        schemes.reviewed(new HouseholdReview(e.reviewId(), e.householdId(), e.familyId(),
                HouseholdReview.policyOf(e.scheme()), e.townshipCode(), e.year(), Fen.ofYuan(e.yearlyAmountYuan()), due,
                e.recipients().size(), eligible, LocalDate.ofInstant(e.confirmedAt(), CivilDate.ZONE)));
    }

    void statusChanged(HouseholdStatusChangedV1 e) {
        if (!revisions.decide(HOUSEHOLD_AGGREGATE, e.householdId(), e.revision()).applies()) {
            return;
        }
        HouseholdEntitlement.Reason why = switch (e.status()) {
            case "MOVED_AWAY" -> HouseholdEntitlement.Reason.HOUSEHOLD_MOVED_AWAY;
            case "ENDED" -> HouseholdEntitlement.Reason.HOUSEHOLD_ENDED;
            default -> null;
        };
        if (why != null) {
            schemes.ended(e.householdId(), why, e.effectiveOn(), e.change() + " on " + e.effectiveOn()
                    + " (household revision " + e.revision() + ")");
        }
    }
}
