package io.pixelstudio.trace.eval.importer;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.eval.RunProvenance;

import java.util.TreeMap;

/**
 * The one JSON shape of a {@link RunProvenance}, shared by the studio predictions format and every
 * report that prints provenance, so a run's origin reads the same wherever it appears. The free-form
 * entries are written sorted by name, which keeps files byte-stable.
 */
public final class ProvenanceJson {

    private ProvenanceJson() {
    }

    public static ObjectNode encode(RunProvenance p) {
        ObjectNode provenance = JsonNodeFactory.instance.objectNode();
        provenance.put("checkpoint", p.checkpoint());
        provenance.put("benchmarkVersion", p.benchmarkVersion());
        provenance.put("decoding", p.decoding());
        provenance.put("pixelBounds", p.pixelBounds());
        provenance.put("judge", p.judge());
        ObjectNode other = provenance.putObject("other");
        new TreeMap<>(p.other()).forEach(other::put);
        return provenance;
    }
}
