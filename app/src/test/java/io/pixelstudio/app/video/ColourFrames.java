package io.pixelstudio.app.video;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/** A synthetic source: frame i is a solid 160x90 colour, counted decodes, one frame may be corrupt. */
final class ColourFrames implements FrameSource {

    private final String name;
    private final int count;
    private final int corrupt;
    private final AtomicInteger decodes = new AtomicInteger();

    ColourFrames(String name, int count, int corrupt) {
        this.name = name;
        this.count = count;
        this.corrupt = corrupt;
    }

    static int colour(int index) {
        return new Color((index * 40) % 256, 255 - (index * 15) % 256, (index * 90) % 256).getRGB();
    }

    int decodes() {
        return decodes.get();
    }

    @Override
    public int frameCount() {
        return count;
    }

    @Override
    public BufferedImage frame(int index) {
        Objects.checkIndex(index, count);
        decodes.incrementAndGet();
        if (index == corrupt) {
            throw new UncheckedIOException(name + " frame " + index + ": corrupt packet", new IOException("corrupt"));
        }
        BufferedImage image = new BufferedImage(160, 90, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(colour(index)));
        g.fillRect(0, 0, 160, 90);
        g.dispose();
        return image;
    }

    @Override
    public String label(int index) {
        return name + (index + 1);
    }

    @Override
    public Object frameKey(int index) {
        return name + "/" + index;
    }
}
