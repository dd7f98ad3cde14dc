package io.pixelstudio.bridge.endpoint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.format.AtomicFiles;
import io.pixelstudio.trace.format.project.StudioJson;
import io.pixelstudio.trace.ops.PixelBounds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Endpoint profiles as versioned JSON files, one per profile ({@code NAME.endpoint.json}) in the
 * user's config folder. The file holds the key's source (an environment variable's name), never a
 * key. Saves are atomic; a file of a newer version or with a bad field is refused with the file
 * and field named.
 */
public final class EndpointProfiles {

    /** The {@code version} this build reads and writes. */
    public static final int VERSION = 1;
    /** File name suffix of a profile. */
    public static final String SUFFIX = ".endpoint.json";

    private final Path folder;
    private final JsonMapper mapper = StudioJson.newMapper();

    /** Profiles kept in {@code folder} (created on first save). */
    public EndpointProfiles(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    /** The default folder: {@code $XDG_CONFIG_HOME/pixelstudio/endpoints}, else {@code ~/.config/pixelstudio/endpoints}. */
    public static Path defaultFolder() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("pixelstudio").resolve("endpoints");
    }

    public Path folder() {
        return folder;
    }

    /** The file of profile {@code name}. */
    public Path fileOf(String name) {
        return folder.resolve(name + SUFFIX);
    }

    /** Saves {@code profile} atomically, replacing one of the same name. */
    public void save(EndpointProfile profile) throws IOException {
        Objects.requireNonNull(profile, "profile");
        Files.createDirectories(folder);
        byte[] bytes = mapper.writer(StudioJson.prettyPrinter()).writeValueAsBytes(encode(profile));
        AtomicFiles.write(fileOf(profile.name()), out -> {
            out.write(bytes);
            out.write('\n');
        });
    }

    /** The profile named {@code name}, or empty when there is none. */
    public Optional<EndpointProfile> load(String name) throws IOException {
        Path file = fileOf(name);
        return Files.isRegularFile(file) ? Optional.of(read(file)) : Optional.empty();
    }

    /** The names of the saved profiles, sorted. */
    public List<String> names() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(SUFFIX))
                    .map(n -> n.substring(0, n.length() - SUFFIX.length())).sorted().forEach(names::add);
        }
        return names;
    }

    /** Reads one profile file. */
    public EndpointProfile read(Path file) throws IOException {
        JsonNode root = mapper.readTree(Files.readString(file, StandardCharsets.UTF_8));
        if (root == null || !root.isObject()) {
            throw new IOException(file + ": not an endpoint profile (expected a JSON object)");
        }
        int version = root.path("version").asInt(-1);
        if (version != VERSION) {
            throw new IOException(file + " field version: version " + version + " cannot be read by this build, which reads "
                    + VERSION + (version > VERSION ? " (written by a newer studio)" : ""));
        }
        try {
            return decode(root);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    ObjectNode encode(EndpointProfile p) {
        ObjectNode node = mapper.createObjectNode();
        node.put("version", VERSION);
        node.put("name", p.name());
        node.put("baseUrl", p.baseUrl());
        node.put("model", p.model());
        if (p.keySource().envVariable().isPresent()) {
            node.put("apiKeyEnv", p.keySource().envVariable().get());
        } else {
            node.putNull("apiKeyEnv");
        }
        node.put("systemPrompt", p.systemPrompt());
        node.put("promptSuffix", p.promptSuffix());
        bounds(node.putObject("inputPixels"), p.inputBounds());
        bounds(node.putObject("cropPixels"), p.cropBounds());
        ObjectNode decoding = node.putObject("decoding");
        decoding.put("temperature", p.decoding().temperature());
        decoding.put("topP", p.decoding().topP());
        decoding.put("maxTokens", p.decoding().maxTokens());
        if (p.decoding().seed().isPresent()) {
            decoding.put("seed", p.decoding().seed().getAsLong());
        } else {
            decoding.putNull("seed");
        }
        ObjectNode limits = node.putObject("limits");
        limits.put("maxCalls", p.limits().maxCalls());
        limits.put("maxImages", p.limits().maxImages());
        limits.put("maxTotalTokens", p.limits().maxTotalTokens());
        node.put("timeoutSeconds", p.timeout().toSeconds());
        return node;
    }

    private static void bounds(ObjectNode node, PixelBounds b) {
        node.put("min", b.minPixels());
        node.put("max", b.maxPixels());
    }

    private static EndpointProfile decode(JsonNode n) throws IOException {
        JsonNode key = n.path("apiKeyEnv");
        KeySource keySource = key.isTextual() ? KeySource.env(key.textValue()) : KeySource.NONE;
        JsonNode d = n.path("decoding");
        JsonNode seed = d.path("seed");
        Decoding decoding = new Decoding(d.path("temperature").asDouble(Decoding.GREEDY.temperature()),
                d.path("topP").asDouble(Decoding.GREEDY.topP()), d.path("maxTokens").asInt(Decoding.GREEDY.maxTokens()),
                seed.isIntegralNumber() ? OptionalLong.of(seed.asLong()) : OptionalLong.empty());
        JsonNode l = n.path("limits");
        AgentLimits limits = new AgentLimits(l.path("maxCalls").asInt(AgentLimits.REFERENCE.maxCalls()),
                l.path("maxImages").asInt(AgentLimits.REFERENCE.maxImages()),
                l.path("maxTotalTokens").asInt(AgentLimits.REFERENCE.maxTotalTokens()));
        EndpointProfile base = EndpointProfile.defaults(text(n, "name"), text(n, "baseUrl"), text(n, "model"));
        return new EndpointProfile(base.name(), base.baseUrl(), base.model(), keySource,
                n.path("systemPrompt").isTextual() ? n.path("systemPrompt").textValue() : base.systemPrompt(),
                n.path("promptSuffix").isTextual() ? n.path("promptSuffix").textValue() : base.promptSuffix(),
                bounds(n.path("inputPixels"), base.inputBounds()), bounds(n.path("cropPixels"), base.cropBounds()),
                decoding, limits, Duration.ofSeconds(n.path("timeoutSeconds").asLong(base.timeout().toSeconds())));
    }

    private static String text(JsonNode n, String field) throws IOException {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new IOException("field " + field + ": missing or not a string");
        }
        return v.textValue();
    }

    private static PixelBounds bounds(JsonNode n, PixelBounds fallback) {
        return n.isObject() ? new PixelBounds(n.path("min").asLong(), n.path("max").asLong()) : fallback;
    }
}
