package cn.gov.zhangping.fertility.contracts.birth;

import java.util.UUID;

import cn.gov.zhangping.fertility.platform.inbox.Handlers;
import cn.gov.zhangping.fertility.platform.revision.Revisions;

/**
 * The one way a consumer reads the birth topic: a handler per event type, from the topic's one producer, each
 * applied only when {@link Revisions} says its revision is the registration's next (a redelivered, replayed or
 * stale event changes nothing). Call it inside the inbox's transaction, so the revision commits with the effect.
 */
public final class BirthEventHandlers {

    /** What a consumer does with a registration's events; each is called once, in revision order. */
    public interface Effects {
        void registered(BirthRegisteredV1 registered);

        void corrected(BirthRegistrationCorrectedV1 corrected);

        void cancelled(BirthRegistrationCancelledV1 cancelled);

        /** A reviewer confirmed a registration that was under review; a consumer that held nothing ignores it. */
        default void reviewed(BirthRegistrationReviewedV1 reviewed) {
        }
    }

    private BirthEventHandlers() {
    }

    public static Handlers of(Revisions revisions, Effects effects) {
        return Handlers.from(BirthEventTypes.SOURCE)
                .on(BirthEventTypes.REGISTERED_V1, BirthRegisteredV1.class, b -> {
                    if (applies(revisions, b.registrationId(), b.revisionOrFirst())) {
                        effects.registered(b);
                    }
                })
                .on(BirthEventTypes.CORRECTED_V1, BirthRegistrationCorrectedV1.class, c -> {
                    if (applies(revisions, c.registrationId(), c.revision())) {
                        effects.corrected(c);
                    }
                })
                .on(BirthEventTypes.CANCELLED_V1, BirthRegistrationCancelledV1.class, c -> {
                    if (applies(revisions, c.registrationId(), c.revision())) {
                        effects.cancelled(c);
                    }
                })
                .on(BirthEventTypes.REVIEWED_V1, BirthRegistrationReviewedV1.class, r -> {
                    if (applies(revisions, r.registrationId(), r.revision())) {
                        effects.reviewed(r);
                    }
                });
    }

    private static boolean applies(Revisions revisions, UUID registrationId, int revision) {
        return revisions.decide(BirthEventTypes.AGGREGATE, registrationId, revision).applies();
    }
}
