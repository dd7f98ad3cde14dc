package io.pixelstudio.bridge.probe;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;

/**
 * Builds the altered original image of each {@link ProbeKind}: a copy of the image with the cut
 * region replaced. Same-size replacements copy pixels one to one, so the model's crop pipeline
 * (padding, rounding, resize) treats the counterfactual exactly like the real crop.
 */
final class Counterfactuals {

    private static final int RANDOM_TRIES = 10_000;

    private Counterfactuals() {
    }

    /**
     * The altered image, or empty when the kind is impossible here (no same-size region without
     * overlap for {@link ProbeKind#RANDOM}, or no shifted place for {@link ProbeKind#SHIFT}).
     */
    static Optional<BufferedImage> apply(BufferedImage original, Rectangle region, ProbeKind kind, long seed) {
        Objects.requireNonNull(original, "original");
        Rectangle r = region.intersection(new Rectangle(0, 0, original.getWidth(), original.getHeight()));
        if (r.isEmpty()) {
            throw new IllegalArgumentException("the region " + region + " lies outside the image");
        }
        BufferedImage copy = new BufferedImage(original.getWidth(), original.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, copy.getWidth(), copy.getHeight());
            g.drawImage(original, 0, 0, null);
            switch (kind) {
                case MASK -> {
                    g.setColor(Color.BLACK);
                    g.fill(r);
                }
                case SHIFT -> {
                    Optional<Rectangle> source = shifted(r, original.getWidth());
                    if (source.isEmpty()) {
                        return Optional.empty();
                    }
                    copyRegion(g, original, source.get(), r);
                }
                case RANDOM -> {
                    Optional<Rectangle> source = random(r, original.getWidth(), original.getHeight(), new Random(seed));
                    if (source.isEmpty()) {
                        return Optional.empty();
                    }
                    copyRegion(g, original, source.get(), r);
                }
                case FULL -> {
                    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                    g.drawImage(original, r.x, r.y, r.width, r.height, null);
                }
            }
        } finally {
            g.dispose();
        }
        return Optional.of(copy);
    }

    /** One box width to the right, else to the left, clamped into the image; empty when it would not move. */
    static Optional<Rectangle> shifted(Rectangle r, int imageWidth) {
        int right = Math.min(r.x + r.width, imageWidth - r.width);
        int left = Math.max(r.x - r.width, 0);
        int x = right > r.x ? right : left;
        return x == r.x ? Optional.empty() : Optional.of(new Rectangle(x, r.y, r.width, r.height));
    }

    /** A same-size region inside the image not overlapping {@code r}, drawn from {@code random}. */
    static Optional<Rectangle> random(Rectangle r, int width, int height, Random random) {
        int maxX = width - r.width;
        int maxY = height - r.height;
        for (int i = 0; i < RANDOM_TRIES; i++) {
            Rectangle candidate = new Rectangle(random.nextInt(maxX + 1), random.nextInt(maxY + 1), r.width, r.height);
            if (!candidate.intersects(r)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static void copyRegion(Graphics2D g, BufferedImage original, Rectangle from, Rectangle to) {
        g.drawImage(original.getSubimage(from.x, from.y, from.width, from.height), to.x, to.y, null);
    }
}
