package cn.gov.zhangping.fertility.childcare.demand.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import cn.gov.zhangping.fertility.childcare.demand.domain.ChildcareDemand;
import cn.gov.zhangping.fertility.childcare.demand.domain.ChildcareDemandService;
import cn.gov.zhangping.fertility.childcare.demand.domain.ChildcareSupply;
import cn.gov.zhangping.fertility.childcare.demand.domain.ComparingSupply;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.reference.TownshipCode;
import cn.gov.zhangping.fertility.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/childcare-demand")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Childcare demand", description = "Children under 3 by township and community, from the birth registration "
        + "events (registered, corrected, cancelled)")
public class ChildcareDemandResource {

    static final String EXAMPLE = """
            {"townshipCode":"350881001","townshipName":"菁城街道","date":"2026-11-20","ageLimitYears":3,
             "ageLimitSource":"漳政办规〔2023〕2号 二(三)9; 附件1 指标12","total":64,
             "byCommunity":[{"communityCode":"350881001003","children":57},{"communityCode":"350881001004","children":7}]}""";

    /** Dates outside this range are refused rather than answered with a meaningless zero. */
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    static final String SUPPLY_EXAMPLE = """
            {"townshipCode":"350881001","date":"2026-11-20","ageLimitYears":3,
             "total":{"code":null,"children":64,"slots":60,"inclusiveSlots":40,"enrolled":48,"waiting":3,"free":12,"childrenPerSlot":1.07},
             "areas":[{"code":"350881001003","children":57,"slots":60,"inclusiveSlots":40,"enrolled":48,"waiting":3,"free":12,"childrenPerSlot":0.95},
                      {"code":"350881001004","children":7,"slots":0,"inclusiveSlots":0,"enrolled":0,"waiting":0,"free":0,"childrenPerSlot":null}]}""";

    @Inject
    ChildcareDemandService service;

    @Inject
    ComparingSupply supply;

    @GET
    @RolesAllowed({Roles.READER, Roles.AUDITOR, Roles.REGISTRAR})
    @Operation(operationId = "getChildcareDemand", summary = "Children under 3 in a township on a date, by community",
            description = "Counts the registered children who are under the plan's age limit (3岁以下婴幼儿, "
                    + "漳政办规〔2023〕2号 二(三)9) on the date: born on or before it and not yet 3. A child born on "
                    + "29 February turns 3 on 1 March in a common year. Only communities with at least one such child "
                    + "are listed.")
    @APIResponse(responseCode = "200", description = "The township's children under 3, total and by community",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChildcareDemand.class),
                    examples = @ExampleObject(name = "菁城街道", value = EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public ChildcareDemand get(
            @Parameter(description = "Township code (one of the 16 under 350881)", example = "350881001", required = true)
            @QueryParam("townshipCode") @NotNull(message = "is required") @TownshipCode String townshipCode,
            @Parameter(description = "Date the ages are taken on (yyyy-MM-dd); today in China Standard Time when omitted",
                    example = "2026-11-20", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("date") String date) {
        return service.demand(townshipCode, parseDate(date));
    }

    @GET
    @Path("/supply")
    @RolesAllowed({Roles.READER, Roles.AUDITOR, Roles.REGISTRAR, Roles.ADMINISTRATOR})
    @Operation(operationId = "getChildcareSupply", summary = "Demand versus supply: children under 3 beside slots, enrolled, "
            + "waiting and free, by township or by community (reader, auditor, registrar, administrator)",
            description = "Without a township: the city and each township with children or an operating nursery. With one: "
                    + "the township and each of its communities. Supply is that of OPERATING nurseries now; children are "
                    + "those under the plan's age limit on the date (today in China Standard Time when omitted).")
    @APIResponse(responseCode = "200", description = "Demand and supply",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChildcareSupply.class),
                    examples = @ExampleObject(name = "菁城街道", value = SUPPLY_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public ChildcareSupply supply(
            @Parameter(description = "Township code; the city by township when omitted", example = "350881001")
            @QueryParam("townshipCode") @TownshipCode String townshipCode,
            @Parameter(description = "Date the ages are taken on (yyyy-MM-dd); today in China Standard Time when omitted",
                    example = "2026-11-20", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("date") String date) {
        return supply.compare(townshipCode, parseDate(date));
    }

    /** The date parameter, read here so that a bad value is a 400 problem naming {@code date}; empty means none. */
    static LocalDate parseDate(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("date", "must be a date in the form yyyy-MM-dd");
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw DomainException.invalid("date", "must be between " + EARLIEST + " and " + LATEST);
        }
        return date;
    }
}
