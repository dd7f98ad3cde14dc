package io.pixelstudio.trace.format.export;

import com.fasterxml.jackson.databind.ObjectMapper;
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
 * Export for TRL's SFTTrainer and other OpenAI-style chat loaders (id {@code openai-messages}):
 * JSON lines, one conversation per line, with typed content parts and an {@code images} column
 * (TRL's documented conversational vision format). Loads with
 * {@code datasets.load_dataset("json", data_files=...)}.
 */
public final class OpenAiMessagesExportFormat extends ExportOnlyFormat {

    /** The format id. */
    public static final String ID = "openai-messages";

    private final ExportOptions options;
    private final OpenAiMessagesEncoder encoder;
    private final ObjectMapper mapper = StudioJson.newMapper();

    /** For {@link java.util.ServiceLoader}: {@link ExportOptions#defaults()}. */
    public OpenAiMessagesExportFormat() {
        this(ExportOptions.defaults());
    }

    public OpenAiMessagesExportFormat(ExportOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.encoder = new OpenAiMessagesEncoder(options);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "TRL / OpenAI chat messages JSONL with typed text/image parts, export only";
    }

    @Override
    public void write(List<Trace> traces, Path out, Path mediaBase, ProgressListener progress) throws IOException {
        ExportMedia media = new ExportMedia(options.paths(), mediaBase);
        List<byte[]> lines = new ArrayList<>(traces.size());
        progress.start("Exporting " + ID, traces.size());
        for (Trace trace : traces) {
            if (progress.isCancelled()) {
                throw new CancellationException("export cancelled; nothing was written");
            }
            lines.add(mapper.writeValueAsBytes(encoder.encode(trace, media)));
            progress.progress(lines.size());
        }
        AtomicFiles.write(out, stream -> {
            for (byte[] line : lines) {
                stream.write(line);
                stream.write('\n');
            }
        });
        progress.finish();
    }
}
