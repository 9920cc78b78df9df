package cn.gov.zhangping.fertility.indicator.responsibility.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.gov.zhangping.fertility.indicator.responsibility.persistence.ResponsibilityRepository;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.reference.Department;

/**
 * The responsibility list of Annex 2 and each department's monthly task list (work guarantee 三(四): "列出每月任务清单，
 * 任务完成一项，清单中核销一项"). An item is on a department's list when the department leads it, co-operates in it, or
 * the item names every relevant department (市直各相关部门). Struck off in a month: who, when and the evidence. Open
 * once its month has ended (China Standard Time): overdue.
 */
@ApplicationScoped
public class Responsibilities {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    ResponsibilityRepository repository;

    public List<ResponsibilityItem> items(Department department) {
        return repository.items().stream()
                .filter(i -> department == null || i.roleOf(department.name()) != null).toList();
    }

    public TaskList taskList(Department department, YearMonth month) {
        Map<Integer, ResponsibilityRepository.Completion> done =
                repository.completions(department.name(), month.toString(), month.toString()).getOrDefault(month.toString(), Map.of());
        boolean ended = month.atEndOfMonth().isBefore(LocalDate.now(CHINA));
        List<TaskList.Entry> entries = new ArrayList<>();
        int open = 0;
        for (ResponsibilityItem item : items(department)) {
            ResponsibilityRepository.Completion c = done.get(item.id());
            if (c == null) {
                open++;
            }
            entries.add(new TaskList.Entry(item.id(), item.task(), item.taskName(), item.content(), item.roleOf(department.name()),
                    c != null, c == null ? null : c.completedBy(), c == null ? null : c.completedAt(),
                    c == null ? null : c.evidence(), c == null && ended));
        }
        return new TaskList(department.name(), month.toString(), open, entries.size() - open, entries);
    }

    /** Strikes an item off the department's list of a month (not a month still to come). */
    @Transactional
    public TaskList strikeOff(Department department, YearMonth month, int itemId, String evidence, String actor) {
        if (month.isAfter(YearMonth.now(CHINA))) {
            throw DomainException.invalid("month", "must not be a month still to come");
        }
        boolean onList = items(department).stream().anyMatch(i -> i.id() == itemId);
        if (!onList) {
            throw DomainException.notFound("Item on the task list of " + department.name(), itemId);
        }
        if (!repository.complete(itemId, department.name(), month.toString(), actor, Instant.now(), evidence)) {
            throw new DomainException(409, "already-struck-off", "Item already struck off",
                    "item " + itemId + " is already struck off the list of " + month);
        }
        return taskList(department, month);
    }

    /** item id → months of the year in which the department struck it off. */
    public Map<String, Map<Integer, ResponsibilityRepository.Completion>> completionsOfYear(Department department, int year) {
        return repository.completions(department.name(), year + "-01", year + "-12");
    }
}
