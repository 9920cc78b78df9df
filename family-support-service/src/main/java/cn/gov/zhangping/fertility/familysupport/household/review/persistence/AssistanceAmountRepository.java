package cn.gov.zhangping.fertility.familysupport.household.review.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.gov.zhangping.fertility.familysupport.household.review.domain.AssistanceAmount;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AssistanceAmountRepository implements PanacheRepositoryBase<AssistanceAmount, AssistanceAmount.Key> {

    public List<AssistanceAmount> ofYear(int year) {
        return list("year", year);
    }

    public List<AssistanceAmount> all() {
        return listAll(Sort.by("year").and("scheme"));
    }
}
