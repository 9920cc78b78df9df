package cn.gov.zhangping.fertility.familysupport.application.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import cn.gov.zhangping.fertility.familysupport.application.persistence.ApplicationReferenceData;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/working-calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Joint applications")
public class WorkingCalendarResource {

    static final String EXAMPLE = """
            {"working":false,"name":"春节","source":"国务院办公厅关于2027年部分节假日安排的通知"}""";

    @Inject
    ApplicationReferenceData reference;

    @GET
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.REGISTRAR, Roles.READER, Roles.AUDITOR, Roles.WORKLIST_HEALTH,
            Roles.WORKLIST_CDC, Roles.WORKLIST_PUBLIC_SECURITY, Roles.WORKLIST_MEDICAL_SECURITY,
            Roles.WORKLIST_HR_SOCIAL_SECURITY})
    @Operation(operationId = "listCalendarDays", summary = "The working-day calendar of a year",
            description = "Public holidays on weekdays and make-up working days on weekends, with their source; every "
                    + "other weekday is a working day and every other Saturday and Sunday a rest day.")
    @APIResponse(responseCode = "200", description = "The year's days, in date order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = CalendarDayResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public List<CalendarDayResponse> list(
            @Parameter(description = "The year", required = true, example = "2026")
            @QueryParam("year") @NotNull(message = "is required") @Min(value = 2000, message = "must be at least 2000")
            @Max(value = 2100, message = "must be at most 2100") Integer year) {
        return reference.days(year).stream()
                .map(d -> new CalendarDayResponse(d.day(), d.working(), d.name(), d.source())).toList();
    }

    @PUT
    @Path("/{day}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Transactional
    @Operation(operationId = "putCalendarDay", summary = "Add or replace a day of the working-day calendar",
            description = "An administrator records a public holiday or a make-up working day (e.g. from next year's "
                    + "State Council notice). Due dates already set are not moved.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CalendarDayRequest.class),
            examples = @ExampleObject(name = "holiday", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The day as recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarDayResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    public CalendarDayResponse put(@Parameter(description = "The day, yyyy-MM-dd, from 2000 to 2099", example = "2027-02-08")
                                   @PathParam("day") @Pattern(regexp = "^20[0-9]{2}-[0-9]{2}-[0-9]{2}$",
                                           message = "must be a date yyyy-MM-dd from 2000 to 2099") String date,
                                   @Valid @NotNull(message = "a JSON body is required") CalendarDayRequest request) {
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("day", "must be a date yyyy-MM-dd from 2000 to 2099");
        }
        var d = new ApplicationReferenceData.CalendarDay(day, request.working(), request.name().strip(), request.source().strip());
        reference.put(d);
        return new CalendarDayResponse(d.day(), d.working(), d.name(), d.source());
    }
}
