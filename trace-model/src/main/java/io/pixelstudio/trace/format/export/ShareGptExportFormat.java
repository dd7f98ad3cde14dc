package io.pixelstudio.trace.format.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.project.StudioJson;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Export for LLaMA-Factory (id {@code sharegpt}): one JSON list, pretty-printed like its
 * {@code mllm_demo.json}, to be registered in {@code dataset_info.json} with
 * {@code "formatting": "sharegpt"} and the OpenAI role tags (docs/exports.md has the entry). Every
 * trace is encoded before anything is written, so one bad trace leaves no partial file.
 */
public final class ShareGptExportFormat extends ExportOnlyFormat {

    /** The format id. */
    public static final String ID = "sharegpt";

    private final ShareGptEncoder encoder;
    private final ObjectMapper mapper = StudioJson.newMapper();

    /** For {@link java.util.ServiceLoader}: {@link ExportOptions#defaults()}. */
    public ShareGptExportFormat() {
        this(ExportOptions.defaults());
    }

    public ShareGptExportFormat(ExportOptions options) {
        super(options);
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
    ObjectNode encode(Trace trace) throws ExportException {
        return encoder.encode(trace);
    }

    @Override
    void writeRecords(List<ObjectNode> records, OutputStream out) throws IOException {
        try (JsonGenerator generator = mapper.createGenerator(out)) {
            generator.setPrettyPrinter(StudioJson.prettyPrinter());
            generator.writeStartArray();
            for (ObjectNode record : records) {
                generator.writeTree(record);
            }
            generator.writeEndArray();
            generator.writeRaw('\n');
        }
    }
}
