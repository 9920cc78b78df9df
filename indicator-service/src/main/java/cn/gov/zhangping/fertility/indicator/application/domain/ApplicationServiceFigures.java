package cn.gov.zhangping.fertility.indicator.application.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.gov.zhangping.fertility.platform.stats.Percentiles;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The service figures of "birth is one matter" (出生一件事) for the applications first submitted in a month (pure):
 * per sub-matter how many were submitted, done, done by their time limit, rejected and overdue now, with the median
 * and 90th percentile of days to done; and how many applications were completed with every sub-matter done and
 * none ever rejected (一次办好). Days are calendar days between the China Standard Time dates of submission and
 * done (the working-day calendar belongs to family-support, whose own statistics count working days); "by the time
 * limit" means done on or before the sub-matter's due day.
 */
@Schema(name = "ApplicationServiceFigures",
        description = "Service figures of the joint application for the applications first submitted in a month")
public record ApplicationServiceFigures(
        @Schema(example = "2026-11", pattern = "^[0-9]{4}-(0[1-9]|1[0-2])$") String month,
        @Schema(example = "120") long applications,
        @Schema(description = "Applications with every sub-matter done and none ever rejected (一次办好)", example = "97")
        long completedFirstTime,
        @Schema(description = "Applications with a sub-matter neither done nor rejected", example = "18") long open,
        List<SubMatter> subMatters) {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Schema(name = "ApplicationServiceSubMatter", description = "One sub-matter's figures")
    public record SubMatter(
            @Schema(example = "HOUSEHOLD_REGISTRATION") String subMatter,
            @Schema(example = "PUBLIC_SECURITY") String department,
            @Schema(example = "120") long submitted,
            @Schema(example = "110") long done,
            @Schema(example = "104") long doneByTimeLimit,
            @Schema(example = "3") long rejected,
            @Schema(description = "Neither done nor rejected, and past its due day", example = "2") long overdue,
            @Schema(description = "Median calendar days from submission to done; null when none is done",
                    nullable = true, example = "2") Integer medianDaysToDone,
            @Schema(description = "90th percentile (nearest rank) of the same; null when none is done",
                    nullable = true, example = "4") Integer p90DaysToDone) {
    }

    public static ApplicationServiceFigures of(String month, List<SubMatterRow> rows, LocalDate today) {
        Map<String, List<SubMatterRow>> bySubMatter = rows.stream()
                .collect(Collectors.groupingBy(SubMatterRow::subMatter, TreeMap::new, Collectors.toList()));
        List<SubMatter> subMatters = new ArrayList<>();
        bySubMatter.forEach((name, list) -> subMatters.add(subMatter(name, list, today)));
        Map<UUID, List<SubMatterRow>> byApplication = rows.stream().collect(Collectors.groupingBy(SubMatterRow::applicationId));
        long firstTime = byApplication.values().stream()
                .filter(l -> l.stream().allMatch(r -> r.isDone() && !r.everRejected())).count();
        long open = byApplication.values().stream().filter(l -> l.stream().anyMatch(SubMatterRow::isOpen)).count();
        return new ApplicationServiceFigures(month, byApplication.size(), firstTime, open, subMatters);
    }

    private static SubMatter subMatter(String name, List<SubMatterRow> list, LocalDate today) {
        long done = 0;
        long byLimit = 0;
        long rejected = 0;
        long overdue = 0;
        List<Integer> days = new ArrayList<>();
        TreeSet<String> departments = new TreeSet<>();
        for (SubMatterRow r : list) {
            departments.add(r.department());
            if (r.isDone()) {
                done++;
                LocalDate doneOn = r.doneAt().atZone(CHINA).toLocalDate();
                byLimit += doneOn.isAfter(r.dueOn()) ? 0 : 1;
                days.add((int) ChronoUnit.DAYS.between(r.submittedAt().atZone(CHINA).toLocalDate(), doneOn));
            } else if (!r.isOpen()) {
                rejected++;
            } else if (r.dueOn().isBefore(today)) {
                overdue++;
            }
        }
        return new SubMatter(name, String.join(",", departments), list.size(), done, byLimit, rejected, overdue,
                Percentiles.nearestRank(days, 50), Percentiles.nearestRank(days, 90));
    }
}
