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
 * Draws probe images. Item {@code i} of seed {@code s} is always the same image and item: every
 * random choice comes from a {@link Random} seeded by both, and drawing is aliased (no
 * anti-aliasing), so the pixels do not depend on rendering hints. Small evidence lies wholly inside
 * one cell of a {@code grid × grid} partition, so the policy's grid of candidate zooms can hold it.
 */
public final class ProbeGenerator {

    /** Side of the square probe images, in pixels. */
    public static final int SIZE = 512;
    /** Candidate-zoom grid: {@code GRID × GRID} cells. */
    public static final int GRID = 4;
    /** Every fifth item is held out for evaluation. */
    public static final int TEST_EVERY = 5;

    private static final Map<String, Color> COLOURS = Map.of("red", new Color(220, 20, 20), "green",
            new Color(20, 170, 40), "blue", new Color(30, 40, 220), "yellow", new Color(240, 220, 0), "magenta",
            new Color(210, 30, 200), "cyan", new Color(0, 200, 210));
    private static final int GLYPH_BOX = 40;
    private static final int SQUARE = 16;
    private static final int DOT_REGION = 84;
    private static final int DOT_RADIUS = 5;
    private static final int CELL_MARGIN = 10;

    private final long seed;

    public ProbeGenerator(long seed) {
        this.seed = seed;
    }

    /** An image and its item. */
    public record Probe(ProbeItem item, BufferedImage image) {
    }

    /** Item {@code index} (0-based) of this seed; its image is written as {@code images/<id>.png}. */
    public Probe generate(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0: " + index);
        }
        Random random = new Random(seed * 0x9E3779B97F4A7C15L + index);
        ProbeKind kind = ProbeKind.values()[random.nextInt(ProbeKind.values().length)];
        String answer = kind.answers().get(random.nextInt(kind.answers().size()));
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            background(g, random);
            int[] box = kind == ProbeKind.SHAPE ? shape(g, random, answer) : small(g, random, kind, answer);
            String id = String.format("probe-%05d", index);
            Box evidence = new Box(box[0], box[1], box[2], box[3], BoxConvention.ORIGINAL_PIXELS);
            int cell = cellOf((box[0] + box[2]) / 2, (box[1] + box[3]) / 2);
            ProbeSplit split = index % TEST_EVERY == TEST_EVERY - 1 ? ProbeSplit.TEST : ProbeSplit.TRAIN;
            return new Probe(new ProbeItem(id, kind, "images/" + id + ".png", SIZE, SIZE, evidence, GRID, cell, answer,
                    split), image);
        } finally {
            g.dispose();
        }
    }

    /** The row-major index of the grid cell holding pixel ({@code x}, {@code y}). */
    public static int cellOf(int x, int y) {
        int cellSize = SIZE / GRID;
        int col = Math.min(GRID - 1, Math.max(0, x / cellSize));
        int row = Math.min(GRID - 1, Math.max(0, y / cellSize));
        return row * GRID + col;
    }

    private static void background(Graphics2D g, Random random) {
        int base = 200 + random.nextInt(40);
        g.setColor(new Color(base, base, base - random.nextInt(15)));
        g.fillRect(0, 0, SIZE, SIZE);
        g.setStroke(new BasicStroke(2));
        for (int i = 0; i < 30; i++) {
            int v = 150 + random.nextInt(80);
            g.setColor(new Color(v, v, v));
            g.drawLine(random.nextInt(SIZE), random.nextInt(SIZE), random.nextInt(SIZE), random.nextInt(SIZE));
        }
    }

    /** Draws a small probe inside a random cell; returns its box {x1, y1, x2, y2}. */
    private static int[] small(Graphics2D g, Random random, ProbeKind kind, String answer) {
        int size = switch (kind) {
            case DIGIT, LETTER -> GLYPH_BOX;
            case COLOUR -> SQUARE;
            default -> DOT_REGION;
        };
        int cellSize = SIZE / GRID;
        int cell = random.nextInt(GRID * GRID);
        int x = (cell % GRID) * cellSize + CELL_MARGIN + random.nextInt(cellSize - 2 * CELL_MARGIN - size + 1);
        int y = (cell / GRID) * cellSize + CELL_MARGIN + random.nextInt(cellSize - 2 * CELL_MARGIN - size + 1);
        switch (kind) {
            case DIGIT, LETTER -> glyph(g, x, y, answer);
            case COLOUR -> {
                g.setColor(COLOURS.get(answer));
                g.fillRect(x, y, SQUARE, SQUARE);
            }
            default -> dots(g, random, x, y, Integer.parseInt(answer));
        }
        return new int[] {x, y, x + size, y + size};
    }

    private static void glyph(Graphics2D g, int x, int y, String text) {
        g.setColor(Color.WHITE);
        g.fillRect(x, y, GLYPH_BOX, GLYPH_BOX);
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(1));
        g.drawRect(x, y, GLYPH_BOX - 1, GLYPH_BOX - 1);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 32));
        FontMetrics m = g.getFontMetrics();
        int tx = x + (GLYPH_BOX - m.stringWidth(text)) / 2;
        int ty = y + (GLYPH_BOX - m.getAscent() - m.getDescent()) / 2 + m.getAscent();
        g.drawString(text, tx, ty);
    }

    private static void dots(Graphics2D g, Random random, int x, int y, int count) {
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(2));
        g.drawRect(x + 1, y + 1, DOT_REGION - 2, DOT_REGION - 2);
        List<int[]> placed = new ArrayList<>();
        int inner = DOT_REGION - 2 * (DOT_RADIUS + 6);
        while (placed.size() < count) {
            int cx = x + DOT_RADIUS + 6 + random.nextInt(inner);
            int cy = y + DOT_RADIUS + 6 + random.nextInt(inner);
            boolean apart = placed.stream().allMatch(p -> Math.hypot(p[0] - cx, p[1] - cy) >= 4 * DOT_RADIUS);
            if (apart) {
                placed.add(new int[] {cx, cy});
                g.fillOval(cx - DOT_RADIUS, cy - DOT_RADIUS, 2 * DOT_RADIUS, 2 * DOT_RADIUS);
            }
        }
    }

    /** Draws the large shape near the centre; returns its bounding box. */
    private static int[] shape(Graphics2D g, Random random, String answer) {
        int size = 200 + random.nextInt(81);
        int cx = SIZE / 2 - 60 + random.nextInt(121);
        int cy = SIZE / 2 - 60 + random.nextInt(121);
        int x = cx - size / 2;
        int y = cy - size / 2;
        g.setColor(Color.getHSBColor(random.nextFloat(), 0.6f, 0.7f));
        switch (answer) {
            case "circle" -> g.fillOval(x, y, size, size);
            case "square" -> g.fillRect(x, y, size, size);
            default -> g.fillPolygon(new Polygon(new int[] {cx, x + size, x}, new int[] {y, y + size, y + size}, 3));
        }
        return new int[] {x, y, x + size, y + size};
    }
}
