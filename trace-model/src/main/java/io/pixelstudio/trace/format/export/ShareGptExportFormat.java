package io.pixelstudio.trace.format.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.AtomicFiles;
import io.pixelstudio.trace.format.project.StudioJson;
import io.pixelstudio.trace.progress.ProgressListener;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;

/**
 * Export for LLaMA-Factory (id {@code sharegpt}): one JSON list, pretty-printed like its
 * {@code mllm_demo.json}, to be registered in {@code dataset_info.json} with
 * {@code "formatting": "sharegpt"} and the OpenAI role tags (docs/exports.md has the entry). Every
 * trace is encoded before anything is written, so one bad trace leaves no partial file.
 */
public final class ShareGptExportFormat extends ExportOnlyFormat {

    /** The format id. */
    public static final String ID = "sharegpt";

    private final ExportOptions options;
    private final ShareGptEncoder encoder;
    private final ObjectMapper mapper = StudioJson.newMapper();

    /** For {@link java.util.ServiceLoader}: {@link ExportOptions#defaults()}. */
    public ShareGptExportFormat() {
        this(ExportOptions.defaults());
    }

    public ShareGptExportFormat(ExportOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.encoder = new ShareGptEncoder(options);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "LLaMA-Factory multimodal ShareGPT JSON (messages + <image>/<video> placeholders), export only";
    }

    @Override
    public void write(List<Trace> traces, Path out, Path mediaBase, ProgressListener progress) throws IOException {
        ExportMedia media = new ExportMedia(options.paths(), mediaBase);
        List<ObjectNode> records = new ArrayList<>(traces.size());
        progress.start("Exporting " + ID, traces.size());
        for (Trace trace : traces) {
            if (progress.isCancelled()) {
                throw new CancellationException("export cancelled; nothing was written");
            }
            records.add(encoder.encode(trace, media));
            progress.progress(records.size());
        }
        AtomicFiles.write(out, stream -> {
            try (JsonGenerator generator = mapper.createGenerator(stream)) {
                generator.setPrettyPrinter(StudioJson.prettyPrinter());
                generator.writeStartArray();
                for (ObjectNode record : records) {
                    generator.writeTree(record);
                }
                generator.writeEndArray();
                generator.writeRaw('\n');
            }
        });
        progress.finish();
    }
}
