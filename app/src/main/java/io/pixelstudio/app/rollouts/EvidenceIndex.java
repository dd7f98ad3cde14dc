package io.pixelstudio.app.rollouts;

import io.pixelstudio.app.studio.document.TraceDocument;
import io.pixelstudio.trace.Evidence;
import io.pixelstudio.trace.Extras;
import io.pixelstudio.trace.Review;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.FormatException;
import io.pixelstudio.trace.format.TraceFormats;
import io.pixelstudio.trace.progress.ProgressListener;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/**
 * Evidence regions from a studio project or SFT file, by trace id, for rollouts whose traces carry
 * none (a training dump knows the question, not where its answer is). A rollout's qid is matched
 * against the trace ids. Only the evidence is kept, so a large file costs little memory.
 *
 * @param source the file or folder read
 */
public record EvidenceIndex(Path source, Map<String, Trace> byId) {

    /** No evidence loaded. */
    public static final EvidenceIndex NONE = new EvidenceIndex(Path.of(""), Map.of());

    public EvidenceIndex {
        Objects.requireNonNull(source, "source");
        byId = Map.copyOf(byId);
    }

    /**
     * Reads the traces with evidence of {@code file}; an undecodable record is skipped (its findings
     * are the trace list's business).
     */
    public static EvidenceIndex read(Path file, TraceFormats formats, ProgressListener progress) throws IOException {
        Map<String, Trace> found = new HashMap<>();
        try (TraceDocument doc = TraceDocument.open(file, formats, progress)) {
            progress.start("Reading evidence from " + file.getFileName(), doc.size());
            for (int i = 0; i < doc.size(); i++) {
                if (progress.isCancelled()) {
                    throw new CancellationException("reading evidence was cancelled");
                }
                try {
                    Trace t = doc.load(i);
                    if (t.evidence().stream().anyMatch(Evidence.Region.class::isInstance)) {
                        found.put(t.id(), new Trace(t.id(), t.source(), "", List.of(), List.of(), t.evidence(),
                                List.of(), Review.none(), Extras.empty()));
                    }
                } catch (FormatException e) {
                    continue;
                }
                progress.progress(i + 1L);
            }
            progress.finish();
        }
        return new EvidenceIndex(file, found);
    }

    /** The evidence-only trace for {@code qid}. */
    public Optional<Trace> forQid(String qid) {
        return Optional.ofNullable(byId.get(qid));
    }
}
