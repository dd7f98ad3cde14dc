package io.pixelstudio.bridge.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.sun.net.httpserver.HttpServer;
import io.pixelstudio.bridge.endpoint.Cancellation;
import io.pixelstudio.bridge.endpoint.ChatClient;
import io.pixelstudio.bridge.endpoint.EndpointProfile;
import io.pixelstudio.bridge.testserver.ScriptedChatServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Requests per second one {@link ChatClient} sustains against a loopback server that answers
 * instantly with a constant chat completion: the client must never be the bottleneck of a
 * benchmark run (target: at least 500 req/s on 2 cores). Run by hand:
 * {@code java -cp trainer-bridge/target/test-classes:trainer-bridge/target/classes:<deps>
 * io.pixelstudio.bridge.bench.ChatClientThroughputBenchmark [concurrency] [seconds]}.
 * Client and server share the machine, so the figure is a lower bound for the client alone.
 */
public final class ChatClientThroughputBenchmark {

    private ChatClientThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int concurrency = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        byte[] reply = ScriptedChatServer.completion("The answer is \\boxed{B}").getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        ExecutorService serverThreads = Executors.newFixedThreadPool(4);
        server.setExecutor(serverThreads);
        server.createContext("/v1/chat/completions", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, reply.length);
                exchange.getResponseBody().write(reply);
            } catch (IOException e) {
                // client gone
            }
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
        ChatClient client = ChatClient.create(EndpointProfile.defaults("bench", url, "m"), n -> null);
        ArrayNode messages = JsonNodeFactory.instance.arrayNode();
        messages.addObject().put("role", "system").put("content", "You are a helpful assistant.");
        messages.addObject().put("role", "user").put("content", "What is shown? Answer with a letter.");
        run(client, messages, concurrency, 2, new AtomicLong());
        AtomicLong done = new AtomicLong();
        long start = System.nanoTime();
        run(client, messages, concurrency, seconds, done);
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%d requests in %.1f s with %d in flight: %.0f req/s (%d cores)%n", done.get(),
                elapsed, concurrency, done.get() / elapsed, Runtime.getRuntime().availableProcessors());
        server.stop(0);
        serverThreads.shutdownNow();
        System.exit(0);
    }

    private static void run(ChatClient client, ArrayNode messages, int concurrency, int seconds, AtomicLong done)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        for (int i = 0; i < concurrency; i++) {
            workers.submit(() -> {
                while (System.nanoTime() < deadline) {
                    client.complete(messages.deepCopy(), Cancellation.none());
                    done.incrementAndGet();
                }
                return null;
            });
        }
        workers.shutdown();
        workers.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
    }
}
