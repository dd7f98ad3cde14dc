package io.pixelstudio.trace.format.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.AtomicFiles;
import io.pixelstudio.trace.format.FormatException;
import io.pixelstudio.trace.format.ReadResult;
import io.pixelstudio.trace.progress.ProgressListener;
import io.pixelstudio.trace.validate.Finding;
import io.pixelstudio.trace.validate.Location;
import io.pixelstudio.trace.validate.Severity;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * Opens and saves a project folder. Reading is forgiving per record — a bad line of
 * {@code traces.jsonl} becomes a located finding and the other traces still load — but strict
 * about {@code project.json}, whose version decides whether this build may touch the folder at all.
 * Saving copies media in first, then replaces {@code traces.jsonl} and {@code project.json} each
 * atomically with a {@code .bak} of the previous version. The clock is injected so that
 * timestamps are reproducible in tests.
 */
public final class StudioProject {

    /** File name of the manifest. */
    public static final String MANIFEST = "project.json";
    /** File name of the trace records. */
    public static final String TRACES = "traces.jsonl";

    /** A line that is not JSON. */
    public static final String RULE_MALFORMED_JSON = "project.line.malformed-json";
    /** A JSON line that is not a valid studio trace record. */
    public static final String RULE_INVALID_RECORD = "project.record.invalid";
    /** Two records with one id. */
    public static final String RULE_DUPLICATE_ID = "project.trace.duplicate-id";
    /** A project.json without traces.jsonl. */
    public static final String RULE_TRACES_MISSING = "project.traces.missing";

    private final Clock clock;
    private final ProjectManifestCodec manifestCodec = new ProjectManifestCodec();
    private final StudioTraceCodec traceCodec = new StudioTraceCodec();
    private final ObjectMapper mapper = StudioJson.newMapper();

    public StudioProject(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The project folder named by {@code path}: the folder itself, or the folder of its project.json. */
    public static Path folderOf(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.getFileName() != null && absolute.getFileName().toString().equals(MANIFEST)
                && !Files.isDirectory(absolute) ? absolute.getParent() : absolute;
    }

    /**
     * Reads the project at {@code path} (its folder or its project.json).
     *
     * @throws ProjectFormatException when project.json is missing, malformed or of another version
     */
    public ProjectContents read(Path path, ProgressListener progress) throws IOException {
        Objects.requireNonNull(progress, "progress");
        Path folder = folderOf(path);
        Path manifestFile = folder.resolve(MANIFEST);
        if (!Files.isRegularFile(manifestFile)) {
            throw new ProjectFormatException(manifestFile, "not found; a studio project folder holds a " + MANIFEST);
        }
        ProjectManifest manifest = manifestCodec.read(manifestFile);
        Path tracesFile = folder.resolve(TRACES);
        List<Trace> traces = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<UnreadableLine> unreadable = new ArrayList<>();
        if (!Files.exists(tracesFile)) {
            findings.add(new Finding(Severity.WARNING, RULE_TRACES_MISSING, Location.ofFile(tracesFile),
                    "the project has no " + TRACES + "; it opens with no traces"));
            return new ProjectContents(folder, manifest, new ReadResult(traces, findings), unreadable);
        }
        progress.start("Reading " + tracesFile.getFileName(), Files.size(tracesFile));
        Set<String> ids = new HashSet<>();
        long bytes = 0;
        try (BufferedReader reader = Files.newBufferedReader(tracesFile, StandardCharsets.UTF_8)) {
            String line;
            long lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                bytes += line.getBytes(StandardCharsets.UTF_8).length + 1L;
                if (progress.isCancelled()) {
                    throw new CancellationException("reading " + tracesFile + " cancelled at line " + lineNumber);
                }
                if (!line.isBlank()) {
                    readLine(line, lineNumber, tracesFile, manifest.name(), traces, findings, unreadable, ids);
                }
                progress.progress(bytes);
            }
        }
        progress.finish();
        return new ProjectContents(folder, manifest, new ReadResult(traces, findings), unreadable);
    }

    private void readLine(String line, long lineNumber, Path file, String source, List<Trace> traces,
                          List<Finding> findings, List<UnreadableLine> unreadable, Set<String> ids) {
        Location at = Location.ofFile(file).atLine(lineNumber);
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            String column = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
            findings.add(new Finding(Severity.ERROR, RULE_MALFORMED_JSON, at,
                    "line is not valid JSON" + column + ": " + e.getOriginalMessage()));
            unreadable.add(new UnreadableLine(lineNumber, line));
            return;
        }
        try {
            Trace trace = traceCodec.decode(node, traces.size(), source);
            if (!ids.add(trace.id())) {
                findings.add(new Finding(Severity.WARNING, RULE_DUPLICATE_ID, at.inTrace(trace.id()),
                        "trace id '" + trace.id() + "' was already used by an earlier line; both are loaded"));
            }
            traces.add(trace);
        } catch (FormatException e) {
            Location where = at;
            JsonNode id = node.get("id");
            if (id != null && id.isTextual()) {
                where = where.inTrace(id.textValue());
            }
            if (!e.field().isEmpty()) {
                where = where.atField(e.field());
            }
            findings.add(new Finding(Severity.ERROR, RULE_INVALID_RECORD, where, e.getMessage()));
            unreadable.add(new UnreadableLine(lineNumber, line));
        }
    }

    /**
     * Saves {@code traces} into the project folder {@code folder}, keeping its manifest's name,
     * creation time and settings when one exists, or creating one named after the folder.
     *
     * @param mediaBase folder that relative media paths of {@code traces} are resolved against
     */
    public SaveReport save(List<Trace> traces, Path folder, Path mediaBase, ProgressListener progress)
            throws IOException {
        Path manifestFile = folderOf(folder).resolve(MANIFEST);
        ProjectManifest manifest = Files.isRegularFile(manifestFile)
                ? manifestCodec.read(manifestFile)
                : ProjectManifest.create(folderOf(folder).getFileName().toString(), clock.instant());
        return save(manifest, traces, List.of(), folder, mediaBase, progress);
    }

    /**
     * Saves a project: media first, then {@code traces.jsonl} (the traces, then the kept unreadable
     * lines verbatim), then {@code project.json} with {@code modified} set from the clock. Every
     * media path is checked before anything is copied: one that escapes {@code mediaBase} stops the
     * save with a {@link MediaImportException} and leaves the folder as it was.
     */
    public SaveReport save(ProjectManifest manifest, List<Trace> traces, List<UnreadableLine> keep, Path folder,
                           Path mediaBase, ProgressListener progress) throws IOException {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(traces, "traces");
        Objects.requireNonNull(keep, "keep");
        Objects.requireNonNull(mediaBase, "mediaBase");
        Objects.requireNonNull(progress, "progress");
        Path dir = folderOf(folder);
        Files.createDirectories(dir);
        MediaImporter importer = new MediaImporter(dir, manifest.mediaFolder(), mediaBase);
        for (Trace trace : traces) {
            importer.check(trace);
        }
        progress.start("Copying media", traces.size());
        List<Trace> rewritten = new ArrayList<>(traces.size());
        for (Trace trace : traces) {
            checkCancelled(progress);
            rewritten.add(importer.rewrite(trace));
            progress.progress(rewritten.size());
        }
        progress.finish();
        progress.start("Writing " + TRACES, traces.size());
        AtomicFiles.write(dir.resolve(TRACES), out -> {
            long done = 0;
            for (Trace trace : rewritten) {
                checkCancelled(progress);
                out.write(mapper.writeValueAsBytes(traceCodec.encode(trace)));
                out.write('\n');
                progress.progress(++done);
            }
            for (UnreadableLine line : keep) {
                out.write((line.text() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        });
        progress.finish();
        ProjectManifest saved = manifest.modifiedAt(clock.instant());
        AtomicFiles.write(dir.resolve(MANIFEST), out -> manifestCodec.write(saved, out));
        return importer.report();
    }

    private static void checkCancelled(ProgressListener progress) {
        if (progress.isCancelled()) {
            throw new CancellationException("project save cancelled; the previous files are unchanged");
        }
    }
}
