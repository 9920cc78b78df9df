package cn.gov.zhangping.fertility.indicator.births.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import cn.gov.zhangping.fertility.indicator.births.domain.BirthCounter;
import cn.gov.zhangping.fertility.indicator.births.domain.BirthCounts;
import cn.gov.zhangping.fertility.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/birth-counts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Birth counts", description = "Numerators of indicators 1 and 2, from the birth registration events "
        + "(registered, corrected, cancelled)")
public class BirthCountResource {

    @Inject
    BirthCounter counter;

    @GET
    @RolesAllowed({Roles.READER, Roles.AUDITOR, Roles.REGISTRAR})
    @Operation(operationId = "getBirthCounts", summary = "Registered births of a year, by township and sex",
            description = "Each birth registration is counted once, in the year, township and sex of its latest "
                    + "revision; a cancelled registration is not counted.")
    @APIResponse(responseCode = "200", description = "Counts for the city and each township",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BirthCounts.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public BirthCounts get(
            @Parameter(description = "Year of birth", example = "2026", required = true)
            @QueryParam("year") @NotNull(message = "is required") @Min(value = 2000, message = "must be 2000 or later")
            @Max(value = 2100, message = "must be 2100 or earlier") Integer year) {
        return counter.forYear(year);
    }
}
