package cn.gov.zhangping.fertility.platform.inbox;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What one channel reads: the producer its events must come from ({@code ce_source}) and, for each event type it
 * knows, the data record the event is read into (its constraints are checked) and the handler that applies it.
 * Built once per consumer and handed to {@link Inbox#dispatch}:
 * <pre>
 * Handlers.from("/family-support-service")
 *         .on(REGISTERED_V1, BirthRegisteredV1.class, this::registered)
 *         .on(CORRECTED_V1, BirthRegistrationCorrectedV1.class, this::corrected)
 * </pre>
 * An event from another source, or of a type (or version) with no handler, is poison. Immutable: {@link #on}
 * returns a new instance.
 */
public final class Handlers {

    /** The data record of one event type and what to do with it. */
    record Handler<T>(Class<T> dataType, Consumer<T> effect) {
    }

    private final String source;
    private final Map<String, Handler<?>> byType;

    private Handlers(String source, Map<String, Handler<?>> byType) {
        this.source = source;
        this.byType = byType;
    }

    /** Handlers for events whose {@code ce_source} is {@code source}, the producer of the channel's topic. */
    public static Handlers from(String source) {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("the expected event source is required");
        }
        return new Handlers(source, Map.of());
    }

    /** Adds the handler of events of {@code type}, whose data is read as {@code dataType}. One handler per type. */
    public <T> Handlers on(String type, Class<T> dataType, Consumer<T> effect) {
        if (byType.containsKey(type)) {
            throw new IllegalArgumentException("a handler for " + type + " is already given");
        }
        Map<String, Handler<?>> more = new LinkedHashMap<>(byType);
        more.put(type, new Handler<>(dataType, effect));
        return new Handlers(source, Collections.unmodifiableMap(more));
    }

    public String source() {
        return source;
    }

    /** The event types handled, in the order they were added. */
    public Set<String> types() {
        return byType.keySet();
    }

    Handler<?> handlerOf(String type) {
        return byType.get(type);
    }
}
