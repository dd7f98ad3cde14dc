package io.pixelstudio.bridge.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Sends a conversation to an OpenAI-compatible {@code /chat/completions} endpoint and returns the
 * reply, whole or streamed (server-sent events). Every failure is an {@link EndpointException}
 * typed by cause (refused, 401/403, 404, other 4xx, 5xx, timeout, malformed body, cancelled) that
 * names the URL and status. Thread-safe: one client serves a whole concurrent benchmark run over
 * one connection pool.
 */
public final class ChatClient {

    private final HttpClient http;
    private final EndpointProfile profile;
    private final Optional<String> apiKey;
    private final ObjectMapper mapper = new ObjectMapper();
    private final ReplyParser replies = new ReplyParser(mapper);

    /**
     * @param http    the JDK client (share one: it pools connections)
     * @param profile where to send and how to decode
     * @param apiKey  the bearer token, already resolved
     */
    public ChatClient(HttpClient http, EndpointProfile profile, Optional<String> apiKey) {
        this.http = Objects.requireNonNull(http, "http");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
    }

    /** A client for {@code profile} with its own HTTP/1.1 connection pool, the key read through {@code environment}. */
    public static ChatClient create(EndpointProfile profile, UnaryOperator<String> environment) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(profile.timeout().compareTo(java.time.Duration.ofSeconds(30)) < 0
                        ? profile.timeout() : java.time.Duration.ofSeconds(30))
                .build();
        return new ChatClient(http, profile, profile.keySource().resolve(environment, profile.chatUrl()));
    }

    public EndpointProfile profile() {
        return profile;
    }

    /** The whole reply to {@code messages} (OpenAI message objects). */
    public ChatReply complete(ArrayNode messages, Cancellation cancellation) {
        HttpRequest request = request(body(messages, false));
        HttpResponse<String> response = await(http.sendAsync(request,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)), cancellation);
        check(response.statusCode(), response.body());
        return replies.parseCompletion(profile.chatUrl(), response.statusCode(), response.body());
    }

    /** The reply to {@code messages}, streamed: {@code onDelta} gets each piece of text as it arrives. */
    public ChatReply stream(ArrayNode messages, Consumer<String> onDelta, Cancellation cancellation) {
        Objects.requireNonNull(onDelta, "onDelta");
        HttpRequest request = request(body(messages, true));
        long deadline = System.nanoTime() + profile.timeout().toNanos();
        HttpResponse<InputStream> response = await(http.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream()),
                cancellation);
        try (InputStream in = response.body();
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            if (response.statusCode() != 200) {
                check(response.statusCode(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            return new SseReader(replies, profile.chatUrl()).read(reader, onDelta, () -> {
                if (cancellation.isCancelled()) {
                    throw new EndpointException(EndpointException.Kind.CANCELLED, profile.chatUrl(), 200, "stopped while streaming");
                }
                if (System.nanoTime() > deadline) {
                    throw new EndpointException(EndpointException.Kind.TIMEOUT, profile.chatUrl(), 200,
                            "stream not finished within " + profile.timeout().toSeconds() + " s");
                }
            });
        } catch (IOException e) {
            if (cancellation.isCancelled()) {
                throw new EndpointException(EndpointException.Kind.CANCELLED, profile.chatUrl(), 200, "stopped while streaming", e);
            }
            throw new EndpointException(EndpointException.Kind.SERVER_ERROR, profile.chatUrl(), 200,
                    "stream broke off: " + e.getMessage(), e);
        }
    }

    private HttpRequest request(String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(profile.chatUrl()))
                .timeout(profile.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        apiKey.ifPresent(key -> builder.header("Authorization", "Bearer " + key));
        return builder.build();
    }

    String body(ArrayNode messages, boolean stream) {
        ObjectNode body = mapper.createObjectNode();
        body.put("model", profile.model());
        body.set("messages", Objects.requireNonNull(messages, "messages"));
        Decoding d = profile.decoding();
        body.put("temperature", d.temperature());
        body.put("top_p", d.topP());
        body.put("max_tokens", d.maxTokens());
        d.seed().ifPresent(seed -> body.put("seed", seed));
        if (stream) {
            body.put("stream", true);
            body.putObject("stream_options").put("include_usage", true);
        }
        try {
            return mapper.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the request body", e);
        }
    }

    private <T> HttpResponse<T> await(CompletableFuture<HttpResponse<T>> future, Cancellation cancellation) {
        String url = profile.chatUrl();
        cancellation.register(future);
        try {
            return future.get(profile.timeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (CancellationException e) {
            throw new EndpointException(EndpointException.Kind.CANCELLED, url, -1, "stopped before the reply", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new EndpointException(EndpointException.Kind.CANCELLED, url, -1, "interrupted", e);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw timeout(url, e);
        } catch (ExecutionException e) {
            if (cancellation.isCancelled()) {
                throw new EndpointException(EndpointException.Kind.CANCELLED, url, -1, "stopped before the reply", e);
            }
            throw translate(url, e.getCause());
        } finally {
            cancellation.release(future);
        }
    }

    private EndpointException timeout(String url, Throwable cause) {
        return new EndpointException(EndpointException.Kind.TIMEOUT, url, -1,
                "no reply within " + profile.timeout().toMillis() + " ms", cause);
    }

    private EndpointException translate(String url, Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && !(root instanceof ConnectException) && !(root instanceof HttpTimeoutException)) {
            root = root.getCause();
        }
        if (root instanceof HttpTimeoutException || cause instanceof HttpTimeoutException) {
            return timeout(url, cause);
        }
        if (root instanceof ConnectException || root instanceof UnresolvedAddressException) {
            return new EndpointException(EndpointException.Kind.REFUSED, url, -1,
                    "connection refused — is the server running at this address?", cause);
        }
        return new EndpointException(EndpointException.Kind.SERVER_ERROR, url, -1,
                "connection failed: " + cause, cause);
    }

    private void check(int status, String body) {
        if (status == 200) {
            return;
        }
        String url = profile.chatUrl();
        String detail = replies.errorDetail(body);
        EndpointException.Kind kind;
        if (status == 401 || status == 403) {
            kind = EndpointException.Kind.UNAUTHORIZED;
            detail = (apiKey.isEmpty() ? "no API key was sent; " : "the API key was refused; ") + detail;
        } else if (status == 404) {
            kind = EndpointException.Kind.NOT_FOUND;
            detail = "model '" + profile.model() + "': " + detail;
        } else if (status == 429 || status >= 500) {
            kind = EndpointException.Kind.SERVER_ERROR;
        } else if (status >= 400) {
            kind = EndpointException.Kind.BAD_REQUEST;
        } else {
            kind = EndpointException.Kind.MALFORMED;
            detail = "unexpected status; " + detail;
        }
        throw new EndpointException(kind, url, status, detail);
    }

    /** Reads a whole JSON body, for the connection test's {@code /models} call. */
    JsonNode getJson(String url, Cancellation cancellation) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(profile.timeout()).GET();
        apiKey.ifPresent(key -> builder.header("Authorization", "Bearer " + key));
        HttpResponse<String> response = await(http.sendAsync(builder.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)), cancellation);
        check(response.statusCode(), response.body());
        return replies.readJson(url, response.statusCode(), response.body());
    }
}
