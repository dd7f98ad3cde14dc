package io.pixelstudio.trace.samples;

import static io.pixelstudio.trace.samples.SampleEvidence.SALT_PRICE;
import static io.pixelstudio.trace.samples.SampleEvidence.TEA_BEST_BEFORE;
import static io.pixelstudio.trace.samples.SampleEvidence.TEA_PRICE;

import io.pixelstudio.trace.Evidence;
import io.pixelstudio.trace.ReviewStatus;
import io.pixelstudio.trace.Trace;
import java.util.List;

/**
 * Traces about {@code shelf.jpg}: price tags read with one zoom, and the sample's one deliberately
 * invalid call — {@code target_image} 2 when only one image exists — which the reference answers
 * with an execution error, followed by the corrected call.
 */
final class ShelfTraces {

    /** Id of the trace whose first tool call is deliberately invalid. */
    static final String INVALID_CALL_ID = "shelf-tea-best-before-bad-target";

    private ShelfTraces() {
    }

    static List<Trace> all(SampleMedia media, ObservationImages out) {
        return List.of(teaPrice(media, out), teaBestBefore(media, out), saltPrice(media, out));
    }

    private static SampleTraceBuilder shelf(SampleMedia media, ObservationImages out, String id, String question) {
        return SampleTraceBuilder.image(media, out, id, SampleMedia.SHELF, question);
    }

    private static Trace teaPrice(SampleMedia media, ObservationImages out) {
        return shelf(media, out, "shelf-tea-price", "How much does the red box of Tea on the third shelf from the top cost?")
                .zoom("The picture shows four shelf boards with tins and boxes and a small price tag on the board edge"
                        + " under each product. On the third board from the top, the fourth item from the left is a red"
                        + " box labelled \"Tea\". Its price tag is too small to read here, so I will zoom in on the tag"
                        + " below it.", 1, TEA_PRICE)
                .answer("In the zoomed view the tag directly under the red Tea box reads \"$4.79\"; the tags at the"
                        + " edges of the crop belong to the green Flour tin and the blue Cocoa box next to it.", "$4.79")
                .build(List.of(new Evidence.Region(1, TEA_PRICE)), ReviewStatus.ACCEPTED, List.of("zoom", "price"), "");
    }

    private static Trace teaBestBefore(SampleMedia media, ObservationImages out) {
        return shelf(media, out, INVALID_CALL_ID, "What best-before date is printed on the red Tea box on the third shelf?")
                .zoom("On the third shelf from the top, the fourth item from the left is a red box labelled \"Tea\"."
                        + " Near the bottom of the box there is a thin white strip with tiny print, most likely the"
                        + " best-before date. I will zoom in on that strip.", 2, TEA_BEST_BEFORE)
                .zoom("The call failed: only one image has been shown so far, so `target_image` must be 1, not 2."
                        + " I will repeat the zoom on the original image.", 1, TEA_BEST_BEFORE)
                .answer("The white strip on the red Tea box reads \"BB 2026-03-14\", so the best-before date is"
                        + " 14 March 2026.", "2026-03-14")
                .build(List.of(new Evidence.Region(1, TEA_BEST_BEFORE)), ReviewStatus.NEEDS_FIX,
                        List.of("zoom", "invalid-call", "recovery"),
                        "First call uses target_image 2 on a one-image question (execution error). Keep as a recovery"
                                + " example or fix the call before training.");
    }

    private static Trace saltPrice(SampleMedia media, ObservationImages out) {
        return shelf(media, out, "shelf-salt-price", "What is the price of the red Salt on the top shelf?")
                .zoom("On the top board, the sixth item from the left is a small red tin labelled \"Salt\". The price"
                        + " tags sit on the board edge under each product, but their digits cannot be read at this"
                        + " size. I will zoom in on the tag below the red Salt tin.", 1, SALT_PRICE)
                .answer("The tag directly below the red Salt tin reads \"$5.53\"; the neighbouring tags belong to the"
                        + " yellow Tea box on its left and the yellow Pasta on its right.", "$5.53")
                .build(List.of(new Evidence.Region(1, SALT_PRICE)), ReviewStatus.UNREVIEWED, List.of("zoom", "price"), "");
    }
}
