package cn.gov.zhangping.fertility.childcare.zone.api;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import cn.gov.zhangping.fertility.childcare.zone.domain.CheckingZoneCompliance;
import cn.gov.zhangping.fertility.childcare.zone.domain.MaintainingZones;
import cn.gov.zhangping.fertility.childcare.zone.domain.ResidentialZone;
import cn.gov.zhangping.fertility.childcare.zone.domain.ZoneCompliance;
import cn.gov.zhangping.fertility.childcare.zone.domain.ZoneCsv;
import cn.gov.zhangping.fertility.childcare.zone.domain.ZoneRules;
import cn.gov.zhangping.fertility.childcare.zone.persistence.ZoneRepository;
import cn.gov.zhangping.fertility.contracts.childcare.ZoneKind;
import cn.gov.zhangping.fertility.platform.security.CallerScope;
import cn.gov.zhangping.fertility.platform.problem.DomainException;
import cn.gov.zhangping.fertility.platform.reference.TownshipCode;
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

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Residential zones", description = "The zone register (住宅区, task 9) maintained by the administrator, and each "
        + "zone's inclusive slots against the standard of its kind (indicators 9 and 10); published as zone-changed.v1")
public class ZoneResource {

    static final String EXAMPLE = """
            {"code":"350881001Z001","townshipCode":"350881001","communityCode":"350881001003","name":"西园新村","kind":"NEW","residents":6000}""";
    static final String CHANGE_EXAMPLE = """
            {"communityCode":"350881001003","name":"西园新村","kind":"NEW","residents":6400}""";
    static final String CSV_EXAMPLE = ZoneCsv.HEADER + "\n350881001Z001,350881001,350881001003,西园新村,NEW,6000\n"
            + "350881001Z002,350881001,350881001003,九鹏小区,BUILT,3200\n";
    static final String REPORT_EXAMPLE = """
            {"byKind":[{"kind":"NEW","indicatorNo":9,"standardPer1000":10.00,"source":"漳政办规〔2023〕2号 二(三)9; 附件1 指标9",
              "zones":1,"complying":0,"sharePercent":0.0,"shortfall":20}],
             "zones":[{"zoneId":"2b6d8e10-4c1a-4f3e-9a7b-5d6e7f801234","code":"350881001Z001","name":"西园新村",
              "townshipCode":"350881001","communityCode":"350881001003","kind":"NEW","residents":6000,"inclusiveSlots":40,
              "inclusiveSlotsPer1000":6.67,"standardCode":"NEW_AREA_INCLUSIVE_SLOTS_PER_1000","standardPer1000":10.00,
              "source":"漳政办规〔2023〕2号 二(三)9; 附件1 指标9","requiredSlots":60,"shortfall":20,"complies":false}]}""";
    private static final String CODE = "Zone code (township code, Z, three digits)";

    @Inject
    CallerScope scope;

    @Inject
    MaintainingZones maintaining;

    @Inject
    CheckingZoneCompliance compliance;

    @Inject
    ZoneRepository zones;

    @POST
    @Path("/residential-zones")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "addZone", summary = "Add a residential zone to the register (administrator)",
            description = "Adds the zone and publishes zone-changed.v1. An unknown township, a code not under it, a "
                    + "community not in the register under the township or negative residents is a 400; a code already "
                    + "registered is a 409.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ZoneRequest.class), examples = @ExampleObject(name = "new zone", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ZoneResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response add(@Valid @NotNull(message = "a JSON body is required") ZoneRequest request) {
        scope.requireCreateIn(request.toDetails().townshipCode());
        ResidentialZone z = maintaining.add(request.toDetails());
        return Response.created(URI.create("/api/v1/residential-zones/" + z.code)).entity(ZoneResponse.of(z)).build();
    }

    @PUT
    @Path("/residential-zones/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "changeZone", summary = "Change a zone's name, community, kind or residents (administrator)",
            description = "Replaces what the register says of the zone; a change moves the revision on and is published "
                    + "as zone-changed.v1. The same values again change nothing.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ChangeZoneRequest.class), examples = @ExampleObject(name = "more residents", value = CHANGE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The zone as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ZoneResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ZoneResponse change(
            @Parameter(description = CODE, example = "350881001Z001", schema = @Schema(pattern = ZoneRules.CODE_PATTERN))
            @PathParam("code") @Pattern(regexp = ZoneRules.CODE_PATTERN, message = "must be the township code, Z and 3 digits") String code,
            @Valid @NotNull(message = "a JSON body is required") ChangeZoneRequest request) {
        zones.byCode(code).ifPresent(z -> scope.visible(z, z.townshipCode, "residential zone", code));
        return ZoneResponse.of(maintaining.change(code, request.toDetails()));
    }

    @POST
    @Path("/residential-zones/csv")
    @Consumes("text/csv")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "uploadZones", summary = "Upload residential zones as CSV (administrator)",
            description = "Header " + ZoneCsv.HEADER + ", then one line per zone. All or none: an unknown township or "
                    + "community, a code not under its township, a bad format, negative residents or a duplicate code (in "
                    + "the file or already registered) refuses the whole file with a 400 naming each line.")
    @RequestBody(required = true, content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING, maxLength = 1_000_000),
            examples = @ExampleObject(name = "two zones", value = CSV_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "The zones added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ZoneResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response upload(String csv) {
        scope.requireCityWide();
        List<ZoneResponse> added = maintaining.upload(csv).stream().map(ZoneResponse::of).toList();
        return Response.status(201).entity(added).build();
    }

    @GET
    @Path("/residential-zones")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.READER, Roles.AUDITOR, Roles.REGISTRAR, Roles.HOUSING, Roles.NATURAL_RESOURCES})
    @Transactional
    @Operation(operationId = "listZones", summary = "List the register's zones (administrator, reader, auditor, registrar, housing, natural resources)",
            description = "The zones of a township and kind when given, by code.")
    @APIResponse(responseCode = "200", description = "The zones", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = ZoneResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public List<ZoneResponse> list(
            @Parameter(description = "Township code", example = "350881001") @QueryParam("townshipCode") @TownshipCode String townshipCode,
            @Parameter(description = "Kind", example = "NEW") @QueryParam("kind") ZoneKind kind) {
        return zones.find(townshipCode, kind, scope.limit()).stream().map(ZoneResponse::of).toList();
    }

    @GET
    @Path("/residential-zones/{code}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.READER, Roles.AUDITOR, Roles.REGISTRAR, Roles.HOUSING, Roles.NATURAL_RESOURCES})
    @Transactional
    @Operation(operationId = "getZone", summary = "Read one zone (administrator, reader, auditor, registrar, housing, natural resources)")
    @APIResponse(responseCode = "200", description = "The zone",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ZoneResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ZoneResponse get(
            @Parameter(description = CODE, example = "350881001Z001", schema = @Schema(pattern = ZoneRules.CODE_PATTERN))
            @PathParam("code") @Pattern(regexp = ZoneRules.CODE_PATTERN, message = "must be the township code, Z and 3 digits") String code) {
        ResidentialZone z = zones.byCode(code).orElseThrow(() -> DomainException.notFound("residential zone", code));
        return ZoneResponse.of(scope.visible(z, z.townshipCode, "residential zone", code));
    }

    @GET
    @Path("/residential-zone-compliance")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.READER, Roles.AUDITOR, Roles.HOUSING, Roles.NATURAL_RESOURCES})
    @Operation(operationId = "getZoneCompliance", summary = "Zones against their standards, with indicators 9 and 10 "
            + "(administrator, reader, auditor, housing, natural resources)",
            description = "Every zone of a township and kind when given, with the inclusive slots of its OPERATING "
                    + "nurseries, the slots its kind's seeded standard asks for (NEW_AREA_ / BUILT_AREA_INCLUSIVE_SLOTS_"
                    + "PER_1000: per 1,000 residents, rounded up) and the shortfall; by kind, the share of zones that comply "
                    + "(indicator 9 for NEW, 10 for BUILT) with its numerator and denominator.")
    @APIResponse(responseCode = "200", description = "The zones and the summary by kind",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ZoneCompliance.Report.class),
                    examples = @ExampleObject(name = "one new zone short of slots", value = REPORT_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public ZoneCompliance.Report report(
            @Parameter(description = "Township code", example = "350881001") @QueryParam("townshipCode") @TownshipCode String townshipCode,
            @Parameter(description = "Kind", example = "NEW") @QueryParam("kind") ZoneKind kind) {
        // a township's officer sees its own townships' zones only (issue 13: object-level checks on every list)
        return compliance.report(townshipCode, kind, scope.limit());
    }

    @GET
    @Path("/residential-zone-compliance/{code}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.READER, Roles.AUDITOR, Roles.HOUSING, Roles.NATURAL_RESOURCES})
    @Operation(operationId = "getOneZoneCompliance", summary = "One zone against its standard (administrator, reader, auditor, housing, natural resources)")
    @APIResponse(responseCode = "200", description = "The zone's compliance",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ZoneCompliance.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ZoneCompliance one(
            @Parameter(description = CODE, example = "350881001Z001", schema = @Schema(pattern = ZoneRules.CODE_PATTERN))
            @PathParam("code") @Pattern(regexp = ZoneRules.CODE_PATTERN, message = "must be the township code, Z and 3 digits") String code) {
        zones.byCode(code).ifPresent(z -> scope.visible(z, z.townshipCode, "residential zone", code));
        return compliance.of(code);
    }
}
