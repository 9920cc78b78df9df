package cn.gov.zhangping.fertility.familysupport.application.api;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import cn.gov.zhangping.fertility.familysupport.application.persistence.ApplicationReferenceData;
import cn.gov.zhangping.fertility.familysupport.application.persistence.SubMatterRepository;
import cn.gov.zhangping.fertility.platform.paging.Page;
import cn.gov.zhangping.fertility.platform.paging.PageRequest;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.reference.Department;
import cn.gov.zhangping.fertility.platform.security.CallerScope;
import cn.gov.zhangping.fertility.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/worklists")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Joint applications")
public class WorklistResource {

    @Inject
    CallerScope scope;

    @Inject
    SubMatterRepository subMatters;

    @Inject
    ApplicationReferenceData reference;

    @GET
    @Path("/{department}")
    @RolesAllowed({Roles.AUDITOR, Roles.WORKLIST_HEALTH, Roles.WORKLIST_CDC, Roles.WORKLIST_PUBLIC_SECURITY,
            Roles.WORKLIST_MEDICAL_SECURITY, Roles.WORKLIST_HR_SOCIAL_SECURITY})
    @Operation(operationId = "getWorklist", summary = "A department's open sub-matters, earliest due first",
            description = "The SUBMITTED and ACCEPTED sub-matters of the department (its slug, e.g. public-security), "
                    + "sorted by due date, each saying whether it is overdue; overdue=true for the overdue ones only. "
                    + "Only that department's worklist officer (and auditors) read it; 404 for a department that owns "
                    + "no sub-matter.")
    @APIResponse(responseCode = "200", description = "One page of open sub-matters")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Page<WorklistItem> worklist(
            @Parameter(description = "The department's slug", example = "public-security")
            @PathParam("department") @Pattern(regexp = "^[a-z][a-z-]{1,39}$", message = "must be a department slug") String slug,
            @Parameter(description = "Only the overdue ones", example = "false")
            @QueryParam("overdue") @DefaultValue("false") boolean overdueOnly,
            @Valid @BeanParam PageRequest page, @Context SecurityContext security) {
        Department department = Department.ofSlug(slug)
                .filter(d -> reference.rules().values().stream().anyMatch(r -> r.department() == d))
                .orElseThrow(() -> ApplicationResource.unknownDepartment(slug));
        if (!security.isUserInRole(Roles.worklistOf(department)) && !security.isUserInRole(Roles.AUDITOR)) {
            throw new DomainException(403, "forbidden", "Forbidden",
                    "Only the worklist officer of " + slug + " reads its worklist");
        }
        LocalDate today = cn.gov.zhangping.fertility.platform.time.CivilDate.today();
        var townships = scope.limit();
        var items = subMatters.open(department, overdueOnly, today, townships, page).stream()
                .map(s -> WorklistItem.of(s, today)).toList();
        return Page.of(items, page, subMatters.countOpen(department, overdueOnly, today, townships));
    }
}
