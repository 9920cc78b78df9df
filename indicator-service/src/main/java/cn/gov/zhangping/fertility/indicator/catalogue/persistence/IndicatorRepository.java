package cn.gov.zhangping.fertility.indicator.catalogue.persistence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import cn.gov.zhangping.fertility.indicator.catalogue.domain.Comparator;
import cn.gov.zhangping.fertility.indicator.catalogue.domain.Indicator;
import cn.gov.zhangping.fertility.indicator.catalogue.domain.Target;
import cn.gov.zhangping.fertility.platform.reference.Department;

/** {@code indicator} and {@code indicator_target}. */
@ApplicationScoped
public class IndicatorRepository {

    @Inject
    EntityManager em;

    public List<Indicator> all() {
        Map<Integer, List<Target>> targets = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> trows = em.createNativeQuery("""
                SELECT indicator_number, plan_period, first_year, last_year, target_year, target_text, comparator, target, source
                FROM indicator_target ORDER BY indicator_number, first_year""").getResultList();
        for (Object[] r : trows) {
            targets.computeIfAbsent(((Number) r[0]).intValue(), k -> new ArrayList<>()).add(new Target((String) r[1],
                    ((Number) r[2]).intValue(), ((Number) r[3]).intValue(), ((Number) r[4]).intValue(), (String) r[5],
                    Comparator.valueOf((String) r[6]), ((BigDecimal) r[7]).stripTrailingZeros(), (String) r[8]));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT number, theme, name_zh, name_en, unit_zh, unit_en, nature, owners, measure, multiplier,
                       provenance, computed_from, source FROM indicator ORDER BY number""").getResultList();
        List<Indicator> result = new ArrayList<>();
        for (Object[] r : rows) {
            int number = ((Number) r[0]).intValue();
            List<Department> owners = Arrays.stream(((String) r[7]).split(",")).map(Department::valueOf).toList();
            result.add(new Indicator(number, (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    (String) r[6], owners, (String) r[8], ((Number) r[9]).intValue(), (String) r[10], (String) r[11],
                    (String) r[12], List.copyOf(targets.getOrDefault(number, List.of()))));
        }
        return result;
    }

    public boolean hasTarget(int number, String planPeriod) {
        return ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM indicator_target WHERE indicator_number = :n AND plan_period = :p")
                .setParameter("n", number).setParameter("p", planPeriod).getSingleResult()).longValue() > 0;
    }

    public void addTarget(int number, Target t) {
        em.createNativeQuery("""
                        INSERT INTO indicator_target (indicator_number, plan_period, first_year, last_year, target_year,
                            target_text, comparator, target, source)
                        VALUES (:n, :p, :f, :l, :y, :text, :c, :v, :s)""")
                .setParameter("n", number).setParameter("p", t.planPeriod()).setParameter("f", t.firstYear())
                .setParameter("l", t.lastYear()).setParameter("y", t.targetYear()).setParameter("text", t.targetText())
                .setParameter("c", t.comparator().name()).setParameter("v", t.target()).setParameter("s", t.source())
                .executeUpdate();
    }
}
