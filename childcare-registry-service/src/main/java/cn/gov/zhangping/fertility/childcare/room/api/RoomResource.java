package cn.gov.zhangping.fertility.childcare.room.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

import cn.gov.zhangping.fertility.childcare.room.domain.ComputingRoomCoverage;
import cn.gov.zhangping.fertility.childcare.room.domain.MaintainingPlaces;
import cn.gov.zhangping.fertility.childcare.room.domain.PublicPlace;
import cn.gov.zhangping.fertility.childcare.room.domain.RoomCoverage;
import cn.gov.zhangping.fertility.childcare.room.persistence.PublicPlaceRepository;
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
@Tag(name = "Mother-and-baby rooms", description = "Public places and their mother-and-baby rooms (母婴室, indicator 16); "
        + "which places must have one is decided by the seeded rules of 国卫妇幼发〔2016〕63号; published as room-changed.v1")
public class RoomResource {

    static final String PLACE_EXAMPLE = """
            {"name":"漳平火车站","kind":"TRANSPORT_HUB","townshipCode":"350881001","floorAreaM2":12000,"dailyVisitors":8000}""";
    static final String ROOM_EXAMPLE = """
            {"present":true,"openedOn":"2026-06-01","meetsStandard":true}""";
    private static final String ID = "Public place id";

    @Inject
    CallerScope scope;

    @Inject
    MaintainingPlaces maintaining;

    @Inject
    ComputingRoomCoverage coverage;

    @Inject
    PublicPlaceRepository places;

    @POST
    @Path("/public-places")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "addPublicPlace", summary = "Add a public place to the register (administrator)",
            description = "The place starts without a room. Whether it must have one follows from the seeded rules "
                    + "(kind, floor area, daily visitors). Publishes room-changed.v1.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlaceRequest.class), examples = @ExampleObject(name = "station", value = PLACE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlaceResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response add(@Valid @NotNull(message = "a JSON body is required") PlaceRequest request) {
        scope.requireCreateIn(request.toDetails().townshipCode());
        PublicPlace p = maintaining.add(request.toDetails());
        return Response.created(URI.create("/api/v1/public-places/" + p.id)).entity(PlaceResponse.of(p, places.rules())).build();
    }

    @PUT
    @Path("/public-places/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "changePublicPlace", summary = "Change a public place (administrator)",
            description = "Replaces what the register says of the place; a change moves the revision on and is published. "
                    + "The same values again change nothing.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlaceRequest.class), examples = @ExampleObject(name = "station", value = PLACE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The place as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlaceResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PlaceResponse change(@Parameter(description = ID) @PathParam("id") UUID id,
                                @Valid @NotNull(message = "a JSON body is required") PlaceRequest request) {
        placeInScope(id);
        scope.requireCreateIn(request.toDetails().townshipCode());
        return PlaceResponse.of(maintaining.change(id, request.toDetails()), places.rules());
    }

    @PUT
    @Path("/public-places/{id}/room")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.REGISTRAR})
    @Operation(operationId = "recordMotherBabyRoom", summary = "Record a place's mother-and-baby room (administrator, registrar: Health Commission)",
            description = "A missing room has no opening date and does not meet the standard; an opening date after today "
                    + "is a 400. A change is published as room-changed.v1.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RoomRequest.class), examples = @ExampleObject(name = "opened", value = ROOM_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The place with its room",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlaceResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PlaceResponse room(@Parameter(description = ID) @PathParam("id") UUID id,
                              @Valid @NotNull(message = "a JSON body is required") RoomRequest request) {
        placeInScope(id);
        return PlaceResponse.of(maintaining.recordRoom(id, request.present(), request.openedOn(), request.meetsStandard()),
                places.rules());
    }

    @GET
    @Path("/public-places")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.REGISTRAR, Roles.READER, Roles.AUDITOR})
    @Transactional
    @Operation(operationId = "listPublicPlaces", summary = "Public places with their rooms (administrator, registrar, reader, auditor)",
            description = "The places of a township when given, by name.")
    @APIResponse(responseCode = "200", description = "The places", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = PlaceResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public List<PlaceResponse> list(
            @Parameter(description = "Township code", example = "350881001") @QueryParam("townshipCode") @TownshipCode String townshipCode) {
        var rules = places.rules();
        return places.inTownship(townshipCode, scope.limit()).stream().map(p -> PlaceResponse.of(p, rules)).toList();
    }

    @GET
    @Path("/public-places/{id}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.REGISTRAR, Roles.READER, Roles.AUDITOR})
    @Transactional
    @Operation(operationId = "getPublicPlace", summary = "One public place with its room (administrator, registrar, reader, auditor)")
    @APIResponse(responseCode = "200", description = "The place",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlaceResponse.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PlaceResponse get(@Parameter(description = ID) @PathParam("id") UUID id) {
        return PlaceResponse.of(placeInScope(id), places.rules());
    }

    @GET
    @Path("/mother-baby-room-coverage")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.REGISTRAR, Roles.READER, Roles.AUDITOR})
    @Operation(operationId = "getMotherBabyRoomCoverage", summary = "Indicator 16 for the city and by township (administrator, registrar, reader, auditor)",
            description = "Places a seeded rule requires a room of (denominator), those of them with a room (numerator) and "
                    + "with a room that meets the standard, the share in percent, and the rules with their sources.")
    @APIResponse(responseCode = "200", description = "The indicator",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoomCoverage.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public RoomCoverage coverage() {
        return coverage.compute();
    }

    /** The place when its township is in the caller's scope; else 404, as for an unknown id. */
    private PublicPlace placeInScope(UUID id) {
        PublicPlace p = places.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("public place", id));
        return scope.visible(p, p.townshipCode, "public place", id);
    }
}
