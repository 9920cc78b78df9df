package cn.gov.zhangping.fertility.benefit.replay.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCatalogue;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyCode;
import cn.gov.zhangping.fertility.benefit.policy.domain.PolicyVersion;
import cn.gov.zhangping.fertility.benefit.policy.domain.VersionDraft;
import cn.gov.zhangping.fertility.benefit.replay.persistence.PolicyReplay;
import cn.gov.zhangping.fertility.platform.time.CivilDate;

/**
 * Publishes a version of a policy and replays it in the same transaction: the version, the entitlements it changes
 * and its replay report commit together, or nothing does.
 */
@ApplicationScoped
public class PublishingVersion {

    /** The policy as it stands after publishing, and the replay of the new version. */
    public record Result(PolicyCatalogue.Listing listing, PolicyReplay replay) {
    }

    @Inject
    PolicyCatalogue catalogue;

    @Inject
    Replaying replaying;

    @Transactional
    public Result publish(PolicyCode code, VersionDraft draft, String publishedBy) {
        PolicyCatalogue.Listing listing = catalogue.publish(code, draft, publishedBy);
        int number = listing.timeline().versions().stream().mapToInt(PolicyVersion::number).max().orElseThrow();
        return new Result(listing, replaying.replay(listing, number, CivilDate.today()));
    }
}
