package cn.gov.zhangping.fertility.familysupport.application.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import cn.gov.zhangping.fertility.familysupport.application.domain.ServiceStatistics;
import cn.gov.zhangping.fertility.familysupport.application.domain.SubMatter;
import cn.gov.zhangping.fertility.familysupport.application.domain.WorkingCalendar;
import cn.gov.zhangping.fertility.familysupport.application.persistence.ApplicationReferenceData;
import cn.gov.zhangping.fertility.familysupport.application.persistence.SubMatterRepository;
import cn.gov.zhangping.fertility.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/application-statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Joint applications")
public class StatisticsResource {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    SubMatterRepository subMatters;

    @Inject
    ApplicationReferenceData reference;

    @Inject
    EntityManager em;

    @GET
    @RolesAllowed({Roles.READER, Roles.AUDITOR, Roles.REGISTRAR, Roles.ADMINISTRATOR})
    @Operation(operationId = "getApplicationStatistics", summary = "Service figures of a month, per sub-matter",
            description = "For the indicator dashboard: per sub-matter, those done in the month with the median and "
                    + "90th-percentile working days from first submission to done and the share done within the time "
                    + "limit; and the share of the applications completed in the month without any rejection "
                    + "(一次办好). Weekends and the working-day calendar's holidays do not count.")
    @APIResponse(responseCode = "200", description = "The month's figures")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public StatisticsResponse statistics(
            @Parameter(description = "The month, yyyy-MM", required = true, example = "2026-11")
            @QueryParam("month") @NotNull(message = "is required")
            @Pattern(regexp = "^(20[0-9]{2})-(0[1-9]|1[0-2])$", message = "must be a month yyyy-MM from 2000") String month) {
        YearMonth ym = YearMonth.parse(month);
        LocalDate from = ym.atDay(1);
        LocalDate to = ym.plusMonths(1).atDay(1);
        WorkingCalendar calendar = reference.calendar();
        var rules = reference.rules();
        List<SubMatter> done = subMatters.doneBetween(from, to);
        List<StatisticsResponse.SubMatterFigures> figures = new ArrayList<>();
        for (var rule : rules.values()) {
            List<Integer> days = done.stream().filter(s -> s.kind == rule.kind())
                    .map(s -> calendar.workingDaysBetween(s.firstSubmittedOn, s.doneOn)).toList();
            long within = days.stream().filter(d -> d <= rule.timeLimitDays()).count();
            figures.add(new StatisticsResponse.SubMatterFigures(rule.kind(), days.size(),
                    ServiceStatistics.percentile(days, 50), ServiceStatistics.percentile(days, 90),
                    ServiceStatistics.share(within, days.size())));
        }
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT count(*), count(*) FILTER (WHERE NOT EXISTS (
                    SELECT 1 FROM sub_matter s WHERE s.application_id = a.id AND s.rejections > 0))
                FROM joint_application a
                WHERE a.completed_at >= :from AND a.completed_at < :to""")
                .setParameter("from", from.atStartOfDay(CHINA).toOffsetDateTime())
                .setParameter("to", to.atStartOfDay(CHINA).toOffsetDateTime())
                .getSingleResult();
        long completed = ((Number) row[0]).longValue();
        long firstTime = ((Number) row[1]).longValue();
        return new StatisticsResponse(month, figures, completed, ServiceStatistics.share(firstTime, completed));
    }

}
