package io.pixelstudio.trace.synth;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.ops.CropGeometry;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;

/**
 * Chooses where a self-correction trace looks first. The rule (also in {@code docs/synthesis.md}):
 * the wrong {@code bbox_2d} has about the size of the evidence zoom box (0.8 to 1.25 times, shrunk
 * to fit, never below half) and lies entirely to the left, right, top or bottom of the evidence
 * such that <em>what the tool cuts</em> — the box plus the reference's 0.1 margin — has zero
 * overlap with the evidence, so the first observation really lacks it. Preferred: the cut also
 * keeps a gap of 1% of the image (at least 2 px) to the padded evidence zoom box; otherwise it may
 * touch the evidence. No such box (the evidence covers most of the image): empty, and the caller
 * falls back to single pass. Video: the wrong frames are drawn from those not within one frame of
 * the evidence, else from those that are not evidence; none left: empty. All choices are seeded.
 */
public final class WrongRegionChooser {

    private static final double MARGIN = CropGeometry.PADDING;
    private static final double MIN_SCALE = 0.8;
    private static final double MAX_SCALE = 1.25;
    private static final double MAX_VALUE = 0.999;
    private static final int WRONG_FRAMES = 2;

    private WrongRegionChooser() {
    }

    /**
     * A wrong region for an image of {@code width}x{@code height} px whose evidence is
     * {@code evidence} and whose evidence zoom box is {@code zoomBox} (both normalized).
     */
    public static Optional<WrongRegion> choose(Box evidence, Box zoomBox, int width, int height, Random random) {
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(zoomBox, "zoomBox");
        Objects.requireNonNull(random, "random");
        double gapX = Math.max(0.01, 2.0 / width);
        double gapY = Math.max(0.01, 2.0 / height);
        Box padded = Box.normalized(Math.min(zoomBox.x1(), evidence.x1()), Math.min(zoomBox.y1(), evidence.y1()),
                Math.max(zoomBox.x2(), evidence.x2()), Math.max(zoomBox.y2(), evidence.y2()));
        double scale = MIN_SCALE + random.nextDouble() * (MAX_SCALE - MIN_SCALE);
        double w = Math.min(MAX_VALUE, Math.max(0.02, zoomBox.width() * scale));
        double h = Math.min(MAX_VALUE, Math.max(0.02, zoomBox.height() * scale));
        Optional<WrongRegion> clear = attempt(padded, gapX, gapY, w, h, width, height, evidence, true, random);
        return clear.isPresent() ? clear : attempt(evidence, 0, 0, w, h, width, height, evidence, false, random);
    }

    private static Optional<WrongRegion> attempt(Box obstacle, double gapX, double gapY, double w, double h,
                                                 int width, int height, Box evidence, boolean clear, Random random) {
        List<Box> candidates = new ArrayList<>();
        double leftRoom = obstacle.x1() - gapX - MARGIN;
        double rightStart = obstacle.x2() + gapX + MARGIN;
        double topRoom = obstacle.y1() - gapY - MARGIN;
        double bottomStart = obstacle.y2() + gapY + MARGIN;
        double bw;
        double bh;
        if ((bw = fit(w, leftRoom)) > 0) {
            double y1 = position(MAX_VALUE - h, random);
            candidates.add(Box.normalized(floor(leftRoom - bw), y1, floor(leftRoom), y1 + h));
        }
        if ((bw = fit(w, MAX_VALUE - rightStart)) > 0) {
            double y1 = position(MAX_VALUE - h, random);
            candidates.add(Box.normalized(ceil(rightStart), y1, ceil(rightStart) + bw, y1 + h));
        }
        if ((bh = fit(h, topRoom)) > 0) {
            double x1 = position(MAX_VALUE - w, random);
            candidates.add(Box.normalized(x1, floor(topRoom - bh), x1 + w, floor(topRoom)));
        }
        if ((bh = fit(h, MAX_VALUE - bottomStart)) > 0) {
            double x1 = position(MAX_VALUE - w, random);
            candidates.add(Box.normalized(x1, ceil(bottomStart), x1 + w, ceil(bottomStart) + bh));
        }
        while (!candidates.isEmpty()) {
            Box box = rounded(candidates.remove(random.nextInt(candidates.size())));
            Box cut = CropGeometry.of(box, width, height).padded();
            boolean ok = box.x2() > box.x1() && box.y2() > box.y1() && box.x2() <= MAX_VALUE && box.y2() <= MAX_VALUE
                    && disjoint(cut, evidence) && (!clear || apart(cut, obstacle, gapX / 2, gapY / 2));
            if (ok) {
                return Optional.of(new WrongRegion(box, cut, clear));
            }
        }
        return Optional.empty();
    }

    /** The size to use when {@code room} is available for a wished size {@code wish}, or 0 when too little. */
    private static double fit(double wish, double room) {
        double size = Math.min(wish, room);
        return size >= wish / 2 && size >= 0.01 ? size : 0;
    }

    private static double position(double maxStart, Random random) {
        return maxStart <= 0 ? 0 : random.nextDouble() * maxStart;
    }

    /** True when the interiors of {@code a} and {@code b} do not overlap (touching edges allowed). */
    public static boolean disjoint(Box a, Box b) {
        return a.x2() <= b.x1() || b.x2() <= a.x1() || a.y2() <= b.y1() || b.y2() <= a.y1();
    }

    private static boolean apart(Box a, Box b, double gapX, double gapY) {
        return a.x2() + gapX <= b.x1() || b.x2() + gapX <= a.x1() || a.y2() + gapY <= b.y1() || b.y2() + gapY <= a.y1();
    }

    /** Three decimals, shrunk inward so the rounding never moves the box towards the evidence. */
    private static Box rounded(Box b) {
        double x1 = ceil(Math.max(0, b.x1()));
        double y1 = ceil(Math.max(0, b.y1()));
        double x2 = floor(Math.min(MAX_VALUE, b.x2()));
        double y2 = floor(Math.min(MAX_VALUE, b.y2()));
        return new Box(x1, y1, x2, y2, BoxConvention.NORMALIZED);
    }

    /** Three decimals down; {@code + 0.0} turns {@code -0.0} into {@code 0.0}, which a call must never show. */
    private static double floor(double v) {
        return Math.floor(v * 1000 + 1e-9) / 1000 + 0.0;
    }

    private static double ceil(double v) {
        return Math.ceil(v * 1000 - 1e-9) / 1000 + 0.0;
    }

    /**
     * Wrong frames (1-based, ascending) for a video of {@code frameCount} frames whose evidence is
     * {@code evidence}: up to two frames not within one frame of the evidence, else not evidence.
     */
    public static Optional<List<Integer>> chooseFrames(int frameCount, List<Integer> evidence, Random random) {
        Objects.requireNonNull(random, "random");
        TreeSet<Integer> taken = new TreeSet<>(evidence);
        List<Integer> far = new ArrayList<>();
        List<Integer> notEvidence = new ArrayList<>();
        for (int n = 1; n <= frameCount; n++) {
            if (!taken.contains(n)) {
                notEvidence.add(n);
                if (!taken.contains(n - 1) && !taken.contains(n + 1)) {
                    far.add(n);
                }
            }
        }
        List<Integer> pool = far.isEmpty() ? notEvidence : far;
        if (pool.isEmpty()) {
            return Optional.empty();
        }
        TreeSet<Integer> picked = new TreeSet<>();
        while (picked.size() < Math.min(WRONG_FRAMES, pool.size())) {
            picked.add(pool.get(random.nextInt(pool.size())));
        }
        return Optional.of(List.copyOf(picked));
    }
}
