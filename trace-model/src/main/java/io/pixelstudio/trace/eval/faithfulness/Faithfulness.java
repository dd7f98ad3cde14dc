package io.pixelstudio.trace.eval.faithfulness;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How well one sample's zooms and frame selections matched its evidence.
 *
 * @param qid            the sample
 * @param bestIou        the largest IoU between an evidence region and a cut on the same image; 0 when
 *                       no cut; empty when the sample has no usable region evidence
 * @param coverage       share of the evidence regions' area inside the union of the cuts, in [0, 1];
 *                       empty without usable region evidence
 * @param frameOverlap   share of the evidence frames that were selected, in [0, 1]; empty without
 *                       frame evidence
 * @param zooms          cuts placed on the originals
 * @param unplacedZooms  zooms that returned an image whose place is unknown (pixel boxes without images)
 * @param skippedEvidence evidence regions that could not be used (pixel boxes without image sizes)
 * @param verdict        correctness crossed with coverage at the judge's threshold
 */
public record Faithfulness(String qid, OptionalDouble bestIou, OptionalDouble coverage, OptionalDouble frameOverlap,
                           int zooms, int unplacedZooms, int skippedEvidence, FaithfulnessVerdict verdict) {

    public Faithfulness {
        Objects.requireNonNull(qid, "qid");
        Objects.requireNonNull(bestIou, "bestIou");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(frameOverlap, "frameOverlap");
        Objects.requireNonNull(verdict, "verdict");
    }
}
