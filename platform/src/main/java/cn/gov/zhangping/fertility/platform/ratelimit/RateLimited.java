package cn.gov.zhangping.fertility.platform.ratelimit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * Limits how often one client may call the operation: {@code fertility.rate-limit.<value>.per-minute} requests a
 * minute, at most {@code fertility.rate-limit.<value>.burst} at once, per client ({@link RateLimitFilter}); beyond
 * that a 429 problem with {@code Retry-After}. Operations sharing a name share the client's allowance. Document the
 * 429 on the operation: {@code @APIResponse(responseCode = "429", ref = "TooManyRequests")}.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RateLimited {

    /** The limit's name in the configuration, e.g. {@code registration}. */
    String value() default "";
}
