package io.sidebench.logic.providers.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A throw-away loopback server that answers any streamed chat request in the shape its path asks for (OpenAI
 * chat completions, Ollama's {@code /api/chat}, Anthropic's {@code /messages}, Gemini's
 * {@code :streamGenerateContent}) with a short canned answer, chunk by chunk. It exists only to warm the measuring
 * client path of this JVM (HTTP client, SSE and JSON parsing, LangChain4j's classes) before any real request's
 * clock starts; it never forwards anything. On 127.0.0.1, plain HTTP/1.1, chunked bodies, keep-alive.
 */
public final class WarmUpServer implements AutoCloseable {
    /** Chunks of answer text in each warm-up answer. */
    public static final int CHUNKS = 48;
    private final ServerSocket socket;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger requests = new AtomicInteger();

    private WarmUpServer(ServerSocket socket) {
        this.socket = socket;
    }

    public static WarmUpServer start() throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        WarmUpServer server = new WarmUpServer(socket);
        Thread accept = new Thread(server::acceptLoop, "sidebench-warm-up-accept");
        accept.setDaemon(true);
        accept.start();
        return server;
    }

    /** The server's address, e.g. {@code http://127.0.0.1:41234}. */
    public URI address() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }

    /** Requests answered so far. */
    public int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        for (Socket s : open) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                client.setTcpNoDelay(true);
                open.add(client);
                Thread t = new Thread(() -> serve(client), "sidebench-warm-up");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            while (true) {
                String head = readHead(in);
                if (head == null) {
                    return;
                }
                String[] lines = head.split("\r\n");
                String[] requestLine = lines[0].split(" ");
                long length = 0;
                for (String line : lines) {
                    int colon = line.indexOf(':');
                    if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("content-length")) {
                        length = Long.parseLong(line.substring(colon + 1).trim());
                    }
                }
                in.skipNBytes(length);
                requests.incrementAndGet();
                answer(requestLine.length > 1 ? requestLine[1] : "/", out);
            }
        } catch (IOException | RuntimeException e) {
            // the warm-up client went away: nothing to do
        } finally {
            open.remove(client);
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int last = 0;
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            last = (last << 8) | b;
            if (last == 0x0D0A0D0A) {
                return head.toString(StandardCharsets.ISO_8859_1);
            }
            if (head.size() > 64 * 1024) {
                throw new IOException("request head too long");
            }
        }
        return null;
    }

    private static void answer(String target, OutputStream out) throws IOException {
        String path = target.toLowerCase(Locale.ROOT);
        List<String> events;
        String type = "text/event-stream";
        if (path.contains("/api/chat")) {
            events = ollama();
            type = "application/x-ndjson";
        } else if (path.contains("streamgeneratecontent")) {
            events = gemini();
        } else if (path.contains("/messages")) {
            events = anthropic();
        } else {
            events = openAi();
        }
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: " + type + "; charset=utf-8\r\nCache-Control: no-cache\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        for (String event : events) {
            byte[] bytes = event.getBytes(StandardCharsets.UTF_8);
            out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.write('\r');
            out.write('\n');
            out.flush();
        }
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static List<String> openAi() {
        List<String> out = new ArrayList<>();
        String head = "{\"id\":\"warm-up\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,\"model\":\"warm-up\","
                + "\"choices\":[{\"index\":0,\"delta\":";
        out.add("data: " + head + "{\"role\":\"assistant\",\"reasoning_content\":\"warm\"},\"finish_reason\":null}]}\n\n");
        for (int i = 0; i < CHUNKS; i++) {
            out.add("data: " + head + "{\"content\":\"warm \"},\"finish_reason\":null}]}\n\n");
        }
        out.add("data: " + head + "{},\"finish_reason\":\"stop\"}]}\n\n");
        out.add("data: {\"id\":\"warm-up\",\"object\":\"chat.completion.chunk\",\"created\":1700000000,\"model\":\"warm-up\","
                + "\"choices\":[],\"usage\":{\"prompt_tokens\":4,\"completion_tokens\":" + CHUNKS + ",\"total_tokens\":"
                + (CHUNKS + 4) + "}}\n\n");
        out.add("data: [DONE]\n\n");
        return out;
    }

    private static List<String> ollama() {
        List<String> out = new ArrayList<>();
        String head = "{\"model\":\"warm-up\",\"created_at\":\"2024-01-01T00:00:00Z\",\"message\":{\"role\":\"assistant\","
                + "\"content\":";
        for (int i = 0; i < CHUNKS; i++) {
            out.add(head + "\"warm \"},\"done\":false}\n");
        }
        out.add(head + "\"\"},\"done\":true,\"done_reason\":\"stop\",\"prompt_eval_count\":4,\"eval_count\":" + CHUNKS
                + "}\n");
        return out;
    }

    private static List<String> anthropic() {
        List<String> out = new ArrayList<>();
        out.add("event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":\"warm-up\",\"type\":\"message\","
                + "\"role\":\"assistant\",\"model\":\"warm-up\",\"content\":[],\"stop_reason\":null,\"usage\":"
                + "{\"input_tokens\":4,\"output_tokens\":1}}}\n\n");
        out.add("event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":"
                + "{\"type\":\"text\",\"text\":\"\"}}\n\n");
        for (int i = 0; i < CHUNKS; i++) {
            out.add("event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":"
                    + "{\"type\":\"text_delta\",\"text\":\"warm \"}}\n\n");
        }
        out.add("event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":0}\n\n");
        out.add("event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\"},"
                + "\"usage\":{\"output_tokens\":" + CHUNKS + "}}\n\n");
        out.add("event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n");
        return out;
    }

    private static List<String> gemini() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < CHUNKS; i++) {
            out.add("data: {\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"warm \"}],\"role\":\"model\"},"
                    + "\"index\":0}]}\n\n");
        }
        out.add("data: {\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"\"}],\"role\":\"model\"},"
                + "\"finishReason\":\"STOP\",\"index\":0}],\"usageMetadata\":{\"promptTokenCount\":4,"
                + "\"candidatesTokenCount\":" + CHUNKS + ",\"totalTokenCount\":" + (CHUNKS + 4) + "}}\n\n");
        return out;
    }
}
