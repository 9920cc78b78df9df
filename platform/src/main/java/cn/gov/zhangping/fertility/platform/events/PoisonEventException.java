package cn.gov.zhangping.fertility.platform.events;

/**
 * A record that can never be processed (malformed, unknown type or version, invalid data). The consumer's
 * transaction rolls back and the record goes to {@code <topic>.dlq} with this message as the reason.
 * The message never contains event data.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }
}
