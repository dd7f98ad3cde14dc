package io.pixelstudio.trace.samples;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;

/**
 * Where the small details of the sample media are, in original pixels, as listed in
 * {@code assets/sample/media/README.md} (drawn there by the media generator). The traces zoom on
 * these boxes and store them as evidence.
 */
final class SampleEvidence {

    /** street.jpg: opening-hours plaque right of the bakery door. */
    static final Box STREET_HOURS = px(996, 836, 1125, 919);
    /** street.jpg: street-name sign "Linden Ave" and house number "No 47". */
    static final Box STREET_SIGN = px(1726, 766, 1864, 834);
    /** street.jpg: bus-stop timetable under the yellow BUS disc. */
    static final Box BUS_TIMETABLE = px(2106, 846, 2202, 914);
    /** street.jpg: the whole bus-stop pole with disc and timetable (a first, coarse zoom). */
    static final Box BUS_STOP = px(2060, 740, 2250, 1180);
    /** street.jpg: the large "BAKERY &amp; CAFE" fascia (readable without zooming). */
    static final Box BAKERY_SIGN = px(250, 560, 1170, 650);
    /** shelf.jpg: price tag of the red Tea box, third board, fourth item. */
    static final Box TEA_PRICE = px(734, 994, 790, 1022);
    /** shelf.jpg: best-before strip on that red Tea box. */
    static final Box TEA_BEST_BEFORE = px(684, 953, 767, 976);
    /** shelf.jpg: price tag of the red Salt, top board, sixth item. */
    static final Box SALT_PRICE = px(1037, 334, 1093, 362);
    /** chart.jpg: value label above the July bar. */
    static final Box JULY_LABEL = px(977, 252, 1010, 276);
    /** chart.jpg: value label above the March bar. */
    static final Box MARCH_LABEL = px(465, 437, 498, 461);
    /** chart.jpg: footnote at the bottom left. */
    static final Box FOOTNOTE = px(155, 1135, 571, 1158);
    /** traffic frames: the traffic-light housing, the same in every frame. */
    static final Box LIGHT = px(72, 36, 106, 102);
    /** traffic frame #12: the phone number on the van. */
    static final Box PHONE_FRAME_12 = px(242, 237, 316, 257);

    private SampleEvidence() {
    }

    private static Box px(int x1, int y1, int x2, int y2) {
        return new Box(x1, y1, x2, y2, BoxConvention.ORIGINAL_PIXELS);
    }
}
