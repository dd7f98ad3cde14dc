package io.pixelstudio.trace.format.pixelreasoner;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.JsonRecordLayout;
import io.pixelstudio.trace.format.JsonRecordsWriter;
import io.pixelstudio.trace.format.RecordCodec;
import io.pixelstudio.trace.format.TraceFormat;
import io.pixelstudio.trace.progress.ProgressListener;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The Pixel Reasoner SFT data (TIGER-Lab/PixelReasoner-SFT-Data): one JSON list of records whose
 * {@code message_list} the reference trainer reads; JSON lines are accepted too. Written as the
 * canonical 2-space JSON list (or JSON lines for a {@code .jsonl} name), atomically.
 */
public final class PixelReasonerSftFormat implements TraceFormat {

    /** Format id on the command line. */
    public static final String ID = "pixelreasoner-sft";

    private final PixelReasonerSftCodec codec = new PixelReasonerSftCodec();
    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Pixel Reasoner SFT data: a JSON list (or JSON lines) of records with message_list";
    }

    @Override
    public boolean canRead(Path path) {
        return JsonRecordLayout.detect(path).isPresent() && FormatSniffing.head(path).contains("\"message_list\"");
    }

    @Override
    public RecordCodec codec() {
        return codec;
    }

    @Override
    public void write(List<Trace> traces, Path out, Path mediaBase, ProgressListener progress) throws IOException {
        Objects.requireNonNull(out, "out");
        new JsonRecordsWriter(mapper).writeFile(RecordEncoding.encodeAll(codec, traces, progress), out);
    }
}
