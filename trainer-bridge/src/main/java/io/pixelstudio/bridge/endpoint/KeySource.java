package io.pixelstudio.bridge.endpoint;

import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where an endpoint's API key comes from. A profile stores only the <em>name</em> of an
 * environment variable, never the key, so profile files can be shared and committed. (An OS
 * keyring was considered; the Java keyring libraries need a desktop secret service over D-Bus,
 * which headless training machines and CI lack, so the environment is the one source that works
 * everywhere.)
 *
 * @param envVariable the environment variable holding the key, or empty for an endpoint without auth
 */
public record KeySource(Optional<String> envVariable) {

    /** No key: local servers (vLLM, Ollama) usually need none. */
    public static final KeySource NONE = new KeySource(Optional.empty());

    public KeySource {
        Objects.requireNonNull(envVariable, "envVariable");
        envVariable.ifPresent(name -> {
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException("not an environment variable name: '" + name + "'");
            }
        });
    }

    /** The key read from the variable named {@code name}. */
    public static KeySource env(String name) {
        return new KeySource(Optional.of(name));
    }

    /**
     * The key, looked up through {@code environment} (normally {@code System::getenv}).
     *
     * @throws EndpointException when the variable is named but not set
     */
    public Optional<String> resolve(UnaryOperator<String> environment, String url) {
        if (envVariable.isEmpty()) {
            return Optional.empty();
        }
        String value = environment.apply(envVariable.get());
        if (value == null || value.isBlank()) {
            throw new EndpointException(EndpointException.Kind.UNAUTHORIZED, url, -1,
                    "the API key variable " + envVariable.get() + " is not set in the environment");
        }
        return Optional.of(value.strip());
    }
}
