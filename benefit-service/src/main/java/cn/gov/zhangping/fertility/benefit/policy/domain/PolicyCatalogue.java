package cn.gov.zhangping.fertility.benefit.policy.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.benefit.policy.persistence.CatalogueFile;
import cn.gov.zhangping.fertility.benefit.policy.persistence.PublishedVersion;
import cn.gov.zhangping.fertility.benefit.policy.persistence.PublishedVersionRepository;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.problem.Problem;

/**
 * The catalogue as it stands: each policy of {@code policies/catalogue.json} with its shipped versions and the
 * versions published since (which continue the numbering). Publishing refuses a version that overlaps another, except
 * one that reaches back into the version in force on its first day and covers the rest of it ({@link Timeline#with}).
 */
@ApplicationScoped
public class PolicyCatalogue {

    /** A policy, all its versions in date order, and when and by whom each published one was published. */
    public record Listing(Policy policy, Timeline timeline, Map<Integer, PublishedVersion> published) {
    }

    private final Map<PolicyCode, CatalogueFile.Entry> shipped = new EnumMap<>(PolicyCode.class);

    @Inject
    PublishedVersionRepository versions;

    PolicyCatalogue() {
        for (CatalogueFile.Entry entry : CatalogueFile.read()) {
            shipped.put(entry.policy().code(), entry);
        }
    }

    @Transactional
    public List<Listing> all() {
        Map<PolicyCode, List<PublishedVersion>> byCode = new EnumMap<>(PolicyCode.class);
        for (PublishedVersion v : versions.all()) {
            byCode.computeIfAbsent(PolicyCode.valueOf(v.policyCode), c -> new ArrayList<>()).add(v);
        }
        List<Listing> listings = new ArrayList<>();
        for (PolicyCode code : PolicyCode.values()) {
            listings.add(listing(code, byCode.getOrDefault(code, List.of())));
        }
        return listings;
    }

    @Transactional
    public Listing get(PolicyCode code) {
        return listing(code, versions.of(code));
    }

    /**
     * Publishes a new version of {@code code}: 400 when the draft does not fit the policy, 409 {@code version-overlap}
     * when it overlaps a version in force. Returns the policy as it stands afterwards.
     */
    @Transactional
    public Listing publish(PolicyCode code, VersionDraft draft, String publishedBy) {
        Policy policy = shipped.get(code).policy();
        List<Problem.FieldError> problems = draft.problems(policy);
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        versions.lockPublishing(code);
        Listing before = get(code);
        int number = before.timeline().versions().size() + 1;
        PolicyVersion version;
        try {
            version = before.timeline().with(draft.numbered(code, number)).versions().stream()
                    .filter(v -> v.number() == number).findFirst().orElseThrow();
        } catch (Timeline.OverlappingVersionException e) {
            throw new DomainException(409, "version-overlap", "Versions overlap", e.getMessage());
        }
        versions.persist(PublishedVersion.of(version, Instant.now(), publishedBy));
        return get(code);
    }

    private Listing listing(PolicyCode code, List<PublishedVersion> published) {
        CatalogueFile.Entry entry = shipped.get(code);
        List<PolicyVersion> all = new ArrayList<>(entry.timeline().versions());
        Map<Integer, PublishedVersion> byNumber = new HashMap<>();
        for (PublishedVersion v : published) {
            all.add(v.toVersion());
            byNumber.put(v.number, v);
        }
        return new Listing(entry.policy(), new Timeline(code, all), byNumber);
    }
}
