package cn.gov.zhangping.fertility.indicator.population.api;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import cn.gov.zhangping.fertility.indicator.population.domain.PopulationYear;
import cn.gov.zhangping.fertility.indicator.population.domain.Populations;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.problem.Problem;
import cn.gov.zhangping.fertility.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/populations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Population", description = "Annual mean resident population per year and township: the denominators")
public class PopulationResource {

    static final String EXAMPLE = """
            {"year":2026,"total":248000,"source":"漳平市统计局 2026 年常住人口年平均数",
             "townships":[{"townshipCode":"350881001","townshipName":"菁城街道","population":61000}]}""";
    static final String CSV_EXAMPLE = """
            year,townshipCode,population
            2026,350881001,61000
            2026,350881002,42000
            """;
    private static final String CSV_HEADER = "year,townshipCode,population";

    @Inject
    Populations populations;

    @GET
    @RolesAllowed({Roles.READER, Roles.AUDITOR, Roles.ADMINISTRATOR})
    @Operation(operationId = "getPopulation", summary = "The resident population of a year, by township")
    @APIResponse(responseCode = "200", description = "The year's population",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PopulationYear.class),
                    examples = @ExampleObject(name = "2026", value = EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PopulationYear get(@Parameter(description = "Year", example = "2026", required = true)
                              @QueryParam("year") @NotNull(message = "is required") @Min(value = 2000, message = "must be 2000 or later")
                              @Max(value = 2100, message = "must be 2100 or earlier") Integer year) {
        return populations.get(year);
    }

    @POST
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "loadPopulation", summary = "Load the resident population of a year",
            description = "All 16 townships once each, every figure at least 1. A year is loaded once (409 if it is "
                    + "already loaded).")
    @APIResponse(responseCode = "201", description = "The year as loaded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PopulationYear.class),
                    examples = @ExampleObject(name = "2026", value = EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response load(@Valid @NotNull(message = "a JSON body is required") PopulationRequest body,
                         @Context SecurityContext security) {
        List<Populations.Row> rows = new ArrayList<>();
        for (int i = 0; i < body.townships().size(); i++) {
            PopulationRequest.Township t = body.townships().get(i);
            rows.add(new Populations.Row("townships[" + i + "].", body.year(), t.townshipCode(), t.population()));
        }
        List<PopulationYear> loaded = populations.load(rows, body.source(), security.getUserPrincipal().getName());
        return Response.status(201).entity(loaded.get(0)).build();
    }

    @POST
    @Path("/uploads")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Consumes("text/csv")
    @Operation(operationId = "uploadPopulation", summary = "Load resident populations from a CSV file",
            description = "Header `" + CSV_HEADER + "`, then one line per year and township; each year lists all 16 "
                    + "townships once. Nothing is stored unless every line is valid and no year is already loaded.")
    @RequestBody(required = true, content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING, maxLength = 100_000),
            examples = @ExampleObject(name = "two townships of 2026", value = CSV_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "The years as loaded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = PopulationYear.class),
                    examples = @ExampleObject(name = "2026", value = "[" + EXAMPLE + "]")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response upload(@Parameter(description = "Where the figures come from", example = "漳平市统计局 2026 年常住人口年平均数",
                                   required = true, schema = @Schema(type = SchemaType.STRING, maxLength = 200))
                           @QueryParam("source") String source,
                           String csv, @Context SecurityContext security) {
        List<Populations.Row> rows = parse(csv);
        List<PopulationYear> loaded = populations.load(rows, source, security.getUserPrincipal().getName());
        return Response.status(201).entity(loaded).build();
    }

    /** The CSV rows; a line that is not {@code year,townshipCode,population} is a 400 naming the line. */
    static List<Populations.Row> parse(String csv) {
        if (csv == null || csv.isBlank()) {
            throw DomainException.invalid("body", "must be a CSV file with the header " + CSV_HEADER);
        }
        String[] lines = csv.replace("\r\n", "\n").split("\n");
        if (!lines[0].strip().replace("\uFEFF", "").equals(CSV_HEADER)) {
            throw DomainException.invalid("line 1", "must be the header " + CSV_HEADER);
        }
        List<Populations.Row> rows = new ArrayList<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 1; i < lines.length && errors.size() < 50; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String field = "line " + (i + 1) + " ";
            String[] cells = line.split(",", -1);
            if (cells.length != 3) {
                errors.add(new Problem.FieldError("line " + (i + 1), "must have 3 cells: " + CSV_HEADER));
                continue;
            }
            Integer year = cells[0].strip().matches("[0-9]{4}") ? Integer.valueOf(cells[0].strip()) : null;
            if (year == null) {
                errors.add(new Problem.FieldError(field + "year", "must be a year"));
                continue;
            }
            String township = cells[1].strip();
            Long population = cells[2].strip().matches("-?[0-9]{1,9}") ? Long.valueOf(cells[2].strip()) : null;
            rows.add(new Populations.Row(field, year, township.matches("[0-9]{9}") ? township : null, population));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return rows;
    }
}
