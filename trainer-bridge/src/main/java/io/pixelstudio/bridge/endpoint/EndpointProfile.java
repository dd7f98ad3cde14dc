package io.pixelstudio.bridge.endpoint;

import io.pixelstudio.trace.format.pixelreasoner.PromptSuffix;
import io.pixelstudio.trace.format.pixelreasoner.ReferenceSystemPrompt;
import io.pixelstudio.trace.ops.PixelBounds;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything needed to drive one served checkpoint: where it is, how to authenticate (by reference
 * only, see {@link KeySource}), the system prompt, the pixel bounds images are resized within before
 * they are sent, decoding, the loop's limits and the request timeout. Saved by
 * {@link EndpointProfiles}; recorded in the provenance of every run made with it.
 *
 * @param name         the profile's name (file name in the config folder)
 * @param baseUrl      the OpenAI-compatible base, e.g. {@code http://localhost:8000/v1}
 * @param model        the served model name sent as {@code model}
 * @param keySource    where the API key comes from
 * @param systemPrompt the system message (default: the reference's, with its tool block)
 * @param promptSuffix text appended to every question (default: the reported runs' {@code vcot} template,
 *                     {@code "\n\n" + template}, as {@code prompts_dataset.py} appends it)
 * @param inputBounds  bounds the question's images are smart-resized within
 * @param cropBounds   bounds zoom-in results are smart-resized within
 * @param decoding     sampling settings
 * @param limits       when the loop stops calling tools
 * @param timeout      the longest one request may take
 */
public record EndpointProfile(String name, String baseUrl, String model, KeySource keySource, String systemPrompt,
                              String promptSuffix,
                              PixelBounds inputBounds, PixelBounds cropBounds, Decoding decoding,
                              AgentLimits limits, Duration timeout) {

    /** Ten minutes: a long reasoning reply on a busy server. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

    public EndpointProfile {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("profile name must use letters, digits, '.', '_' or '-': '" + name + "'");
        }
        Objects.requireNonNull(baseUrl, "baseUrl");
        URI uri = URI.create(baseUrl);
        if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                || uri.getHost() == null) {
            throw new IllegalArgumentException("base URL must be http(s)://host[:port]/path, got '" + baseUrl + "'");
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        Objects.requireNonNull(model, "model");
        if (model.isBlank()) {
            throw new IllegalArgumentException("model name is empty");
        }
        Objects.requireNonNull(keySource, "keySource");
        Objects.requireNonNull(systemPrompt, "systemPrompt");
        Objects.requireNonNull(promptSuffix, "promptSuffix");
        Objects.requireNonNull(inputBounds, "inputBounds");
        Objects.requireNonNull(cropBounds, "cropBounds");
        Objects.requireNonNull(decoding, "decoding");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
    }

    /**
     * A profile with the reference evaluation's defaults: its system prompt, evaluation pixel bounds
     * (inputs 256–8000 tokens, crops 256–5120), greedy decoding, its limits, no key.
     */
    public static EndpointProfile defaults(String name, String baseUrl, String model) {
        return new EndpointProfile(name, baseUrl, model, KeySource.NONE, ReferenceSystemPrompt.TEXT, PromptSuffix.VCOT.appended(),
                PixelBounds.EVAL_INPUT, PixelBounds.EVAL_CROP, Decoding.GREEDY, AgentLimits.REFERENCE, DEFAULT_TIMEOUT);
    }

    /** The chat-completions URL. */
    public String chatUrl() {
        return baseUrl + "/chat/completions";
    }

    public EndpointProfile withKeySource(KeySource value) {
        return new EndpointProfile(name, baseUrl, model, value, systemPrompt, promptSuffix, inputBounds, cropBounds, decoding, limits, timeout);
    }

    public EndpointProfile withPrompts(String system, String suffix) {
        return new EndpointProfile(name, baseUrl, model, keySource, system, suffix, inputBounds, cropBounds, decoding, limits, timeout);
    }

    public EndpointProfile withDecoding(Decoding value) {
        return new EndpointProfile(name, baseUrl, model, keySource, systemPrompt, promptSuffix, inputBounds, cropBounds, value, limits, timeout);
    }

    public EndpointProfile withLimits(AgentLimits value) {
        return new EndpointProfile(name, baseUrl, model, keySource, systemPrompt, promptSuffix, inputBounds, cropBounds, decoding, value, timeout);
    }

    public EndpointProfile withTimeout(Duration value) {
        return new EndpointProfile(name, baseUrl, model, keySource, systemPrompt, promptSuffix, inputBounds, cropBounds, decoding, limits, value);
    }

    public EndpointProfile withBounds(PixelBounds input, PixelBounds crop) {
        return new EndpointProfile(name, baseUrl, model, keySource, systemPrompt, promptSuffix, input, crop, decoding, limits, timeout);
    }

    /** The pixel bounds as written in provenance. */
    public String describeBounds() {
        return "input min_pixels=" + inputBounds.minPixels() + " max_pixels=" + inputBounds.maxPixels()
                + "; crop min_pixels=" + cropBounds.minPixels() + " max_pixels=" + cropBounds.maxPixels();
    }
}
