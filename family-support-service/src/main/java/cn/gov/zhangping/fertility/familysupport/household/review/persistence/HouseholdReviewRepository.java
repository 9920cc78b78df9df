package cn.gov.zhangping.fertility.familysupport.household.review.persistence;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.zhangping.fertility.familysupport.household.review.domain.HouseholdReview;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class HouseholdReviewRepository implements PanacheRepositoryBase<HouseholdReview, UUID> {

    /** The review, or a 404 problem. */
    public HouseholdReview get(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> DomainException.notFound("Household review", id));
    }

    public Optional<HouseholdReview> ofYear(int year) {
        return find("year", year).firstResultOptional();
    }
}
