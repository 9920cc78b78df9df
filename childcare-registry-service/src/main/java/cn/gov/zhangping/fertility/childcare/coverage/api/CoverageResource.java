package cn.gov.zhangping.fertility.childcare.coverage.api;

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

import cn.gov.zhangping.fertility.childcare.coverage.domain.ComputingCoverage;
import cn.gov.zhangping.fertility.childcare.coverage.domain.Coverage;
import cn.gov.zhangping.fertility.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/childcare-coverage")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Childcare coverage", description = "Indicators 12-15 (slots per 1,000 residents, inclusive share, townships "
        + "and urban communities with inclusive childcare) by township and for the city")
public class CoverageResource {

    @Inject
    ComputingCoverage computing;

    @GET
    @RolesAllowed({Roles.READER, Roles.AUDITOR, Roles.REGISTRAR, Roles.ADMINISTRATOR})
    @Operation(operationId = "getChildcareCoverage", summary = "Coverage indicators 12-15 for a year (reader, auditor, registrar, administrator)",
            description = "Residents are the register's populations of the year (or the latest year before it); slots are "
                    + "those of OPERATING nurseries now. A township is in indicator 14's denominator from the seeded "
                    + "INCLUSIVE_TOWNSHIP_MIN_RESIDENTS (20,000) on; 19,999 is not.")
    @APIResponse(responseCode = "200", description = "The indicators",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Coverage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Coverage get(@Parameter(description = "Year of the residents", example = "2025", required = true)
                        @QueryParam("year") @NotNull(message = "is required") @Min(value = 2000, message = "must be at least 2000")
                        @Max(value = 2100, message = "must be at most 2100") Integer year) {
        return computing.compute(year);
    }
}
