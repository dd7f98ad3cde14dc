package io.pixelstudio.trace.format.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.project.StudioJson;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Export for TRL's SFTTrainer and other OpenAI-style chat loaders (id {@code openai-messages}):
 * JSON lines, one conversation per line, with typed content parts and an {@code images} column
 * (TRL's documented conversational vision format). Loads with
 * {@code datasets.load_dataset("json", data_files=...)}.
 */
public final class OpenAiMessagesExportFormat extends ExportOnlyFormat {

    /** The format id. */
    public static final String ID = "openai-messages";

    private final OpenAiMessagesEncoder encoder;
    private final ObjectMapper mapper = StudioJson.newMapper();

    /** For {@link java.util.ServiceLoader}: {@link ExportOptions#defaults()}. */
    public OpenAiMessagesExportFormat() {
        this(ExportOptions.defaults());
    }

    public OpenAiMessagesExportFormat(ExportOptions options) {
        super(options);
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
    ObjectNode encode(Trace trace) throws ExportException {
        return encoder.encode(trace);
    }

    @Override
    void writeRecords(List<ObjectNode> records, OutputStream out) throws IOException {
        for (ObjectNode record : records) {
            out.write(mapper.writeValueAsBytes(record));
            out.write('\n');
        }
    }
}
