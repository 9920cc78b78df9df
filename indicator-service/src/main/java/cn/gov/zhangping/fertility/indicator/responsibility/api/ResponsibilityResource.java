package cn.gov.zhangping.fertility.indicator.responsibility.api;

import java.time.YearMonth;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import cn.gov.zhangping.fertility.indicator.responsibility.domain.Responsibilities;
import cn.gov.zhangping.fertility.indicator.responsibility.domain.ResponsibilityItem;
import cn.gov.zhangping.fertility.indicator.responsibility.domain.TaskList;
import cn.gov.zhangping.fertility.indicator.responsibility.domain.YearEndReport;
import cn.gov.zhangping.fertility.indicator.security.CallerDepartments;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.reference.Department;
import cn.gov.zhangping.fertility.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Responsibility list", description = "Annex 2's items with their responsible departments, each department's "
        + "monthly task list with items struck off, and its year-end report")
public class ResponsibilityResource {

    static final String DEPARTMENT = "^[a-z][a-z-]{1,40}$";
    static final String MONTH = "^(20[0-9]{2}|2100)-(0[1-9]|1[0-2])$";
    static final String ITEM_EXAMPLE = """
            {"id":3,"task":2,"item":1,"theme":"SUPPORT","taskName":"加强人口服务体系建设",
             "content":"实行生育登记服务制度，对生育和再生育一律实行登记，方便群众。","units":"市卫健局","lead":"HEALTH",
             "coOperating":[],"allDepartments":false,"source":"Annex 2, task 2, item 1"}""";
    static final String LIST_EXAMPLE = """
            {"department":"HEALTH","month":"2026-11","open":0,"struckOff":1,"items":[{"itemId":3,"task":2,
             "taskName":"加强人口服务体系建设","content":"实行生育登记服务制度，对生育和再生育一律实行登记，方便群众。","role":"LEAD",
             "struckOff":true,"completedBy":"health-officer-1","completedAt":"2026-11-30T08:00:00Z",
             "evidence":"生育登记系统 11 月运行月报，已归档","overdue":false}]}""";

    @Inject
    Responsibilities responsibilities;

    @Inject
    YearEndReport reports;

    @GET
    @Path("/responsibility-items")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listResponsibilityItems", summary = "The items of Annex 2, all or a department's")
    @APIResponse(responseCode = "200", description = "The items in task order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ResponsibilityItem.class),
                    examples = @ExampleObject(name = "one", value = "[" + ITEM_EXAMPLE + "]")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<ResponsibilityItem> items(
            @Parameter(description = "Department slug (role name)", example = "health")
            @QueryParam("department") @Pattern(regexp = DEPARTMENT, message = "must be a department slug") String department) {
        return responsibilities.items(department == null ? null : department(department));
    }

    @GET
    @Path("/task-lists/{department}/{month}")
    @RolesAllowed({Roles.READER, Roles.AUDITOR, Roles.REVIEWER, Roles.HEALTH, Roles.EDUCATION, Roles.NATURAL_RESOURCES,
            Roles.HOUSING, Roles.HR_SOCIAL_SECURITY, Roles.CIVIL_AFFAIRS, Roles.FINANCE, Roles.MEDICAL_SECURITY,
            Roles.HOUSING_FUND, Roles.PUBLIC_SECURITY, Roles.FAMILY_PLANNING_ASSOCIATION})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getTaskList", summary = "A department's task list of a month",
            description = "Its items, each open or struck off (who, when, evidence); open after the month ended = overdue. "
                    + "A department reads its own list; readers, auditors and reviewers every list.")
    @APIResponse(responseCode = "200", description = "The list",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskList.class),
                    examples = @ExampleObject(name = "health, November", value = LIST_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public TaskList taskList(@Parameter(description = "Department slug", example = "health")
                             @PathParam("department") @Pattern(regexp = DEPARTMENT, message = "must be a department slug") String department,
                             @Parameter(description = "Month (yyyy-MM)", example = "2026-11")
                             @PathParam("month") @Pattern(regexp = MONTH, message = "must be yyyy-MM") String month,
                             @Context SecurityContext security) {
        Department d = department(department);
        checkReader(d, security);
        return responsibilities.taskList(d, YearMonth.parse(month));
    }

    @POST
    @Path("/task-lists/{department}/{month}/items/{itemId}/completion")
    @RolesAllowed({Roles.HEALTH, Roles.EDUCATION, Roles.NATURAL_RESOURCES, Roles.HOUSING, Roles.HR_SOCIAL_SECURITY,
            Roles.CIVIL_AFFAIRS, Roles.FINANCE, Roles.MEDICAL_SECURITY, Roles.HOUSING_FUND, Roles.PUBLIC_SECURITY,
            Roles.FAMILY_PLANNING_ASSOCIATION})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "strikeOffTask", summary = "Strike a completed item off the department's list of a month",
            description = "Only the department's own officers; with an evidence note. Twice → 409; a month still to come → 400.")
    @APIResponse(responseCode = "201", description = "The list with the item struck off",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskList.class),
                    examples = @ExampleObject(name = "health, November", value = LIST_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response strikeOff(@Parameter(description = "Department slug", example = "health")
                              @PathParam("department") @Pattern(regexp = DEPARTMENT, message = "must be a department slug") String department,
                              @Parameter(description = "Month (yyyy-MM)", example = "2026-11")
                              @PathParam("month") @Pattern(regexp = MONTH, message = "must be yyyy-MM") String month,
                              @Parameter(description = "Item id", example = "3")
                              @PathParam("itemId") @Min(value = 1, message = "must be at least 1") @Max(value = 100000, message = "is not an item") int itemId,
                              @Valid @NotNull(message = "a JSON body is required") StrikeOffRequest body,
                              @Context SecurityContext security) {
        Department d = department(department);
        if (!CallerDepartments.of(security).contains(d)) {
            throw new DomainException(403, "forbidden", "Not allowed", "only the department's own officers strike off its items");
        }
        TaskList list = responsibilities.strikeOff(d, YearMonth.parse(month), itemId, body.evidence,
                security.getUserPrincipal().getName());
        return Response.status(201).entity(list).build();
    }

    @GET
    @Path("/year-end-reports/{department}/{year}")
    @RolesAllowed({Roles.READER, Roles.AUDITOR, Roles.REVIEWER, Roles.HEALTH, Roles.EDUCATION, Roles.NATURAL_RESOURCES,
            Roles.HOUSING, Roles.HR_SOCIAL_SECURITY, Roles.CIVIL_AFFAIRS, Roles.FINANCE, Roles.MEDICAL_SECURITY,
            Roles.HOUSING_FUND, Roles.PUBLIC_SECURITY, Roles.FAMILY_PLANNING_ASSOCIATION})
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "getYearEndReport", summary = "A department's year-end report as a printable HTML page")
    @APIResponse(responseCode = "200", description = "Its indicators against their targets and its items of Annex 2",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "page", value = "<!DOCTYPE html><html lang=\"zh-CN\">…</html>")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public String yearEndHtml(@Parameter(description = "Department slug", example = "health")
                              @PathParam("department") @Pattern(regexp = DEPARTMENT, message = "must be a department slug") String department,
                              @Parameter(description = "Year", example = "2026")
                              @PathParam("year") @Min(value = 2000, message = "must be 2000 or later") @Max(value = 2100, message = "must be 2100 or earlier") int year,
                              @Context SecurityContext security) {
        Department d = department(department);
        checkReader(d, security);
        return YearEndFormats.html(reports.of(d, year));
    }

    @GET
    @Path("/year-end-reports/{department}/{year}/export")
    @RolesAllowed({Roles.READER, Roles.AUDITOR, Roles.REVIEWER, Roles.HEALTH, Roles.EDUCATION, Roles.NATURAL_RESOURCES,
            Roles.HOUSING, Roles.HR_SOCIAL_SECURITY, Roles.CIVIL_AFFAIRS, Roles.FINANCE, Roles.MEDICAL_SECURITY,
            Roles.HOUSING_FUND, Roles.PUBLIC_SECURITY, Roles.FAMILY_PLANNING_ASSOCIATION})
    @Produces("text/csv")
    @Operation(operationId = "exportYearEndReport", summary = "A department's year-end report as CSV")
    @APIResponse(responseCode = "200", description = "One line per indicator, then one per item",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "csv", value = "kind,number,name,value,target,status,role,monthsStruckOff,monthsOverdue,evidence\n")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response yearEndCsv(@Parameter(description = "Department slug", example = "health")
                               @PathParam("department") @Pattern(regexp = DEPARTMENT, message = "must be a department slug") String department,
                               @Parameter(description = "Year", example = "2026")
                               @PathParam("year") @Min(value = 2000, message = "must be 2000 or later") @Max(value = 2100, message = "must be 2100 or earlier") int year,
                               @Context SecurityContext security) {
        Department d = department(department);
        checkReader(d, security);
        return Response.ok(YearEndFormats.csv(reports.of(d, year)), "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"year-end-" + d.slug() + "-" + year + ".csv\"").build();
    }

    private static Department department(String slug) {
        return Department.ofSlug(slug).orElseThrow(() -> DomainException.notFound("Department", slug));
    }

    /** Readers, auditors and reviewers read every department's list and report; a department its own. */
    private static void checkReader(Department d, SecurityContext security) {
        boolean all = security.isUserInRole(Roles.READER) || security.isUserInRole(Roles.AUDITOR)
                || security.isUserInRole(Roles.REVIEWER);
        if (!all && !CallerDepartments.of(security).contains(d)) {
            throw new DomainException(403, "forbidden", "Not allowed", "a department reads only its own task list and report");
        }
    }
}
