package cn.gov.zhangping.fertility.childcare.community.api;

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

import cn.gov.zhangping.fertility.childcare.community.domain.Community;
import cn.gov.zhangping.fertility.childcare.community.domain.CommunityCsv;
import cn.gov.zhangping.fertility.childcare.community.domain.MaintainingCommunities;
import cn.gov.zhangping.fertility.childcare.community.persistence.CommunityRepository;
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

@Path("/api/v1/communities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Community register", description = "Communities (居委会/村委会) with their township, urban or rural, and "
        + "resident population per year; maintained by the administrator, published as community-changed.v1")
public class CommunityResource {

    static final String EXAMPLE = """
            {"code":"350881001003","townshipCode":"350881001","name":"西安社区","areaType":"URBAN",
             "populations":[{"year":2025,"residents":8300}]}""";
    static final String CHANGE_EXAMPLE = """
            {"name":"西安社区","areaType":"URBAN","populations":[{"year":2025,"residents":8300},{"year":2026,"residents":8450}]}""";
    static final String CSV_EXAMPLE = CommunityCsv.HEADER + "\n350881001003,350881001,西安社区,URBAN,2025,8300\n"
            + "350881203201,350881203,官田村,RURAL,2025,1200\n";

    @Inject
    CallerScope scope;

    @Inject
    MaintainingCommunities maintaining;

    @Inject
    CommunityRepository communities;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "addCommunity", summary = "Add a community to the register (administrator)",
            description = "Adds a community under its township and publishes community-changed.v1. An unknown township, "
                    + "a code not under it or a year given twice is a 400; a code already registered is a 409.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CommunityRequest.class), examples = @ExampleObject(name = "urban", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommunityResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response add(@Valid @NotNull(message = "a JSON body is required") CommunityRequest request) {
        scope.requireCreateIn(request.toDetails().townshipCode());
        Community c = maintaining.add(request.toDetails());
        return Response.created(URI.create("/api/v1/communities/" + c.code)).entity(CommunityResponse.of(c)).build();
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "changeCommunity", summary = "Change a community's name, area type or populations (administrator)",
            description = "Replaces what the register says of the community; a change moves the revision on and is "
                    + "published as community-changed.v1. The same values again change nothing.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ChangeCommunityRequest.class),
            examples = @ExampleObject(name = "a new year", value = CHANGE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The community as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommunityResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CommunityResponse change(
            @Parameter(description = "Community code", example = "350881001003", schema = @Schema(pattern = "^[0-9]{12}$"))
            @PathParam("code") @Pattern(regexp = "^[0-9]{12}$", message = "must be 12 digits") String code,
            @Valid @NotNull(message = "a JSON body is required") ChangeCommunityRequest request) {
        communities.findByIdOptional(code).ifPresent(c -> scope.visible(c, c.townshipCode, "community", code));
        return CommunityResponse.of(maintaining.change(code, request.toDetails()));
    }

    @POST
    @Path("/csv")
    @Consumes("text/csv")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "uploadCommunities", summary = "Upload communities as CSV (administrator)",
            description = "Header " + CommunityCsv.HEADER + ", then one line per community and year. All or none: "
                    + "an unknown township, a code not under its township, a bad format or a duplicate code (in the "
                    + "file or already registered) refuses the whole file with a 400 naming each line.")
    @RequestBody(required = true, content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING, maxLength = 1_000_000),
            examples = @ExampleObject(name = "two communities", value = CSV_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "The communities added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = CommunityResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response upload(String csv) {
        scope.requireCityWide();
        List<CommunityResponse> added = maintaining.upload(csv).stream().map(CommunityResponse::of).toList();
        return Response.status(201).entity(added).build();
    }

    @GET
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.READER, Roles.AUDITOR, Roles.REGISTRAR})
    @Transactional
    @Operation(operationId = "listCommunities", summary = "List the register's communities (administrator, reader, auditor, registrar)",
            description = "Every community of a township, or of the city when no township is given, by code.")
    @APIResponse(responseCode = "200", description = "The communities",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = CommunityResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public List<CommunityResponse> list(
            @Parameter(description = "Township code", example = "350881001") @QueryParam("townshipCode") @TownshipCode String townshipCode) {
        return communities.inTownship(townshipCode, scope.limit()).stream().map(CommunityResponse::of).toList();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.READER, Roles.AUDITOR, Roles.REGISTRAR})
    @Transactional
    @Operation(operationId = "getCommunity", summary = "Read one community (administrator, reader, auditor, registrar)")
    @APIResponse(responseCode = "200", description = "The community",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommunityResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CommunityResponse get(
            @Parameter(description = "Community code", example = "350881001003", schema = @Schema(pattern = "^[0-9]{12}$"))
            @PathParam("code") @Pattern(regexp = "^[0-9]{12}$", message = "must be 12 digits") String code) {
        Community c = communities.findByIdOptional(code).orElseThrow(() -> DomainException.notFound("community", code));
        return CommunityResponse.of(scope.visible(c, c.townshipCode, "community", code));
    }
}
