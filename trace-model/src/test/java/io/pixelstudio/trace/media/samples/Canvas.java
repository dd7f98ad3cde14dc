package io.pixelstudio.trace.media.samples;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Drawing helpers shared by the sample generators, recording the boxes of small details. */
final class Canvas {

    final BufferedImage image;
    final Graphics2D g;
    final Random random;
    final Map<String, Rectangle> details = new LinkedHashMap<>();

    Canvas(int width, int height, long seed) {
        image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        random = new Random(seed);
    }

    static Font font(int style, int size) {
        return new Font("DejaVu Sans", style, size);
    }

    /** Draws {@code text} with its baseline-left at (x, y) and returns its pixel bounds. */
    Rectangle text(String text, int x, int y, Font font) {
        g.setFont(font);
        g.drawString(text, x, y);
        FontMetrics fm = g.getFontMetrics();
        return new Rectangle(x, y - fm.getAscent(), fm.stringWidth(text), fm.getAscent() + fm.getDescent());
    }

    /** Records a small detail's box, grown by {@code margin} px on each side. */
    void detail(String name, Rectangle box, int margin) {
        Rectangle grown = new Rectangle(box);
        grown.grow(margin, margin);
        details.put(name, grown.intersection(new Rectangle(0, 0, image.getWidth(), image.getHeight())));
    }

    /** Adds sensor-like noise of amplitude {@code amount} so the image compresses like a photo. */
    void noise(int amount) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int n = random.nextInt(2 * amount + 1) - amount;
                int r = clamp(((rgb >> 16) & 0xFF) + n);
                int gr = clamp(((rgb >> 8) & 0xFF) + n);
                int b = clamp((rgb & 0xFF) + n);
                image.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
    }

    void writeJpeg(Path file, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    String describeDetails() {
        StringBuilder sb = new StringBuilder();
        details.forEach((name, r) -> sb.append(String.format("  %-28s x1=%d y1=%d x2=%d y2=%d%n",
                name, r.x, r.y, r.x + r.width, r.y + r.height)));
        return sb.toString();
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
