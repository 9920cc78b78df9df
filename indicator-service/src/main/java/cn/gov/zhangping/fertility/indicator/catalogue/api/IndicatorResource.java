package cn.gov.zhangping.fertility.indicator.catalogue.api;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import cn.gov.zhangping.fertility.indicator.catalogue.domain.Catalogue;
import cn.gov.zhangping.fertility.indicator.catalogue.domain.Indicator;
import cn.gov.zhangping.fertility.indicator.catalogue.domain.Target;
import cn.gov.zhangping.fertility.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators", description = "The plan's 24 indicators (Annex 1) and their targets by plan period")
public class IndicatorResource {

    static final String EXAMPLE = """
            {"number":5,"theme":"PLATFORM","nameZh":"产前筛查率","nameEn":"Prenatal screening rate","unitZh":"%","unitEn":"%",
             "nature":"BINDING","owners":["HEALTH"],"measure":"PROPORTION","multiplier":100,"provenance":"REPORTED",
             "computedFrom":null,"source":"Annex 1, row 5","targets":[{"planPeriod":"2023-2025","firstYear":2023,
             "lastYear":2025,"targetYear":2025,"targetText":"≥80","comparator":"AT_LEAST","target":80,
             "source":"漳政办规〔2023〕2号 Annex 1, row 5 (2025年规划目标值 \\"≥80\\")"}]}""";

    @Inject
    Catalogue catalogue;

    @GET
    @PermitAll
    @Operation(operationId = "listIndicators", summary = "The 24 indicators with their targets",
            description = "Public: number, theme, Chinese and English name, unit, nature (binding 约束性 / expected 预期性), "
                    + "owning departments and the targets of every plan period.")
    @APIResponse(responseCode = "200", description = "The 24 indicators in Annex 1 order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Indicator.class),
                    examples = @ExampleObject(name = "one of them", value = "[" + EXAMPLE + "]")))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public List<Indicator> list() {
        return catalogue.all();
    }

    @GET
    @Path("/{number}")
    @PermitAll
    @Operation(operationId = "getIndicator", summary = "One indicator with its targets")
    @APIResponse(responseCode = "200", description = "The indicator",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Indicator.class),
                    examples = @ExampleObject(name = "prenatal screening", value = EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Indicator get(@Parameter(description = "Indicator number (1–24)", example = "5")
                         @PathParam("number") @Min(value = 1, message = "must be 1 to 24") @Max(value = 24, message = "must be 1 to 24") int number) {
        return catalogue.get(number);
    }

    @PUT
    @Path("/{number}/targets/{planPeriod}")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addIndicatorTarget", summary = "Load the target of a new plan period",
            description = "Adds a target; the targets of earlier periods are kept, and a period once loaded is not changed (409).")
    @APIResponse(responseCode = "201", description = "The indicator with the new target",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Indicator.class),
                    examples = @ExampleObject(name = "prenatal screening", value = EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response addTarget(
            @Parameter(description = "Indicator number (1–24)", example = "5")
            @PathParam("number") @Min(value = 1, message = "must be 1 to 24") @Max(value = 24, message = "must be 1 to 24") int number,
            @Parameter(description = "Plan period, firstYear-lastYear", example = "2091-2095",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{4}-[0-9]{4}$"))
            @PathParam("planPeriod") @Pattern(regexp = "^[0-9]{4}-[0-9]{4}$", message = "must be yyyy-yyyy") String planPeriod,
            @Valid @NotNull(message = "a JSON body is required") TargetRequest body) {
        Indicator indicator = catalogue.addTarget(number, new Target(planPeriod, body.firstYear(), body.lastYear(),
                body.targetYear(), body.targetText(), body.comparator(), body.target(), body.source()));
        return Response.status(201).entity(indicator).build();
    }
}
