package cn.gov.zhangping.fertility.familysupport.application.persistence;

import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;

import cn.gov.zhangping.fertility.familysupport.application.domain.SubMatterKind;
import cn.gov.zhangping.fertility.familysupport.application.domain.WorkingCalendar;
import cn.gov.zhangping.fertility.platform.reference.Department;
import cn.gov.zhangping.fertility.platform.reference.ReferenceCache;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The data the joint application runs on: the sub-matter rules and the working-day calendar (seeded by V4). Every
 * registration needs both, so they are kept in memory ({@link ReferenceCache}) and read again at most every
 * {@code fertility.reference.cache-ttl} (30 s): a day put through this service is seen by the next registration (the
 * cache is dropped when it is written and again after its commit), a day put through another replica within 30 s.
 * The rules change only by migration.
 */
@ApplicationScoped
public class ApplicationReferenceData {

    /** A sub-matter's department, name and time limit, with its source. */
    public record Rule(SubMatterKind kind, Department department, String name, int timeLimitDays, String source) {
    }

    /** One day of the calendar that is not what its weekday says. */
    public record CalendarDay(LocalDate day, boolean working, String name, String source) {
    }

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @ConfigProperty(name = "fertility.reference.cache-ttl", defaultValue = "30s")
    Duration ttl;

    private ReferenceCache<Map<SubMatterKind, Rule>> rules;
    private ReferenceCache<WorkingCalendar> calendar;

    @PostConstruct
    void init() {
        rules = new ReferenceCache<>(ttl, this::readRules);
        calendar = new ReferenceCache<>(ttl, this::readCalendar);
    }

    /** Every rule, in the plan's order (not to be changed). */
    public Map<SubMatterKind, Rule> rules() {
        return rules.get();
    }

    /** The working-day calendar. */
    public WorkingCalendar calendar() {
        return calendar.get();
    }

    private Map<SubMatterKind, Rule> readRules() {
        Map<SubMatterKind, Rule> rules = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("SELECT kind, department, name, time_limit_days, source FROM sub_matter_rule "
                + "ORDER BY position").getResultList()) {
            Object[] r = (Object[]) row;
            SubMatterKind kind = SubMatterKind.valueOf((String) r[0]);
            rules.put(kind, new Rule(kind, Department.valueOf((String) r[1]), (String) r[2], ((Number) r[3]).intValue(),
                    (String) r[4]));
        }
        return Collections.unmodifiableMap(rules);
    }

    private WorkingCalendar readCalendar() {
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        for (CalendarDay d : days(null)) {
            exceptions.put(d.day(), d.working());
        }
        return new WorkingCalendar(exceptions);
    }

    /** The calendar's days (of one year, or all), in date order. */
    @SuppressWarnings("unchecked")
    public List<CalendarDay> days(Integer year) {
        var query = em.createNativeQuery(year == null
                ? "SELECT day, working, name, source FROM working_calendar_day ORDER BY day"
                : "SELECT day, working, name, source FROM working_calendar_day WHERE extract(year FROM day) = :year ORDER BY day");
        if (year != null) {
            query.setParameter("year", year);
        }
        return ((List<Object[]>) query.getResultList()).stream()
                .map(r -> new CalendarDay(day(r[0]), (Boolean) r[1], (String) r[2], (String) r[3])).toList();
    }

    /** Adds a day or replaces what the calendar says of it. */
    public void put(CalendarDay d) {
        em.createNativeQuery("INSERT INTO working_calendar_day (day, working, name, source) VALUES (:day, :working, :name, :source) "
                        + "ON CONFLICT (day) DO UPDATE SET working = EXCLUDED.working, name = EXCLUDED.name, source = EXCLUDED.source")
                .setParameter("day", d.day()).setParameter("working", d.working()).setParameter("name", d.name())
                .setParameter("source", d.source()).executeUpdate();
        calendar.invalidateAfter(transactions);
    }

    private static LocalDate day(Object value) {
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
