package cn.gov.zhangping.fertility.indicator.dashboard.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import cn.gov.zhangping.fertility.indicator.dashboard.domain.LiveUpdates;
import io.smallrye.mutiny.Multi;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The dashboard's live stream (Server-Sent Events): a message each time the figures change, after which the page reads
 * them again through the JSON API. An endless stream is not part of the OpenAPI document (its data is the API's).
 */
@Path("/dashboard/events")
public class DashboardEventsResource {

    @Inject
    LiveUpdates updates;

    @GET
    @PermitAll
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(hidden = true)
    public Multi<String> stream() {
        return updates.stream();
    }
}
