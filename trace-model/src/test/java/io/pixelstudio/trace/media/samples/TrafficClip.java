package io.pixelstudio.trace.media.samples;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Rectangle;

/**
 * Frames of a 3 s, 25 fps, 640x360 crossing: the traffic light is red for frames 0-39 and green
 * from frame 40; a delivery van drives in from the left with a small phone number on its side.
 */
final class TrafficClip {

    static final int FRAMES = 75;
    static final int GREEN_FROM = 40;

    private TrafficClip() {
    }

    static int vanX(int frame) {
        return -330 + (frame - 8) * 11;
    }

    static Canvas frame(int frame) {
        Canvas c = new Canvas(640, 360, 1000 + frame);
        var g = c.g;
        g.setPaint(new GradientPaint(0, 0, new Color(140, 180, 225), 0, 200, new Color(210, 225, 235)));
        g.fillRect(0, 0, 640, 220);
        g.setColor(new Color(150, 140, 135));
        g.fillRect(380, 40, 260, 180);
        g.setColor(new Color(185, 175, 168));
        for (int y = 55; y < 200; y += 34) {
            for (int x = 395; x < 630; x += 40) {
                g.fillRect(x, y, 22, 22);
            }
        }
        g.setColor(new Color(60, 62, 66));
        g.fillRect(0, 220, 640, 140);
        g.setColor(new Color(225, 222, 205));
        for (int x = 10; x < 640; x += 90) {
            g.fillRect(x, 300, 50, 5);
        }
        drawLight(c, frame >= GREEN_FROM);
        drawVan(c, vanX(frame));
        c.noise(3);
        return c;
    }

    private static void drawLight(Canvas c, boolean green) {
        var g = c.g;
        g.setColor(new Color(70, 70, 75));
        g.fillRect(86, 70, 6, 170);
        g.setColor(new Color(25, 25, 28));
        g.fillRoundRect(76, 40, 26, 58, 8, 8);
        g.setColor(green ? new Color(70, 50, 50) : new Color(235, 40, 35));
        g.fillOval(80, 44, 18, 18);
        g.setColor(green ? new Color(40, 220, 90) : new Color(40, 70, 50));
        g.fillOval(80, 74, 18, 18);
    }

    /** Draws the van with its left end at {@code x}; returns the box of the phone number. */
    static Rectangle drawVan(Canvas c, int x) {
        var g = c.g;
        g.setColor(new Color(245, 245, 240));
        g.fillRoundRect(x, 190, 230, 95, 12, 12);
        g.setColor(new Color(235, 235, 230));
        g.fillRoundRect(x + 230, 215, 70, 70, 18, 18);
        g.setColor(new Color(140, 180, 205));
        g.fillRoundRect(x + 250, 222, 40, 28, 8, 8);
        g.setColor(new Color(20, 90, 160));
        c.text("FRESH FISH", x + 30, 228, Canvas.font(Font.BOLD, 22));
        g.setColor(new Color(40, 40, 45));
        Rectangle phone = c.text("call 555-0199", x + 70, 250, Canvas.font(Font.PLAIN, 9));
        g.setColor(new Color(25, 25, 25));
        g.fillOval(x + 30, 265, 44, 44);
        g.fillOval(x + 230, 265, 44, 44);
        return phone;
    }

    /** The phone number's box in frame {@code frame}, clipped to the picture; null when not visible. */
    static Rectangle phoneBox(int frame) {
        int x = vanX(frame);
        Canvas probe = new Canvas(640, 360, 0);
        Rectangle phone = drawVan(probe, x);
        phone.grow(4, 4);
        Rectangle visible = phone.intersection(new Rectangle(0, 0, 640, 360));
        return visible.width >= phone.width ? visible : null;
    }
}
