package io.pixelstudio.bridge.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.bridge.process.RunStatus;
import io.pixelstudio.bridge.run.RunSpec;
import io.pixelstudio.bridge.run.RunSpecCodec;
import io.pixelstudio.bridge.run.RunSpecException;
import io.pixelstudio.trace.format.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * The runs folder: {@code <root>/<id>/spec.json} (the spec as launched), {@code run.json} (a
 * versioned {@link RunRecord}), plus the trainer's {@code events.log} and {@code stderr.log}. Every
 * file is written atomically; a run folder whose {@code run.json} cannot be read is skipped with a
 * warning, never deleted.
 */
public final class RunRegistry {

    /** The state file in a run folder. */
    public static final String STATE_FILE = "run.json";
    /** The spec file in a run folder. */
    public static final String SPEC_FILE = "spec.json";
    private static final int VERSION = 1;
    private static final Logger LOG = LoggerFactory.getLogger(RunRegistry.class);
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final Path root;
    private final Clock clock;
    private final RunSpecCodec specs = new RunSpecCodec();
    private final ObjectMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public RunRegistry(Path root, Clock clock) {
        this.root = Objects.requireNonNull(root, "root");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The folder holding every run. */
    public Path root() {
        return root;
    }

    /** Creates a run folder for {@code spec} and writes its spec and a first state. */
    public RunRecord create(RunSpec spec) throws IOException {
        Instant now = clock.instant();
        String base = ID_TIME.format(now) + "-" + slug(spec.name());
        Files.createDirectories(root);
        Path folder = root.resolve(base);
        for (int n = 2; Files.exists(folder); n++) {
            folder = root.resolve(base + "-" + n);
        }
        Files.createDirectory(folder);
        specs.write(spec, folder.resolve(SPEC_FILE));
        RunRecord record = new RunRecord(folder.getFileName().toString(), folder, spec.name(), RunStatus.RUNNING,
                OptionalLong.empty(), Optional.empty(), now, Optional.empty(), OptionalInt.empty(), "", List.of());
        save(record);
        return record;
    }

    /** Writes {@code record}'s state file atomically. */
    public void save(RunRecord record) throws IOException {
        ObjectNode json = mapper.createObjectNode();
        json.put("version", VERSION);
        json.put("id", record.id());
        json.put("name", record.name());
        json.put("status", record.status().name().toLowerCase(Locale.ROOT));
        record.pid().ifPresent(pid -> json.put("pid", pid));
        record.processStart().ifPresent(start -> json.put("processStart", start.toString()));
        json.put("created", record.created().toString());
        record.ended().ifPresent(ended -> json.put("ended", ended.toString()));
        record.exitCode().ifPresent(code -> json.put("exitCode", code));
        json.put("lastError", record.lastError());
        ArrayNode tail = json.putArray("logTail");
        record.logTail().forEach(tail::add);
        byte[] bytes = mapper.writeValueAsBytes(json);
        AtomicFiles.write(record.folder().resolve(STATE_FILE), out -> out.write(bytes));
    }

    /** The spec a run was launched with. */
    public RunSpec spec(RunRecord record) throws IOException {
        try {
            return specs.read(record.folder().resolve(SPEC_FILE));
        } catch (RunSpecException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Every readable run, newest first. */
    public List<RunRecord> list() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<RunRecord> records = new ArrayList<>();
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                Path state = folder.resolve(STATE_FILE);
                if (!Files.exists(state)) {
                    continue;
                }
                try {
                    records.add(read(folder));
                } catch (IOException | RuntimeException e) {
                    LOG.warn("{}: not a readable run state, skipped: {}", state, e.getMessage());
                }
            }
        }
        records.sort(Comparator.comparing(RunRecord::created).reversed().thenComparing(RunRecord::id));
        return records;
    }

    /** Reads the run in {@code folder}. */
    public RunRecord read(Path folder) throws IOException {
        Path state = folder.resolve(STATE_FILE);
        JsonNode json = mapper.readTree(state.toFile());
        int version = json.path("version").asInt(-1);
        if (version < 1 || version > VERSION) {
            throw new IOException(state + ": version " + version + " is not one this build reads (1 to " + VERSION + ")");
        }
        List<String> tail = new ArrayList<>();
        json.path("logTail").forEach(line -> tail.add(line.asText()));
        return new RunRecord(
                required(json, "id", state),
                folder,
                json.path("name").asText(""),
                RunStatus.valueOf(required(json, "status", state).toUpperCase(Locale.ROOT)),
                json.has("pid") ? OptionalLong.of(json.get("pid").asLong()) : OptionalLong.empty(),
                json.has("processStart") ? Optional.of(Instant.parse(json.get("processStart").asText())) : Optional.empty(),
                Instant.parse(required(json, "created", state)),
                json.has("ended") ? Optional.of(Instant.parse(json.get("ended").asText())) : Optional.empty(),
                json.has("exitCode") ? OptionalInt.of(json.get("exitCode").asInt()) : OptionalInt.empty(),
                json.path("lastError").asText(""),
                tail);
    }

    private static String required(JsonNode json, String field, Path file) throws IOException {
        JsonNode value = json.get(field);
        if (value == null || !value.isTextual()) {
            throw new IOException(file + ": " + field + ": missing or not a string");
        }
        return value.asText();
    }

    private static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40);
        }
        return slug.isEmpty() ? "run" : slug;
    }
}
