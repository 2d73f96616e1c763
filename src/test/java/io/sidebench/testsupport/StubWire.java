package io.sidebench.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Minimal HTTP/1.1 reading and writing for the stub server: request parsing, heads, chunked bodies. */
final class StubWire {
    /** A parsed request before it is recorded. */
    record Request(String method, String path, Map<String, String> headers, byte[] body, String query) {
        boolean keepAlive() {
            String connection = headers.getOrDefault("connection", "");
            return !connection.toLowerCase(Locale.ROOT).contains("close");
        }
    }

    private final InputStream in;
    private final OutputStream out;

    StubWire(InputStream in, OutputStream out) {
        this.in = in;
        this.out = out;
    }

    /** Reads the next request, or returns {@code null} when the client closed the connection. */
    Request read() throws IOException {
        String requestLine = readLine();
        while (requestLine != null && requestLine.isEmpty()) {
            requestLine = readLine();
        }
        if (requestLine == null) {
            return null;
        }
        String[] parts = requestLine.split(" ");
        if (parts.length < 2) {
            throw new IOException("bad request line: " + requestLine);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = readLine(); line != null && !line.isEmpty(); line = readLine()) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
        if ("100-continue".equalsIgnoreCase(headers.get("expect"))) {
            out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }
        byte[] body;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = readChunkedBody();
        } else {
            int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
            body = in.readNBytes(length);
            if (body.length < length) {
                throw new EOFException("request body cut short");
            }
        }
        String path = parts[1];
        int query = path.indexOf('?');
        return new Request(parts[0], query >= 0 ? path.substring(0, query) : path, headers, body,
                query >= 0 ? path.substring(query + 1) : null);
    }

    private byte[] readChunkedBody() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine();
            if (sizeLine == null) {
                throw new EOFException("chunked body cut short");
            }
            int semicolon = sizeLine.indexOf(';');
            int size = Integer.parseInt((semicolon >= 0 ? sizeLine.substring(0, semicolon) : sizeLine).trim(), 16);
            if (size == 0) {
                for (String line = readLine(); line != null && !line.isEmpty(); line = readLine()) {
                    // trailers ignored
                }
                return body.toByteArray();
            }
            body.write(in.readNBytes(size));
            readLine();
        }
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                int n = line.size();
                byte[] bytes = line.toByteArray();
                return new String(bytes, 0, n > 0 && bytes[n - 1] == '\r' ? n - 1 : n, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    /** Writes a complete response with a body and Content-Length. */
    void writeFull(int status, String contentType, Map<String, String> extraHeaders, String body, boolean keepAlive)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = statusLine(status);
        head.append("Content-Type: ").append(contentType).append("\r\n");
        head.append("Content-Length: ").append(bytes.length).append("\r\n");
        extraHeaders.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        head.append("Connection: ").append(keepAlive ? "keep-alive" : "close").append("\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(bytes);
        out.flush();
    }

    /** Writes the head of a streamed (chunked) response. */
    void writeStreamHead(String contentType) throws IOException {
        StringBuilder head = statusLine(200);
        head.append("Content-Type: ").append(contentType).append("\r\n");
        head.append("Cache-Control: no-cache\r\n");
        head.append("Transfer-Encoding: chunked\r\n");
        head.append("Connection: keep-alive\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Writes one chunk of a streamed body and flushes it to the network. */
    void writeChunk(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Ends a streamed body. */
    void endChunks() throws IOException {
        out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Blocks until the client closes the connection (or the server closes the socket). */
    void awaitClientGone() {
        try {
            while (in.read() != -1) {
                // discard anything the client sends
            }
        } catch (IOException ignored) {
            // closed
        }
    }

    private static StringBuilder statusLine(int status) {
        return new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }
}
