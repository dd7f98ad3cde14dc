package io.pixelstudio.trace.samples;

import static io.pixelstudio.trace.samples.SampleEvidence.PHONE_FRAME_12;

import io.pixelstudio.trace.Evidence;
import io.pixelstudio.trace.ReviewStatus;
import io.pixelstudio.trace.Trace;
import java.util.List;

/**
 * Traces about the traffic clip (16 sampled frames; the light is red up to frame 9 and green from
 * frame 10; the van's phone number is fully visible from frame 8): frames around the change, and a
 * self-correction that first picks frames before the van arrives, then zooms into a selected frame.
 */
final class TrafficTraces {

    private TrafficTraces() {
    }

    static List<Trace> all(SampleMedia media, ObservationImages out) {
        return List.of(lightChange(media, out), phone(media, out));
    }

    private static Trace lightChange(SampleMedia media, ObservationImages out) {
        return SampleTraceBuilder.video(media, out, "traffic-light-change",
                        "Between which two of the 16 frames does the traffic light turn green?")
                .selectFrames("The video shows a road crossing with a traffic light at the top left and a white van"
                        + " driving in from the left. In the first frames the top lamp is lit, in the last frames the"
                        + " bottom one, so the light changes somewhere in the middle of the clip. The lamps are small,"
                        + " so I will look at the frames around the middle more closely.", 8, 9, 10, 11)
                .answer("The selected frames are video frames 8, 9, 10 and 11, in that order. In frames 8 and 9"
                        + " the top lamp is red; in frames 10 and 11 the red lamp is dark and the bottom lamp is green."
                        + " So the light turns green between frames 9 and 10.", "9 and 10")
                .build(List.of(new Evidence.FrameRange(9, 10)), ReviewStatus.ACCEPTED, List.of("video", "select-frames"), "");
    }

    private static Trace phone(SampleMedia media, ObservationImages out) {
        return SampleTraceBuilder.video(media, out, "traffic-van-phone-self-correction",
                        "What phone number is written on the side of the white van?")
                .selectFrames("A white delivery van drives into the scene from the left. Its phone number will be"
                        + " small lettering on its side, so I need a closer look at frames where the van is visible."
                        + " Let me check two early frames.", 3, 5)
                .selectFrames("In frame 3 the van has not arrived yet, and in frame 5 only its cab and the front of the"
                        + " cargo box show at the left edge, without any lettering. The van moves to the right over"
                        + " time, so its whole side should be in view later. I will select a frame from the second half"
                        + " instead.", 12)
                .zoom("In frame 12 the whole van is in view, with \"FRESH FISH\" in large blue letters and a short line"
                        + " of small text below it. I will zoom in on that line. The video counts as image 1 and the"
                        + " three frames selected so far as images 2 to 4, so frame 12 is target image 4.", 4, PHONE_FRAME_12)
                .answer("The small line on the van reads \"call 555-0199\". The phone number is 555-0199.", "555-0199")
                .build(List.of(new Evidence.FrameRange(8, 16)), ReviewStatus.NEEDS_FIX,
                        List.of("video", "select-frames", "zoom", "self-correction"),
                        "Wastes a call on frames before the van arrives; consider starting from frame 12.");
    }
}
