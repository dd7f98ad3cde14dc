package io.pixelstudio.trace.samples;

import static io.pixelstudio.trace.samples.SampleEvidence.BAKERY_SIGN;
import static io.pixelstudio.trace.samples.SampleEvidence.BUS_STOP;
import static io.pixelstudio.trace.samples.SampleEvidence.BUS_TIMETABLE;
import static io.pixelstudio.trace.samples.SampleEvidence.STREET_HOURS;
import static io.pixelstudio.trace.samples.SampleEvidence.STREET_SIGN;

import io.pixelstudio.trace.Evidence;
import io.pixelstudio.trace.ReviewStatus;
import io.pixelstudio.trace.Trace;
import java.util.List;

/**
 * Traces about {@code street.jpg}: a single zoom, a self-correction (the bus-stop sign mistaken
 * for the street sign), a zoom into a crop, and a question answered without any tool.
 */
final class StreetTraces {

    private StreetTraces() {
    }

    static List<Trace> all(SampleMedia media, ObservationImages out) {
        return List.of(hours(media, out), streetName(media, out), lastBus(media, out), bigSign(media, out));
    }

    private static SampleTraceBuilder street(SampleMedia media, ObservationImages out, String id, String question) {
        return SampleTraceBuilder.image(media, out, id, SampleMedia.STREET, question);
    }

    private static Trace hours(SampleMedia media, ObservationImages out) {
        return street(media, out, "street-bakery-hours", "When does the bakery close on the days it is open?")
                .zoom("The photo shows a street corner with a \"BAKERY & CAFE\" shop. To the right of its brown door"
                        + " hangs a small white plaque that probably lists the opening hours, but its text is far too"
                        + " small to read at this resolution. I will zoom in on the plaque.", 1, STREET_HOURS)
                .answer("The zoomed plaque reads \"OPEN DAILY\", \"7:30 - 18:00\", \"Closed Mon\" and a phone number."
                        + " So on the days it is open the bakery closes at 18:00 (6 pm); on Mondays it stays closed.",
                        "18:00")
                .build(List.of(new Evidence.Region(1, STREET_HOURS)), ReviewStatus.ACCEPTED, List.of("zoom", "ocr"), "");
    }

    private static Trace streetName(SampleMedia media, ObservationImages out) {
        return street(media, out, "street-name-self-correction", "What is the name of the street in this picture?")
                .zoom("Street names are usually shown on a small plate fixed to a pole. At the right edge of the picture"
                        + " there is a pole with a round yellow sign and a small white plate below it. Let me zoom in on"
                        + " that plate to read it.", 1, BUS_TIMETABLE)
                .zoom("The zoomed region shows a yellow disc saying \"BUS\" and a timetable: \"Line 12 Harbour\","
                        + " \"every 15 min\", \"last bus 23:40\", \"Line 31 Airport\". This is a bus stop, not a"
                        + " street-name sign, so it does not answer the question. Further left there is a second pole"
                        + " carrying a green plate with a smaller blue plate under it, the usual form of a street-name"
                        + " sign with a house number. I will zoom in there instead.", 1, STREET_SIGN)
                .answer("Now the green plate is readable: it says \"Linden Ave\", and the blue plate below it reads"
                        + " \"No 47\". The street is Linden Ave.", "Linden Ave")
                .build(List.of(new Evidence.Region(1, STREET_SIGN)), ReviewStatus.ACCEPTED,
                        List.of("zoom", "self-correction"), "First zoom lands on the bus stop; kept as a recovery example.");
    }

    private static Trace lastBus(SampleMedia media, ObservationImages out) {
        return street(media, out, "street-last-bus-two-zooms", "When does the last bus leave from the stop in this picture?")
                .zoom("The bus stop is at the right edge of the picture: a yellow \"BUS\" disc on a pole with a small"
                        + " white timetable under it. Everything there is tiny, so I will first zoom in on the whole"
                        + " bus-stop pole.", 1, BUS_STOP)
                .zoom("The crop shows the bus stop clearly: the yellow disc reads \"BUS\", and the timetable below it"
                        + " has four short lines of small print. To read them reliably I will zoom further into the"
                        + " timetable within this crop.", 2, BUS_TIMETABLE)
                .answer("The timetable reads \"Line 12 Harbour\", \"every 15 min\", \"last bus 23:40\" and"
                        + " \"Line 31 Airport\". The last bus leaves at 23:40.", "23:40")
                .build(List.of(new Evidence.Region(1, BUS_TIMETABLE)), ReviewStatus.UNREVIEWED,
                        List.of("zoom", "multi-zoom"), "");
    }

    private static Trace bigSign(SampleMedia media, ObservationImages out) {
        return street(media, out, "street-big-sign-no-tool", "What does the big sign above the shop say?")
                .answer("The shop in the left half of the picture has a large dark-red sign above its red-and-white"
                        + " striped awning. Its cream capital letters are large enough to read without zooming in:"
                        + " \"BAKERY & CAFE\".", "BAKERY & CAFE")
                .build(List.of(new Evidence.Region(1, BAKERY_SIGN)), ReviewStatus.REJECTED, List.of("no-tool"),
                        "Answerable without any visual operation; keep it out of the pixel-space reasoning split.");
    }
}
