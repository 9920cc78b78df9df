package cn.gov.zhangping.fertility.indicator.application.api;

import java.time.YearMonth;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import cn.gov.zhangping.fertility.indicator.application.domain.ApplicationService;
import cn.gov.zhangping.fertility.indicator.application.domain.ApplicationServiceFigures;
import cn.gov.zhangping.fertility.indicator.csv.Csv;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The dashboard's figures of the joint application: counts of sub-matters and applications, no personal data and
 * nothing about a family, so they are public like the indicator figures.
 */
@Path("/api/v1/application-service")
@Tag(name = "Application service", description = "Service figures of \"birth is one matter\" (出生一件事), from the "
        + "joint application's sub-matter events; public")
public class ApplicationServiceResource {

    static final String MONTH = "^(20[0-9]{2})-(0[1-9]|1[0-2])$";
    static final String EXAMPLE = """
            {"month":"2026-11","applications":120,"completedFirstTime":97,"open":18,"subMatters":[
             {"subMatter":"HOUSEHOLD_REGISTRATION","department":"PUBLIC_SECURITY","submitted":120,"done":110,
              "doneByTimeLimit":104,"rejected":3,"overdue":2,"medianDaysToDone":2,"p90DaysToDone":4}]}""";
    static final String HEADER = "month,subMatter,department,submitted,done,doneByTimeLimit,rejected,overdue,medianDaysToDone,p90DaysToDone\n";

    @Inject
    ApplicationService service;

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getApplicationService", summary = "Service figures of the applications submitted in a month",
            description = "Per sub-matter: submitted, done, done by the time limit, rejected, overdue now, median and "
                    + "90th percentile of calendar days to done; applications completed without any rejection (一次办好) "
                    + "and still open. A month is that of the application's first sub-matter event, China Standard Time.")
    @APIResponse(responseCode = "200", description = "The month's figures (zeros when nothing was submitted)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationServiceFigures.class),
                    examples = @ExampleObject(name = "November 2026", value = EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public ApplicationServiceFigures month(@Parameter(description = "Month of submission, yyyy-MM", required = true, example = "2026-11")
                                           @QueryParam("month") @NotNull(message = "is required")
                                           @Pattern(regexp = MONTH, message = "must be a month yyyy-MM from 2000") String month) {
        return service.month(YearMonth.parse(month));
    }

    @GET
    @Path("/export")
    @PermitAll
    @Produces(Csv.MEDIA_TYPE)
    @Operation(operationId = "exportApplicationService", summary = "The same figures as CSV, one line per sub-matter")
    @APIResponse(responseCode = "200", description = "CSV with a header line",
            content = @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "November 2026", value = HEADER
                            + "2026-11,HOUSEHOLD_REGISTRATION,PUBLIC_SECURITY,120,110,104,3,2,2,4\n")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public Response export(@Parameter(description = "Month of submission, yyyy-MM", required = true, example = "2026-11")
                           @QueryParam("month") @NotNull(message = "is required")
                           @Pattern(regexp = MONTH, message = "must be a month yyyy-MM from 2000") String month) {
        ApplicationServiceFigures figures = service.month(YearMonth.parse(month));
        StringBuilder csv = new StringBuilder(HEADER);
        for (ApplicationServiceFigures.SubMatter s : figures.subMatters()) {
            csv.append(Csv.line(figures.month(), s.subMatter(), s.department(), s.submitted(), s.done(), s.doneByTimeLimit(),
                    s.rejected(), s.overdue(), s.medianDaysToDone(), s.p90DaysToDone()));
        }
        return Csv.attachment(csv, "application-service-" + month + ".csv");
    }
}
