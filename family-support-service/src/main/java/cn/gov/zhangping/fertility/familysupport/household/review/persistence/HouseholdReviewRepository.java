package cn.gov.zhangping.fertility.familysupport.household.review.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.zhangping.fertility.familysupport.household.review.domain.HouseholdReview;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.security.TownshipScope;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class HouseholdReviewRepository implements PanacheRepositoryBase<HouseholdReview, UUID> {

    /** The review, or a 404 problem. */
    public HouseholdReview get(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> DomainException.notFound("Household review", id));
    }

    /**
     * The review when it covers any township of {@code scope} (a city-wide one covers them all); else the 404 problem
     * of an id that does not exist.
     */
    public HouseholdReview get(UUID id, TownshipScope scope) {
        return findByIdOptional(id).filter(r -> r.overlaps(scope.limit()))
                .orElseThrow(() -> DomainException.notFound("Household review", id));
    }

    /** A review of the year (of any townships). */
    public Optional<HouseholdReview> ofYear(int year) {
        return find("year", year).firstResultOptional();
    }

    /** Every review of the year: the city-wide one, or those of townships. */
    public List<HouseholdReview> allOfYear(int year) {
        return list("year", Sort.by("runAt").and("id"), year);
    }

    /** Serialises the runs of a year's reviews until the transaction ends (overlaps are checked under it). */
    public void lockYear(int year) {
        getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('household-review'), :year)")
                .setParameter("year", year).getSingleResult();
    }
}
