package io.pixelstudio.trace.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.format.project.StudioJson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an export wrote and what it left out, shown after the export (dialog, command line) and
 * kept as {@code export-summary.json} in the output folder so a training run can be traced back to
 * the curation that produced it. Paths in the JSON are relative to the output folder.
 *
 * @param selection    how the traces were chosen
 * @param matched      traces the selection matched
 * @param written      traces written (to every format)
 * @param outDir       the output folder
 * @param files        one entry per format written
 * @param mediaCopied  media files copied into the output folder
 * @param mediaKept    media files that were there already with the same content
 * @param skipped      traces left out, with the reason
 */
public record ExportSummary(String selection, int matched, int written, Path outDir, List<FormatFile> files,
                            int mediaCopied, int mediaKept, List<Skipped> skipped) {

    /** The summary's file name in the output folder. */
    public static final String FILE_NAME = "export-summary.json";
    /** Version of the summary JSON. */
    public static final int VERSION = 1;

    public ExportSummary {
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(outDir, "outDir");
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
    }

    /** One data file written. */
    public record FormatFile(String format, String file, int traces) {
    }

    /** One trace left out. */
    public record Skipped(String traceId, String reason) {
    }

    /** The summary as JSON (version, selection, counts, files, skipped). */
    public ObjectNode toJson() {
        ObjectMapper mapper = StudioJson.newMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("version", VERSION);
        root.put("selection", selection);
        root.put("matched", matched);
        root.put("written", written);
        ArrayNode formats = root.putArray("files");
        for (FormatFile f : files) {
            formats.addObject().put("format", f.format()).put("file", f.file()).put("traces", f.traces());
        }
        root.putObject("media").put("copied", mediaCopied).put("alreadyThere", mediaKept);
        ArrayNode left = root.putArray("skipped");
        for (Skipped s : skipped) {
            left.addObject().put("id", s.traceId()).put("reason", s.reason());
        }
        return root;
    }

    /** Human-readable lines, as the command line prints them and the dialog shows them. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add("selection: " + selection + " — " + matched + " trace(s) matched, " + written + " written, "
                + skipped.size() + " skipped");
        for (FormatFile f : files) {
            out.add("  " + f.format() + ": " + outDir.resolve(f.file()) + " (" + f.traces() + " trace(s))");
        }
        out.add("  media: " + mediaCopied + " file(s) copied, " + mediaKept + " already there");
        out.add("  summary: " + outDir.resolve(FILE_NAME));
        for (Skipped s : skipped) {
            out.add("  skipped " + s.traceId() + ": " + s.reason());
        }
        return out;
    }
}
