package io.pixelstudio.bridge.engine.probes;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Draws video probes: {@value #FRAMES} frames of one scene (clutter lines, a large drifting shape)
 * in which a small white box with the evidence (a digit, a letter or a coloured square) flashes in
 * one or two consecutive frames, while grey boxes of the same size flash in a few other frames as
 * distractors. Item {@code i} of seed {@code s} is always the same: every random choice comes from
 * one {@link Random} seeded by both, and drawing is aliased. Why grey distractors: on a thumbnail
 * the evidence frame must be findable (a bright box) but its content unreadable, so selecting
 * frames is both possible and necessary.
 */
public final class VideoProbeGenerator {

    /** Frames per video, as in the Pixel Reasoner video data. */
    public static final int FRAMES = 16;
    /** Side of the square frames, in pixels. */
    public static final int SIZE = 256;
    /** Side of the flashing box, in pixels. */
    public static final int BOX = 64;
    /** Every fifth item is held out for evaluation. */
    public static final int TEST_EVERY = 5;

    private static final Map<String, Color> COLOURS = Map.of("red", new Color(220, 20, 20), "green",
            new Color(20, 170, 40), "blue", new Color(30, 40, 220), "yellow", new Color(240, 220, 0), "magenta",
            new Color(210, 30, 200), "cyan", new Color(0, 200, 210));
    private static final int SQUARE = 28;
    private static final int MARGIN = 8;
    private static final int MAX_DISTRACTORS = 4;

    private final long seed;

    public VideoProbeGenerator(long seed) {
        this.seed = seed;
    }

    /** The frames of one video and its item. */
    public record VideoProbe(VideoProbeItem item, List<BufferedImage> frames) {
    }

    /** Item {@code index} (0-based); its frames are written as {@code videos/<id>/frame-NN.png}. */
    public VideoProbe generate(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0: " + index);
        }
        Random random = new Random(mix(seed * 0x632BE59BD9B4E019L + index));
        VideoProbeKind kind = VideoProbeKind.values()[random.nextInt(VideoProbeKind.values().length)];
        String answer = kind.answers().get(random.nextInt(kind.answers().size()));
        String id = String.format("video-%05d", index);
        Scene scene = new Scene(random, kind == VideoProbeKind.SHAPE ? answer
                : List.of("circle", "square", "triangle").get(random.nextInt(3)));
        int first = 1 + random.nextInt(FRAMES);
        int last = first < FRAMES && random.nextBoolean() ? first + 1 : first;
        int bx = MARGIN + random.nextInt(SIZE - BOX - 2 * MARGIN + 1);
        int by = MARGIN + random.nextInt(SIZE - BOX - 2 * MARGIN + 1);
        List<int[]> distractors = new ArrayList<>();
        int count = 2 + random.nextInt(MAX_DISTRACTORS - 1);
        for (int d = 0; d < count; d++) {
            int frame = 1 + random.nextInt(FRAMES);
            if (!kind.flashes() || frame < first || frame > last) {
                distractors.add(new int[] {frame, MARGIN + random.nextInt(SIZE - BOX - 2 * MARGIN + 1),
                        MARGIN + random.nextInt(SIZE - BOX - 2 * MARGIN + 1)});
            }
        }
        List<BufferedImage> frames = new ArrayList<>();
        List<Integer> evidenceFrames = new ArrayList<>();
        for (int n = 1; n <= FRAMES; n++) {
            BufferedImage frame = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = frame.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
                scene.draw(g, n);
                for (int[] d : distractors) {
                    if (d[0] == n) {
                        g.setColor(new Color(150, 150, 150));
                        g.fillRect(d[1], d[2], BOX, BOX);
                    }
                }
                if (kind.flashes() && n >= first && n <= last) {
                    flash(g, bx, by, kind, answer);
                }
            } finally {
                g.dispose();
            }
            frames.add(frame);
            if (!kind.flashes() || n >= first && n <= last) {
                evidenceFrames.add(n);
            }
        }
        Box evidence = kind.flashes() ? new Box(bx, by, bx + BOX, by + BOX, BoxConvention.ORIGINAL_PIXELS)
                : scene.box(FRAMES / 2);
        List<String> paths = new ArrayList<>();
        for (int n = 1; n <= FRAMES; n++) {
            paths.add(String.format("videos/%s/frame-%02d.png", id, n));
        }
        ProbeSplit split = index % TEST_EVERY == TEST_EVERY - 1 ? ProbeSplit.TEST : ProbeSplit.TRAIN;
        return new VideoProbe(new VideoProbeItem(id, kind, paths, SIZE, SIZE, evidenceFrames, evidence, answer, split),
                List.copyOf(frames));
    }

    /** A 64-bit finalizer (MurmurHash3's), so that neighbouring indices start far apart in {@link Random}. */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }

    private static void flash(Graphics2D g, int x, int y, VideoProbeKind kind, String answer) {
        g.setColor(Color.WHITE);
        g.fillRect(x, y, BOX, BOX);
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(1));
        g.drawRect(x, y, BOX - 1, BOX - 1);
        if (kind == VideoProbeKind.COLOUR) {
            g.setColor(COLOURS.get(answer));
            g.fillRect(x + (BOX - SQUARE) / 2, y + (BOX - SQUARE) / 2, SQUARE, SQUARE);
            return;
        }
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 52));
        FontMetrics m = g.getFontMetrics();
        int tx = x + (BOX - m.stringWidth(answer)) / 2;
        int ty = y + (BOX - m.getAscent() - m.getDescent()) / 2 + m.getAscent();
        g.drawString(answer, tx, ty);
    }

    /** The still part of the video: background, clutter and the large shape, which drifts a little. */
    private static final class Scene {
        private final int base;
        private final int[][] lines = new int[20][5];
        private final String shape;
        private final Color colour;
        private final int size;
        private final int cx;
        private final int cy;
        private final int dx;
        private final int dy;

        Scene(Random random, String shape) {
            this.base = 190 + random.nextInt(40);
            for (int[] line : lines) {
                line[0] = 130 + random.nextInt(80);
                for (int k = 1; k < 5; k++) {
                    line[k] = random.nextInt(SIZE);
                }
            }
            this.shape = shape;
            this.colour = Color.getHSBColor(random.nextFloat(), 0.6f, 0.6f);
            this.size = 90 + random.nextInt(41);
            this.cx = SIZE / 2 - 30 + random.nextInt(61);
            this.cy = SIZE / 2 - 30 + random.nextInt(61);
            this.dx = random.nextInt(5) - 2;
            this.dy = random.nextInt(5) - 2;
        }

        /** The shape's bounding box in frame {@code n}. */
        Box box(int n) {
            int x = cx + dx * (n - 1) - size / 2;
            int y = cy + dy * (n - 1) - size / 2;
            return new Box(x, y, x + size, y + size, BoxConvention.ORIGINAL_PIXELS);
        }

        void draw(Graphics2D g, int n) {
            g.setColor(new Color(base, base, base - 10));
            g.fillRect(0, 0, SIZE, SIZE);
            g.setStroke(new BasicStroke(2));
            for (int[] l : lines) {
                g.setColor(new Color(l[0], l[0], l[0]));
                g.drawLine(l[1], l[2], l[3], l[4]);
            }
            Box b = box(n);
            int x = (int) b.x1();
            int y = (int) b.y1();
            g.setColor(colour);
            switch (shape) {
                case "circle" -> g.fillOval(x, y, size, size);
                case "square" -> g.fillRect(x, y, size, size);
                default -> g.fillPolygon(new Polygon(new int[] {x + size / 2, x + size, x},
                        new int[] {y, y + size, y + size}, 3));
            }
        }
    }
}
