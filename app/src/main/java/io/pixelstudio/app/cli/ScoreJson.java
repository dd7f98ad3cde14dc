package io.pixelstudio.app.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.eval.RunProvenance;
import io.pixelstudio.trace.eval.importer.ProvenanceJson;
import io.pixelstudio.trace.eval.stats.PairedComparison;
import io.pixelstudio.trace.eval.stats.ScoreReport;
import io.pixelstudio.trace.eval.stats.ScoreSummary;

/** The JSON shapes {@code score --json} and {@code compare --json} print, built explicitly so they stay stable. */
final class ScoreJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ScoreJson() {
    }

    static ObjectNode provenance(RunProvenance p) {
        return ProvenanceJson.encode(p);
    }

    static ObjectNode summary(ScoreSummary s) {
        ObjectNode node = NODES.objectNode();
        node.put("label", s.label());
        node.put("n", s.n());
        node.put("mean", s.mean());
        node.put("ciLow", s.interval().low());
        node.put("ciHigh", s.interval().high());
        node.put("ciLevel", s.interval().level());
        return node;
    }

    static ObjectNode report(ScoreReport report) {
        ObjectNode node = NODES.objectNode();
        var benchmarks = node.putArray("benchmarks");
        for (ScoreReport.BenchmarkSummary b : report.benchmarks()) {
            ObjectNode entry = benchmarks.addObject();
            entry.put("benchmark", b.benchmark().id());
            entry.set("overall", summary(b.overall()));
            var categories = entry.putArray("categories");
            b.categories().forEach(c -> categories.add(summary(c)));
        }
        node.set("macroAverage", summary(report.macroAverage()));
        node.set("pooled", summary(report.pooled()));
        return node;
    }

    static ObjectNode comparison(PairedComparison c) {
        ObjectNode node = NODES.objectNode();
        node.put("kind", c.kind().name());
        node.put("common", c.common());
        node.put("meanA", c.meanA());
        node.put("meanB", c.meanB());
        node.put("delta", c.delta());
        node.put("ciLow", c.interval().low());
        node.put("ciHigh", c.interval().high());
        if (c.mcnemarP().isPresent()) {
            node.put("mcnemarP", c.mcnemarP().getAsDouble());
        } else {
            node.putNull("mcnemarP");
        }
        node.put("rightToWrong", c.rightToWrong());
        node.put("wrongToRight", c.wrongToRight());
        node.put("bothRight", c.bothRight());
        node.put("neither", c.neither());
        var onlyA = node.putArray("onlyInA");
        c.onlyInA().forEach(onlyA::add);
        var onlyB = node.putArray("onlyInB");
        c.onlyInB().forEach(onlyB::add);
        return node;
    }
}
