package cn.gov.zhangping.fertility.platform.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The trust boundary of the events: each topic's one producer ({@code ce_source}), as the contracts publish it in
 * {@value #RESOURCE} (topic = source). {@link Inbox} dead-letters a record whose source is not its topic's producer,
 * whatever consumer reads it, so no service names producers of its own.
 */
public final class EventProducers {

    public static final String RESOURCE = "META-INF/fertility/event-producers.properties";

    private static volatile Map<String, String> byTopic;

    private EventProducers() {
    }

    /** The producer of {@code topic}, if the contracts name one. */
    public static Optional<String> of(String topic) {
        return Optional.ofNullable(all().get(topic));
    }

    /** Every topic with its producer. */
    public static Map<String, String> all() {
        Map<String, String> known = byTopic;
        if (known == null) {
            known = load(EventProducers.class.getClassLoader());
            byTopic = known;
        }
        return known;
    }

    static Map<String, String> load(ClassLoader loader) {
        Map<String, String> producers = new HashMap<>();
        try {
            Enumeration<URL> files = loader.getResources(RESOURCE);
            while (files.hasMoreElements()) {
                URL file = files.nextElement();
                Properties p = new Properties();
                try (InputStream in = file.openStream()) {
                    p.load(in);
                }
                for (String topic : p.stringPropertyNames()) {
                    String source = p.getProperty(topic).trim();
                    String other = producers.putIfAbsent(topic, source);
                    if (other != null && !other.equals(source)) {
                        throw new IllegalStateException("topic " + topic + " has two producers: " + other + ", " + source);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(producers);
    }
}
