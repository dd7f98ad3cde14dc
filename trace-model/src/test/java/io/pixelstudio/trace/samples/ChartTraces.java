package io.pixelstudio.trace.samples;

import static io.pixelstudio.trace.samples.SampleEvidence.FOOTNOTE;
import static io.pixelstudio.trace.samples.SampleEvidence.JULY_LABEL;
import static io.pixelstudio.trace.samples.SampleEvidence.MARCH_LABEL;

import io.pixelstudio.trace.Evidence;
import io.pixelstudio.trace.ReviewStatus;
import io.pixelstudio.trace.Trace;
import java.util.List;

/** Traces about {@code chart.jpg}: a value label, the footnote, and two labels compared. */
final class ChartTraces {

    private ChartTraces() {
    }

    static List<Trace> all(SampleMedia media, ObservationImages out) {
        return List.of(july(media, out), accounts(media, out), growth(media, out));
    }

    private static SampleTraceBuilder chart(SampleMedia media, ObservationImages out, String id, String question) {
        return SampleTraceBuilder.image(media, out, id, SampleMedia.CHART, question);
    }

    private static Trace july(SampleMedia media, ObservationImages out) {
        return chart(media, out, "chart-july-value", "What value does the chart show for July?")
                .zoom("This is a bar chart of monthly active users in 2024, in thousands. The July bar is the orange"
                        + " one and reaches a little above the 60 gridline. Each bar has a small value label above it,"
                        + " too small to read here, so I will zoom in on the label above the July bar.", 1, JULY_LABEL)
                .answer("The label above the orange July bar reads \"63.7\". The chart is in thousands, so July had"
                        + " 63.7 thousand monthly active users.", "63.7")
                .build(List.of(new Evidence.Region(1, JULY_LABEL)), ReviewStatus.ACCEPTED, List.of("zoom", "chart"), "");
    }

    private static Trace accounts(SampleMedia media, ObservationImages out) {
        return chart(media, out, "chart-footnote-accounts", "According to the chart's footnote, how many accounts were measured?")
                .zoom("Below the month labels, at the bottom left of the chart, there is a single line of very small"
                        + " grey text; that must be the footnote. I will zoom in on it.", 1, FOOTNOTE)
                .answer("The footnote reads: \"Source: internal telemetry, n = 4,812 accounts; July includes the summer"
                        + " campaign.\" So 4,812 accounts were measured.", "4812")
                .build(List.of(new Evidence.Region(1, FOOTNOTE)), ReviewStatus.UNREVIEWED, List.of("zoom", "chart", "ocr"), "");
    }

    private static Trace growth(SampleMedia media, ObservationImages out) {
        return chart(media, out, "chart-march-to-july-growth",
                "By how much did monthly active users grow from March to July (in thousands)?")
                .zoom("I need the exact values of the March and July bars. Judging by the gridlines March is near 47"
                        + " and July near 64, but the value labels above the bars are too small to read. I will zoom"
                        + " in on the March label first.", 1, MARCH_LABEL)
                .zoom("The March label reads \"47.5\". Now the label above the orange July bar.", 1, JULY_LABEL)
                .answer("The July label reads \"63.7\". The growth from March to July is 63.7 - 47.5 = 16.2 thousand"
                        + " monthly active users.", "16.2")
                .build(List.of(new Evidence.Region(1, MARCH_LABEL), new Evidence.Region(1, JULY_LABEL)),
                        ReviewStatus.ACCEPTED, List.of("zoom", "chart", "multi-zoom", "arithmetic"), "");
    }
}
