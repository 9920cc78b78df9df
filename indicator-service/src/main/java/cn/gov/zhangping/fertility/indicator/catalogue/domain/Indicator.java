package cn.gov.zhangping.fertility.indicator.catalogue.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.gov.zhangping.fertility.platform.reference.Department;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One of the plan's 24 indicators (Annex 1), with its targets of every plan period, oldest first. */
public record Indicator(int number, String theme, String nameZh, String nameEn, String unitZh, String unitEn,
                        String nature, List<Department> owners, String measure, int multiplier, String provenance,
                        @Schema(nullable = true, example = "births ÷ mean resident population × 1000") String computedFrom,
                        String source, List<Target> targets) {

    public boolean isComputed() {
        return "COMPUTED".equals(provenance);
    }

    public boolean isOwnedBy(Department department) {
        return owners.contains(department);
    }

    /**
     * The target a year is held against: the period that covers it; after the last period its target until a new
     * period is loaded; before the first, the first period's.
     */
    public Optional<Target> targetFor(int year) {
        Optional<Target> covering = targets.stream().filter(t -> t.covers(year)).findFirst();
        if (covering.isPresent()) {
            return covering;
        }
        Optional<Target> earlier = targets.stream().filter(t -> t.lastYear() < year)
                .max(Comparator.comparingInt(Target::lastYear));
        return earlier.isPresent() ? earlier : targets.stream().min(Comparator.comparingInt(Target::firstYear));
    }
}
