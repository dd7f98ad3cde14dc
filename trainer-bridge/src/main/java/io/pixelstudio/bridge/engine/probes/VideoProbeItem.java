package io.pixelstudio.bridge.engine.probes;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;

import java.util.List;
import java.util.Objects;

/**
 * One generated video probe: its frame images (relative to the suite folder, in order), the frame
 * size, the 1-based frames that show the evidence and the evidence box inside them (original
 * pixels of a frame), the answer and split. Why frames and a box: synthesis selects the frames,
 * faithfulness checks can also look at where in them the detail is.
 *
 * @param evidenceFrames ascending 1-based frame numbers showing the evidence (all frames for a
 *                       shape, one or two for a flash)
 */
public record VideoProbeItem(String id, VideoProbeKind kind, List<String> frames, int width, int height,
                             List<Integer> evidenceFrames, Box evidence, String answer, ProbeSplit split) {

    public VideoProbeItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        frames = List.copyOf(frames);
        evidenceFrames = List.copyOf(evidenceFrames);
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(split, "split");
        if (frames.isEmpty() || evidenceFrames.isEmpty()) {
            throw new IllegalArgumentException(id + ": a video probe needs frames and evidence frames");
        }
        for (int i = 0; i < evidenceFrames.size(); i++) {
            int n = evidenceFrames.get(i);
            if (n < 1 || n > frames.size() || i > 0 && n <= evidenceFrames.get(i - 1)) {
                throw new IllegalArgumentException(id + ": evidence frames must be ascending numbers from 1 to "
                        + frames.size() + ": " + evidenceFrames);
            }
        }
        if (evidence.convention() != BoxConvention.ORIGINAL_PIXELS) {
            throw new IllegalArgumentException("the evidence box is in original pixels");
        }
        if (!kind.answers().contains(answer)) {
            throw new IllegalArgumentException("'" + answer + "' is no answer of video kind " + kind.id());
        }
    }

    /** The question as asked. */
    public String question() {
        return kind.question();
    }
}
