package io.pixelstudio.bridge.testserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A real HTTP server on loopback speaking the chat-completions protocol with scripted replies:
 * each request takes the next script step (or the fallback once the script is used up). Records
 * every request body so tests can assert what the client sent.
 */
public final class ScriptedChatServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One scripted answer to a request. */
    @FunctionalInterface
    public interface Step {
        void answer(HttpExchange exchange, JsonNode request) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final ConcurrentLinkedQueue<Step> script = new ConcurrentLinkedQueue<>();
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final AtomicInteger count = new AtomicInteger();
    private volatile Step fallback = status(500, "{\"error\": {\"message\": \"script exhausted\"}}");
    private volatile boolean record = true;

    private ScriptedChatServer(int threads) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        executor = Executors.newFixedThreadPool(threads);
        server.setExecutor(executor);
        server.createContext("/v1/chat/completions", this::handle);
        server.createContext("/v1/models", ex -> {
            try (ex) {
                send(ex, 200, "{\"object\": \"list\", \"data\": [{\"id\": \"pixel-reasoner\", \"object\": \"model\"}]}");
            }
        });
        server.start();
    }

    /** A started server with a handful of handler threads. */
    public static ScriptedChatServer start() throws IOException {
        return new ScriptedChatServer(8);
    }

    /** A started server with {@code threads} handler threads (benchmarks). */
    public static ScriptedChatServer start(int threads) throws IOException {
        return new ScriptedChatServer(threads);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    public ScriptedChatServer then(Step step) {
        script.add(step);
        return this;
    }

    public ScriptedChatServer otherwise(Step step) {
        fallback = step;
        return this;
    }

    /** Stop keeping request bodies (benchmarks). */
    public ScriptedChatServer recordNothing() {
        record = false;
        return this;
    }

    public List<JsonNode> requests() {
        return requests;
    }

    public List<String> authorizations() {
        return authorizations;
    }

    public int requestCount() {
        return count.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            count.incrementAndGet();
            JsonNode request = JSON.readTree(body);
            if (record) {
                requests.add(request);
                String auth = exchange.getRequestHeaders().getFirst("Authorization");
                authorizations.add(auth == null ? "" : auth);
            }
            Step step = script.poll();
            try {
                (step == null ? fallback : step).answer(exchange, request);
            } catch (RuntimeException e) {
                send(exchange, 500, "{\"error\": {\"message\": \"test script failed: " + e + "\"}}");
            }
        } catch (IOException | RuntimeException e) {
            // the client went away (timeout, cancel): nothing to answer
        }
    }

    /** A 200 chat completion whose message content is {@code text}. */
    public static Step reply(String text) {
        return replyWith(request -> text);
    }

    /** A 200 chat completion whose content depends on the request. */
    public static Step replyWith(Function<JsonNode, String> text) {
        return (ex, request) -> send(ex, 200, completion(text.apply(request)));
    }

    /** The body of a chat completion with {@code text}. */
    public static String completion(String text) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-1").put("object", "chat.completion").put("model", "pixel-reasoner");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", text);
        choice.put("finish_reason", "stop");
        root.putObject("usage").put("prompt_tokens", 1000).put("completion_tokens", text.length() / 4)
                .put("total_tokens", 1000 + text.length() / 4);
        return root.toString();
    }

    /** Any status with a raw body. */
    public static Step status(int status, String body) {
        return (ex, request) -> send(ex, status, body);
    }

    /** Waits {@code millis} before running {@code then}. */
    public static Step slow(long millis, Step then) {
        return (ex, request) -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            then.answer(ex, request);
        };
    }

    /** An SSE stream sending {@code pieces} as deltas, then usage and {@code [DONE]}. */
    public static Step stream(List<String> pieces) {
        return (ex, request) -> {
            ex.getResponseHeaders().add("Content-Type", "text/event-stream");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            for (String piece : pieces) {
                ObjectNode chunk = JSON.createObjectNode();
                ObjectNode choice = chunk.putArray("choices").addObject();
                choice.put("index", 0);
                choice.putObject("delta").put("content", piece);
                choice.putNull("finish_reason");
                event(out, chunk.toString());
            }
            event(out, "{\"choices\": [{\"index\": 0, \"delta\": {}, \"finish_reason\": \"stop\"}]}");
            event(out, "{\"choices\": [], \"usage\": {\"prompt_tokens\": 900, \"completion_tokens\": 12}}");
            event(out, "[DONE]");
            out.close();
        };
    }

    private static void event(OutputStream out, String data) throws IOException {
        out.write(("data: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    public static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
