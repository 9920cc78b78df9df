package cn.gov.zhangping.fertility.familysupport.household.review.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.zhangping.fertility.familysupport.household.review.domain.ReviewLine;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ReviewLineRepository implements PanacheRepositoryBase<ReviewLine, UUID> {

    public List<ReviewLine> of(UUID reviewId) {
        return list("reviewId", Sort.by("townshipCode").and("householdId").and("memberId"), reviewId);
    }
}
