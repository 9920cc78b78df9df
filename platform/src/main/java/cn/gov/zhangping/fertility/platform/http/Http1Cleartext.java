package cn.gov.zhangping.fertility.platform.http;

import jakarta.inject.Singleton;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;

/**
 * The services speak HTTP/1.1 on their cleartext port: a request that asks to upgrade to HTTP/2 ({@code Upgrade: h2c},
 * as {@code java.net.http.HttpClient} with {@code Version.HTTP_2} sends for {@code http://}) is answered as HTTP/1.1,
 * the upgrade turned down as RFC 9113 §3.1 and RFC 9110 §7.8 allow (the server simply ignores {@code Upgrade}).
 * <p>
 * Why not serve h2c: {@link HttpLimits} reads every body itself, up to its limit, before the REST layer (so that a
 * chunked body is limited as a declared one is); on an HTTP/2 stream the body's end arrives before the REST layer
 * starts, and RESTEasy Reactive's {@code pause()} of a request that has ended throws on HTTP/2 (HTTP/1.1 lets it
 * pass): every POST or PUT with a body got a 500. Nothing is gained by h2c here: the callers are other services
 * and the ingress, which speak HTTP/1.1 to the pods (TLS and HTTP/2 end at the ingress), and a cleartext port has no
 * ALPN to offer HTTP/2 on. A client that starts with the HTTP/2 preface without asking ("prior knowledge") is not served
 * HTTP/2 either. The TLS server, not used by the suite, is left as Quarkus configures it (HTTP/2 through ALPN would
 * meet the same {@code pause()}: serve TLS at the ingress).
 */
@Singleton
public class Http1Cleartext implements HttpServerOptionsCustomizer {

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setHttp2ClearTextEnabled(false);
    }
}
