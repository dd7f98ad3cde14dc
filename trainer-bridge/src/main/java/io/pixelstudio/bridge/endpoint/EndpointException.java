package io.pixelstudio.bridge.endpoint;

import java.util.Objects;

/**
 * A request to a model endpoint that failed, typed by what the user can do about it. The message
 * always names the URL and, when there was a response, its HTTP status.
 */
public final class EndpointException extends RuntimeException {

    /** What went wrong. */
    public enum Kind {
        /** Nothing listens at the address (connection refused, unknown host). */
        REFUSED(true),
        /** 401/403: missing or wrong API key. */
        UNAUTHORIZED(false),
        /** 404: wrong base URL or a model name the server does not serve. */
        NOT_FOUND(false),
        /** Another 4xx: the server rejected the request (too many tokens, bad parameter). */
        BAD_REQUEST(false),
        /** 5xx or 429: the server failed or is overloaded; worth retrying. */
        SERVER_ERROR(true),
        /** No complete reply within the timeout; worth retrying. */
        TIMEOUT(true),
        /** The server answered 200 with a body that is not a chat completion. */
        MALFORMED(false),
        /** The caller stopped the request. */
        CANCELLED(false);

        private final boolean retryable;

        Kind(boolean retryable) {
            this.retryable = retryable;
        }

        /** True for failures a retry with backoff may fix. */
        public boolean retryable() {
            return retryable;
        }
    }

    private final Kind kind;
    private final String url;
    private final int status;

    /**
     * @param status the HTTP status, or -1 when no response arrived
     */
    public EndpointException(Kind kind, String url, int status, String detail) {
        this(kind, url, status, detail, null);
    }

    public EndpointException(Kind kind, String url, int status, String detail, Throwable cause) {
        super(describe(kind, url, status, detail), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.url = Objects.requireNonNull(url, "url");
        this.status = status;
    }

    private static String describe(Kind kind, String url, int status, String detail) {
        String what = switch (kind) {
            case REFUSED -> "cannot connect";
            case UNAUTHORIZED -> "not authorised";
            case NOT_FOUND -> "not found (check the base URL and the model name)";
            case BAD_REQUEST -> "request rejected";
            case SERVER_ERROR -> "server error";
            case TIMEOUT -> "timed out";
            case MALFORMED -> "malformed reply";
            case CANCELLED -> "cancelled";
        };
        return what + ": " + url + (status >= 0 ? " (HTTP " + status + ")" : "") + (detail.isEmpty() ? "" : ": " + detail);
    }

    public Kind kind() {
        return kind;
    }

    public String url() {
        return url;
    }

    /** The HTTP status, or -1 when no response arrived. */
    public int status() {
        return status;
    }

    /** True when retrying may help. */
    public boolean retryable() {
        return kind.retryable();
    }
}
