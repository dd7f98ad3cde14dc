package io.pixelstudio.app.cli;

import io.pixelstudio.bridge.endpoint.AgentLimits;
import io.pixelstudio.bridge.endpoint.ChatClient;
import io.pixelstudio.bridge.endpoint.Decoding;
import io.pixelstudio.bridge.endpoint.EndpointException;
import io.pixelstudio.bridge.endpoint.EndpointProfile;
import io.pixelstudio.bridge.endpoint.EndpointProfiles;
import io.pixelstudio.bridge.endpoint.KeySource;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * Endpoint options shared by {@code ask}, {@code eval} and {@code probe}: a saved profile and/or a
 * URL and model, with per-run overrides of decoding and limits. The API key is only ever named
 * ({@code --api-key-env VAR}); it is read from the environment and never written anywhere.
 */
final class EndpointOptions {

    @Option(names = "--profile", paramLabel = "NAME", description = "A saved endpoint profile (see --save-profile).")
    String profile;

    @Option(names = {"--endpoint", "--url"}, paramLabel = "URL",
            description = "OpenAI-compatible base URL, e.g. http://localhost:8000/v1 (vLLM, SGLang, LM Studio, Ollama).")
    String url;

    @Option(names = "--model", paramLabel = "NAME", description = "Served model name.")
    String model;

    @Option(names = "--api-key-env", paramLabel = "VAR", description = "Environment variable holding the API key.")
    String apiKeyEnv;

    @Option(names = "--temperature", paramLabel = "T", description = "Sampling temperature (default 0: greedy).")
    Double temperature;

    @Option(names = "--top-p", paramLabel = "P", description = "Nucleus sampling mass (default 1).")
    Double topP;

    @Option(names = "--max-tokens", paramLabel = "N", description = "Most tokens per reply (default 8192).")
    Integer maxTokens;

    @Option(names = "--seed", paramLabel = "N", description = "Server-side sampling seed.")
    Long seed;

    @Option(names = "--max-calls", paramLabel = "N", description = "Most tool calls per question (default 4, the reference's).")
    Integer maxCalls;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Longest one request may take (default 600).")
    Long timeoutSeconds;

    @Option(names = "--save-profile", paramLabel = "NAME", description = "Save these endpoint settings as a profile.")
    String saveAs;

    @Option(names = "--profiles-dir", paramLabel = "DIR", hidden = true, description = "Folder of endpoint profiles.")
    Path profilesDir;

    EndpointProfiles profiles() {
        return new EndpointProfiles(profilesDir != null ? profilesDir : EndpointProfiles.defaultFolder());
    }

    /** The profile these options describe (saved first when {@code --save-profile} is given). */
    EndpointProfile resolve() throws IOException {
        EndpointProfile p;
        if (profile != null) {
            p = profiles().load(profile).orElseThrow(() -> new CliUserException("no endpoint profile '" + profile
                    + "' in " + profiles().folder()));
            if (url != null || model != null) {
                p = new EndpointProfile(p.name(), url != null ? url : p.baseUrl(), model != null ? model : p.model(),
                        p.keySource(), p.systemPrompt(), p.promptSuffix(), p.inputBounds(), p.cropBounds(), p.decoding(),
                        p.limits(), p.timeout());
            }
        } else if (url != null && model != null) {
            p = EndpointProfile.defaults(saveAs != null ? saveAs : "command-line", url, model);
        } else {
            throw new CliUserException("give --profile NAME, or --endpoint URL and --model NAME");
        }
        if (apiKeyEnv != null) {
            p = p.withKeySource(KeySource.env(apiKeyEnv));
        }
        Decoding d = p.decoding();
        p = p.withDecoding(new Decoding(temperature != null ? temperature : d.temperature(), topP != null ? topP : d.topP(),
                maxTokens != null ? maxTokens : d.maxTokens(), seed != null ? OptionalLong.of(seed) : d.seed()));
        if (maxCalls != null) {
            AgentLimits l = p.limits();
            p = p.withLimits(new AgentLimits(maxCalls, l.maxImages(), l.maxTotalTokens()));
        }
        if (timeoutSeconds != null) {
            p = p.withTimeout(Duration.ofSeconds(timeoutSeconds));
        }
        if (saveAs != null) {
            EndpointProfile named = new EndpointProfile(saveAs, p.baseUrl(), p.model(), p.keySource(), p.systemPrompt(),
                    p.promptSuffix(), p.inputBounds(), p.cropBounds(), p.decoding(), p.limits(), p.timeout());
            profiles().save(named);
            p = named;
        }
        return p;
    }

    /** A client for {@code profile}, the key read from the environment. */
    static ChatClient client(EndpointProfile profile) {
        try {
            return ChatClient.create(profile, System::getenv);
        } catch (EndpointException e) {
            throw new CliUserException(e.getMessage());
        }
    }
}
