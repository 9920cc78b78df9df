package cn.gov.zhangping.fertility.indicator.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * The dashboard page under the Content-Security-Policy its response actually carries (platform SecurityHeaders): every
 * inline script, inline style, {@code style=} attribute, {@code on…=} handler, external script, stylesheet and image
 * of the HTML, the URLs its own script connects to (fetch, EventSource, WebSocket), the HTML its script writes with
 * {@code innerHTML} and its use of {@code eval}, each checked against the policy as a browser would (hashes and nonces
 * included), and every referenced resource fetched: it must be there, served with the type its element needs
 * ({@code nosniff} makes a browser refuse anything else). A dashboard change a browser would block fails the build
 * here, without a browser.
 */
@QuarkusTest
class DashboardContentSecurityPolicyTest {

    @TestHTTPResource("/dashboard/index.html")
    URL page;

    private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9-]*)((?:\\s+[^\\s=>/]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s>]+))?)*)\\s*/?>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([^\\s=>/]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+)))?");
    private static final Pattern STRING_URL = Pattern.compile(
            "(fetch|new\\s+EventSource|new\\s+WebSocket)\\s*\\(\\s*(['\"`])([^'\"`]*)\\2");

    private final List<String> findings = new ArrayList<>();

    /** The directives of a policy: name → its sources (lower-case keywords, as written otherwise). */
    static Map<String, List<String>> directives(String policy) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String part : policy.split(";")) {
            String[] tokens = part.strip().split("\\s+");
            if (!tokens[0].isEmpty()) {
                map.putIfAbsent(tokens[0].toLowerCase(Locale.ROOT), List.of(tokens).subList(1, tokens.length));
            }
        }
        return map;
    }

    /** The sources of a fetch directive, falling back to default-src as CSP Level 3 says. */
    static List<String> sources(Map<String, List<String>> csp, String directive) {
        if (csp.containsKey(directive)) {
            return csp.get(directive);
        }
        if (directive.endsWith("-elem") || directive.endsWith("-attr")) {
            String base = directive.substring(0, directive.lastIndexOf('-'));
            if (csp.containsKey(base)) {
                return csp.get(base);
            }
        }
        return csp.getOrDefault("default-src", List.of("*"));
    }

    static String sha256(String text) throws Exception {
        return "'sha256-" + Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))) + "'";
    }

    /** Whether inline content (an element's text, or an attribute's value) may run or apply. */
    static boolean inlineAllowed(List<String> sources, String content, String nonce, boolean attribute) throws Exception {
        boolean hashOrNonce = sources.stream().anyMatch(s -> s.startsWith("'sha") || s.startsWith("'nonce-"));
        if (!attribute && nonce != null && sources.contains("'nonce-" + nonce + "'")) {
            return true;
        }
        if ((!attribute || sources.contains("'unsafe-hashes'")) && sources.contains(sha256(content))) {
            return true;
        }
        // 'unsafe-inline' is ignored when a hash or nonce is present (CSP Level 2 and later)
        return sources.contains("'unsafe-inline'") && !hashOrNonce;
    }

    /** Whether a URL the page loads is allowed by a source list (the service's origin is 'self'). */
    static boolean urlAllowed(List<String> sources, URI url, URI self) {
        if (sources.contains("'none'")) {
            return false;
        }
        boolean sameOrigin = url.getScheme().equals(self.getScheme()) && url.getHost().equals(self.getHost())
                && url.getPort() == self.getPort();
        for (String s : sources) {
            if (s.equals("*") && !url.getScheme().equals("data")) {
                return true;
            }
            if (s.equals("'self'") && sameOrigin) {
                return true;
            }
            if (s.endsWith(":") && !s.startsWith("'") && url.getScheme().equals(s.substring(0, s.length() - 1))) {
                return true;
            }
            if (!s.startsWith("'") && !s.endsWith(":") && (url.toString().startsWith(s) || (url.getScheme() + "://"
                    + url.getAuthority()).equals(s.replaceAll("/$", "")))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everythingThePageUsesIsAllowedByItsPolicy() throws Exception {
        Response response = given().when().get(page);
        assertThat(response.statusCode()).isEqualTo(200);
        String policy = response.header("Content-Security-Policy");
        assertThat(policy).as("the dashboard's Content-Security-Policy").isNotBlank();
        Map<String, List<String>> csp = directives(policy);
        URI self = URI.create(page.toString());
        String html = response.asString();
        List<URI> scripts = new ArrayList<>();

        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String name = tag.group(1).toLowerCase(Locale.ROOT);
            Map<String, String> attributes = attributes(tag.group(2));
            for (Map.Entry<String, String> a : attributes.entrySet()) {
                if (a.getKey().startsWith("on")) {
                    check(inlineAllowed(sources(csp, "script-src-attr"), a.getValue(), null, true),
                            "<" + name + " " + a.getKey() + "=…> handler needs script-src-attr/script-src 'unsafe-inline'");
                }
                if (a.getKey().equals("style")) {
                    check(inlineAllowed(sources(csp, "style-src-attr"), a.getValue(), null, true),
                            "<" + name + " style=\"" + a.getValue() + "\"> needs style-src-attr/style-src 'unsafe-inline'");
                }
            }
            String text = name.equals("script") || name.equals("style") ? elementText(html, tag.end(), name) : null;
            switch (name) {
                case "script" -> {
                    if (attributes.containsKey("src")) {
                        URI src = self.resolve(attributes.get("src"));
                        check(urlAllowed(sources(csp, "script-src-elem"), src, self), "script " + src + " not in script-src");
                        resource(src, "javascript");
                        scripts.add(src);
                    } else {
                        check(inlineAllowed(sources(csp, "script-src-elem"), text, attributes.get("nonce"), false),
                                "inline <script> (" + sha256(text) + ") not allowed by script-src");
                    }
                }
                case "style" -> check(inlineAllowed(sources(csp, "style-src-elem"), text, attributes.get("nonce"), false),
                        "inline <style> (" + sha256(text) + ") not allowed by style-src");
                case "link" -> {
                    if (attributes.getOrDefault("rel", "").toLowerCase(Locale.ROOT).contains("stylesheet")) {
                        URI href = self.resolve(attributes.get("href"));
                        check(urlAllowed(sources(csp, "style-src-elem"), href, self), "stylesheet " + href + " not in style-src");
                        stylesheet(href, csp, self);
                    }
                }
                case "img" -> {
                    URI src = self.resolve(attributes.get("src"));
                    check(urlAllowed(sources(csp, "img-src"), src, self), "image " + src + " not in img-src");
                    if (!src.getScheme().equals("data")) {
                        resource(src, "image/");
                    }
                }
                case "iframe", "object", "embed", "frame" -> findings.add("<" + name + "> on the dashboard");
                case "form" -> {
                    URI action = self.resolve(attributes.getOrDefault("action", ""));
                    check(urlAllowed(sources(csp, "form-action"), action, self), "form action " + action + " not in form-action");
                }
                default -> { }
            }
        }
        assertThat(scripts).as("the dashboard's scripts").isNotEmpty();

        // the page's own scripts (not the vendored ECharts): where they connect, what they write as HTML, eval
        for (URI script : scripts) {
            if (script.getPath().startsWith("/webjars/")) {
                continue;
            }
            String js = given().when().get(script.toString()).asString();
            Matcher url = STRING_URL.matcher(js);
            while (url.find()) {
                URI target = self.resolve(url.group(3).isEmpty() ? "/" : url.group(3));
                if (url.group(1).contains("WebSocket")) {
                    target = URI.create(target.toString().replaceFirst("^ws", "http"));
                }
                check(urlAllowed(sources(csp, "connect-src"), target, self),
                        script.getPath() + ": " + url.group(1) + " " + target + " not in connect-src");
            }
            Matcher written = Pattern.compile("innerHTML\\s*[+]?=\\s*([^;]*)").matcher(js);
            while (written.find()) {
                String markup = written.group(1);
                check(!Pattern.compile("<script|<style|\\sstyle\\s*=|\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE)
                                .matcher(markup).find() || sources(csp, "style-src").contains("'unsafe-inline'")
                                && !Pattern.compile("<script|\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(markup).find(),
                        script.getPath() + ": innerHTML writes markup the policy blocks: " + markup.strip());
            }
            boolean evaluates = Pattern.compile("\\beval\\s*\\(|new\\s+Function\\s*\\(|set(Timeout|Interval)\\s*\\(\\s*['\"`]")
                    .matcher(js).find();
            check(!evaluates || sources(csp, "script-src").contains("'unsafe-eval'"),
                    script.getPath() + ": evaluates strings without 'unsafe-eval'");
            Matcher attributeSet = Pattern.compile("setAttribute\\(\\s*['\"](style|on[a-z]+)['\"]").matcher(js);
            while (attributeSet.find()) {
                String kind = attributeSet.group(1).equals("style") ? "style-src" : "script-src";
                check(sources(csp, kind).contains("'unsafe-inline'"),
                        script.getPath() + ": setAttribute('" + attributeSet.group(1) + "') needs " + kind + " 'unsafe-inline'");
            }
        }
        // the framing rule the policy promises
        check(csp.getOrDefault("frame-ancestors", List.of()).contains("'none'"), "frame-ancestors is not 'none'");
        assertThat(findings).as("what a browser would block on the dashboard under " + policy).isEmpty();
    }

    @Test
    void theCheckRecognisesWhatABrowserBlocks() throws Exception {
        Map<String, List<String>> strict = directives("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'");
        URI self = URI.create("http://localhost:8081/dashboard/index.html");
        assertThat(inlineAllowed(sources(strict, "script-src-elem"), "alert(1)", null, false)).isFalse();
        assertThat(inlineAllowed(sources(strict, "style-src-attr"), "color:red", null, true)).isTrue();
        assertThat(urlAllowed(sources(strict, "script-src-elem"), URI.create("https://cdn.example/x.js"), self)).isFalse();
        assertThat(urlAllowed(sources(strict, "img-src"), URI.create("data:image/png;base64,AA"), self)).isFalse();
        assertThat(urlAllowed(sources(strict, "connect-src"), self.resolve("/api/v1/indicators"), self)).isTrue();
        Map<String, List<String>> hashed = directives("script-src 'self' " + sha256("go()") + " 'nonce-abc' 'unsafe-inline'");
        assertThat(inlineAllowed(sources(hashed, "script-src-elem"), "go()", null, false)).isTrue();
        assertThat(inlineAllowed(sources(hashed, "script-src-elem"), "other()", "abc", false)).isTrue();
        assertThat(inlineAllowed(sources(hashed, "script-src-elem"), "other()", null, false)).isFalse();
        assertThat(inlineAllowed(sources(hashed, "script-src-attr"), "go()", null, true)).isFalse();
    }

    private void check(boolean ok, String finding) {
        if (!ok) {
            findings.add(finding);
        }
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(text);
        while (m.find()) {
            String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            map.put(m.group(1).toLowerCase(Locale.ROOT), value == null ? "" : value.replace("&amp;", "&"));
        }
        return map;
    }

    private static String elementText(String html, int from, String name) {
        int end = html.toLowerCase(Locale.ROOT).indexOf("</" + name, from);
        return end < 0 ? "" : html.substring(from, end);
    }

    private void resource(URI url, String type) {
        Response r = given().when().get(url.toString());
        check(r.statusCode() == 200, url + " answers " + r.statusCode());
        String contentType = r.header("Content-Type") == null ? "" : r.header("Content-Type");
        check(contentType.contains(type), url + " is served as " + contentType + " (nosniff: needs " + type + ")");
    }

    /** A stylesheet: there, served as text/css, and what it loads ({@code url(…)}, {@code @import}) allowed. */
    private void stylesheet(URI href, Map<String, List<String>> csp, URI self) {
        resource(href, "text/css");
        String css = given().when().get(href.toString()).asString();
        Matcher url = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)|@import\\s+['\"]([^'\"]+)['\"]").matcher(css);
        while (url.find()) {
            URI target = href.resolve(url.group(1) != null ? url.group(1) : url.group(2));
            String directive = url.group(2) != null ? "style-src" : target.getPath() != null
                    && target.getPath().matches(".*\\.(woff2?|ttf|otf)$") ? "font-src" : "img-src";
            check(urlAllowed(sources(csp, directive), target, self), href.getPath() + " loads " + target + ", not in " + directive);
        }
    }
}
