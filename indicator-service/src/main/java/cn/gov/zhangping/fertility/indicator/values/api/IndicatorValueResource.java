package cn.gov.zhangping.fertility.indicator.values.api;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import cn.gov.zhangping.fertility.indicator.csv.Csv;
import cn.gov.zhangping.fertility.indicator.values.domain.IndicatorFigure;
import cn.gov.zhangping.fertility.indicator.values.domain.IndicatorValues;
import cn.gov.zhangping.fertility.indicator.values.domain.TownshipFigures;
import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/indicator-values")
@Tag(name = "Indicator values", description = "The 24 indicators' figures, status and trend (the dashboard's data). "
        + "Public without a token, with small cells suppressed; a signed-in official sees the detail of what the role covers.")
public class IndicatorValueResource {

    static final String CSV = Csv.MEDIA_TYPE;
    static final String EXAMPLE = """
            {"number":1,"theme":"SUPPORT","nameZh":"人口年平均出生率","nameEn":"Crude birth rate","unitZh":"‰","unitEn":"per 1,000",
             "nature":"EXPECTED","owners":["HEALTH"],"provenance":"COMPUTED","year":2026,"numerator":1630,"denominator":248000,
             "value":6.573,"lower":6.258,"upper":6.898,"intervalMethod":"POISSON_GARWOOD",
             "rolling":{"firstYear":2024,"lastYear":2026,"numerator":4900,"denominator":744000,"value":6.586,"lower":6.404,"upper":6.772},
             "target":{"planPeriod":"2023-2025","text":"7","comparator":"ABOUT","value":7},"status":"AT_RISK","trend":"FALLING",
             "suppressed":false,"detail":false,"series":[{"year":2025,"value":6.9},{"year":2026,"value":6.573}]}""";
    static final String TOWNSHIP_EXAMPLE = """
            {"number":1,"year":2026,"threshold":5,"detail":false,"townships":[
             {"townshipCode":"350881001","townshipName":"菁城街道","numerator":402,"denominator":61000,"value":6.59,"lower":5.962,"upper":7.266,"suppressed":false},
             {"townshipCode":"350881205","townshipName":"灵地乡","numerator":null,"denominator":null,"value":null,"lower":null,"upper":null,"suppressed":true}]}""";

    @Inject
    IndicatorValues values;

    @Inject
    SecurityIdentity identity;

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listIndicatorValues", summary = "Every indicator's city figure of a year",
            description = "Value with numerator, denominator and exact 95% interval, 3-year rolling value, target, "
                    + "status (MET, ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA) and trend. Without a token the figures are "
                    + "public: a cell with a count from 1 to the threshold minus 1 is suppressed.")
    @APIResponse(responseCode = "200", description = "The 24 indicators in Annex 1 order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = IndicatorFigure.class),
                    examples = @ExampleObject(name = "crude birth rate", value = "[" + EXAMPLE + "]")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public List<IndicatorFigure> list(@Parameter(description = "Year", example = "2026", required = true)
                                      @QueryParam("year") @NotNull(message = "is required") @Min(value = 2000, message = "must be 2000 or later")
                                      @Max(value = 2100, message = "must be 2100 or earlier") Integer year) {
        return values.year(year, Viewers.detail(identity));
    }

    @GET
    @Path("/export")
    @PermitAll
    @Produces(CSV)
    @Operation(operationId = "exportIndicatorValues", summary = "Every indicator's city figure of a year, as CSV",
            description = "The same figures and the same suppression as listIndicatorValues, one line per indicator.")
    @APIResponse(responseCode = "200", description = "CSV with a header line",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "2026", value = "number,theme,nameZh,nameEn,unit,year,numerator,denominator,value,lower,upper,rolling3,target,status,trend,suppressed\n"
                            + "1,SUPPORT,人口年平均出生率,Crude birth rate,‰,2026,1630,248000,6.573,6.258,6.898,6.586,≈7,AT_RISK,FALLING,false\n")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public Response export(@Parameter(description = "Year", example = "2026", required = true)
                           @QueryParam("year") @NotNull(message = "is required") @Min(value = 2000, message = "must be 2000 or later")
                           @Max(value = 2100, message = "must be 2100 or earlier") Integer year) {
        StringBuilder csv = new StringBuilder(
                "number,theme,nameZh,nameEn,unit,year,numerator,denominator,value,lower,upper,rolling3,target,status,trend,suppressed\n");
        for (IndicatorFigure f : values.year(year, Viewers.detail(identity))) {
            csv.append(Csv.line(f.number(), f.theme(), f.nameZh(), f.nameEn(), f.unitZh(), f.year(), f.numerator(),
                    f.denominator(), f.value(), f.lower(), f.upper(), f.rolling() == null ? null : f.rolling().value(),
                    f.target() == null ? null : f.target().text(), f.status(), f.trend(), f.suppressed()));
        }
        return Csv.attachment(csv, "indicators-" + year + ".csv");
    }

    @GET
    @Path("/{number}/townships")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getIndicatorTownships", summary = "One indicator's figures of a year by township",
            description = "The drill-down: numerator, denominator, value and interval of each township. Public figures "
                    + "suppress small cells and the complementary cells that would reveal them.")
    @APIResponse(responseCode = "200", description = "The 16 townships",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TownshipFigures.class),
                    examples = @ExampleObject(name = "crude birth rate", value = TOWNSHIP_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public TownshipFigures townships(@Parameter(description = "Indicator number (1–24)", example = "1")
                                     @PathParam("number") @Min(value = 1, message = "must be 1 to 24") @Max(value = 24, message = "must be 1 to 24") int number,
                                     @Parameter(description = "Year", example = "2026", required = true)
                                     @QueryParam("year") @NotNull(message = "is required") @Min(value = 2000, message = "must be 2000 or later")
                                     @Max(value = 2100, message = "must be 2100 or earlier") Integer year) {
        return values.townships(number, year, Viewers.detail(identity));
    }

    @GET
    @Path("/{number}/townships/export")
    @PermitAll
    @Produces(CSV)
    @Operation(operationId = "exportIndicatorTownships", summary = "One indicator's figures of a year by township, as CSV")
    @APIResponse(responseCode = "200", description = "CSV with a header line",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "2026", value = "townshipCode,townshipName,numerator,denominator,value,lower,upper,suppressed\n"
                            + "350881001,菁城街道,402,61000,6.59,5.962,7.266,false\n")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response exportTownships(@Parameter(description = "Indicator number (1–24)", example = "1")
                                    @PathParam("number") @Min(value = 1, message = "must be 1 to 24") @Max(value = 24, message = "must be 1 to 24") int number,
                                    @Parameter(description = "Year", example = "2026", required = true)
                                    @QueryParam("year") @NotNull(message = "is required") @Min(value = 2000, message = "must be 2000 or later")
                                    @Max(value = 2100, message = "must be 2100 or earlier") Integer year) {
        StringBuilder csv = new StringBuilder("townshipCode,townshipName,numerator,denominator,value,lower,upper,suppressed\n");
        for (TownshipFigures.Row r : values.townships(number, year, Viewers.detail(identity)).townships()) {
            csv.append(Csv.line(r.townshipCode(), r.townshipName(), r.numerator(), r.denominator(), r.value(), r.lower(),
                    r.upper(), r.suppressed()));
        }
        return Csv.attachment(csv, "indicator-" + number + "-townships-" + year + ".csv");
    }
}
