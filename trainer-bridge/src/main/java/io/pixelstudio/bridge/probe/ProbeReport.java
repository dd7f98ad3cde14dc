package io.pixelstudio.bridge.probe;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.format.AtomicFiles;
import io.pixelstudio.trace.format.project.StudioJson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcomes of a probe batch and, per kind, the share of probed answers that changed — how much
 * the answers depend on the pixels the model looked at. Written as JSON lines: one line per outcome
 * ({@code "type": "probe"}), then one summary line per kind ({@code "type": "summary"}).
 */
public final class ProbeReport {

    /** Per kind: probes run, answers changed, probes skipped. */
    public record KindSummary(ProbeKind kind, int probed, int changed, int skipped) {
        /** Changed / probed, or NaN when nothing was probed. */
        public double changedShare() {
            return probed == 0 ? Double.NaN : (double) changed / probed;
        }
    }

    private final List<ProbeOutcome> outcomes;

    public ProbeReport(List<ProbeOutcome> outcomes) {
        this.outcomes = List.copyOf(outcomes);
    }

    public List<ProbeOutcome> outcomes() {
        return outcomes;
    }

    /** The summary of each kind present, in {@link ProbeKind} order. */
    public Map<ProbeKind, KindSummary> summary() {
        Map<ProbeKind, int[]> counts = new EnumMap<>(ProbeKind.class);
        for (ProbeOutcome o : outcomes) {
            int[] c = counts.computeIfAbsent(o.kind(), k -> new int[3]);
            if (o.skipped().isPresent()) {
                c[2]++;
            } else {
                c[0]++;
                c[1] += o.changed() ? 1 : 0;
            }
        }
        Map<ProbeKind, KindSummary> out = new EnumMap<>(ProbeKind.class);
        counts.forEach((k, c) -> out.put(k, new KindSummary(k, c[0], c[1], c[2])));
        return out;
    }

    /** Writes the report atomically. */
    public void write(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        JsonMapper mapper = StudioJson.newMapper();
        StringBuilder text = new StringBuilder();
        for (ProbeOutcome o : outcomes) {
            ObjectNode line = mapper.createObjectNode();
            line.put("type", "probe");
            line.put("qid", o.traceId());
            line.put("turn", o.turn());
            line.put("kind", o.kind().id());
            line.put("originalAnswer", o.originalAnswer());
            if (o.probedAnswer().isPresent()) {
                line.put("probedAnswer", o.probedAnswer().get());
            } else {
                line.putNull("probedAnswer");
            }
            line.put("changed", o.changed());
            line.put("stopReason", o.stopReason().map(r -> r.name().toLowerCase(java.util.Locale.ROOT)).orElse(null));
            line.put("skipped", o.skipped().orElse(null));
            text.append(mapper.writeValueAsString(line)).append('\n');
        }
        for (KindSummary s : summary().values()) {
            ObjectNode line = mapper.createObjectNode();
            line.put("type", "summary");
            line.put("kind", s.kind().id());
            line.put("probed", s.probed());
            line.put("changed", s.changed());
            line.put("skipped", s.skipped());
            if (s.probed() > 0) {
                line.put("changedShare", s.changedShare());
            } else {
                line.putNull("changedShare");
            }
            text.append(mapper.writeValueAsString(line)).append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }
}
