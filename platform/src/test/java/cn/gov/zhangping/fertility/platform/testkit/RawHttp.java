package cn.gov.zhangping.fertility.platform.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * HTTP/1.1 over a plain socket, one request per connection, so that a test can send what ordinary clients refuse
 * to: bodies in chunks, any bytes in the request line, huge URIs and header fields. The body is written while the
 * response is read, because a server may answer (413) before the body is complete.
 */
public final class RawHttp {

    private static final int TIMEOUT_MS = 20_000;

    private RawHttp() {
    }

    /** A response; {@code status} 0 when the server closed the connection without answering. */
    public record Response(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** A request: the bytes up to and including the blank line after the header fields, then the body's bytes. */
    public record Request(byte[] head, byte[] body, boolean chunked) {

        public static Request of(String method, String target, Map<String, String> headers, byte[] body, boolean chunked) {
            StringBuilder head = new StringBuilder();
            head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
            head.append("Host: localhost\r\n");
            head.append("Connection: close\r\n");
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            if (body != null) {
                head.append(chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + body.length + "\r\n");
            }
            head.append("\r\n");
            // ISO-8859-1 keeps every char below 256 as one byte, so raw bytes can be put in the request line
            return new Request(head.toString().getBytes(StandardCharsets.ISO_8859_1), body, chunked);
        }
    }

    public static Response send(String host, int port, Request request) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MS);
            socket.setSoTimeout(TIMEOUT_MS);
            OutputStream out = socket.getOutputStream();
            CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> write(out, request));
            Response response = read(socket.getInputStream());
            writing.handle((v, e) -> null).join();
            return response;
        } catch (IOException e) {
            return new Response(0, Map.of(), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static void write(OutputStream out, Request request) {
        try {
            out.write(request.head());
            byte[] body = request.body();
            if (body != null) {
                if (request.chunked()) {
                    for (int at = 0; at < body.length; at += 8192) {
                        int n = Math.min(8192, body.length - at);
                        out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(body, at, n);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                } else {
                    out.write(body);
                }
            }
            out.flush();
        } catch (IOException e) {
            // the server answered and closed before taking the whole body; the answer is what counts
        }
    }

    private static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream headBytes = new ByteArrayOutputStream();
        int last4 = 0;
        int b;
        while (last4 != 0x0d0a0d0a && (b = in.read()) != -1) {
            headBytes.write(b);
            last4 = (last4 << 8) | b;
        }
        String head = headBytes.toString(StandardCharsets.ISO_8859_1);
        if (head.isBlank()) {
            return new Response(0, Map.of(), "no response");
        }
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim(), (a, c) -> a + ", " + c);
            }
        }
        byte[] body;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = readChunked(in);
        } else if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else {
            body = in.readAllBytes();
        }
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] readChunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = line(in);
            int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
            if (size == 0) {
                line(in);
                return body.toByteArray();
            }
            body.write(in.readNBytes(size));
            line(in);
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
