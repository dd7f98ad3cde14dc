package io.pixelstudio.trace.media.samples;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;

/** A 1800x1200 bar chart whose value labels and footnote are too small to read unzoomed. */
final class ChartScene {

    static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    static final double[] VALUES = {41.2, 43.8, 47.5, 46.1, 52.9, 58.4, 63.7, 61.0, 55.3, 57.6, 60.2, 66.8};

    private ChartScene() {
    }

    static Canvas draw() {
        Canvas c = new Canvas(1800, 1200, 37);
        var g = c.g;
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1800, 1200);
        g.setColor(new Color(30, 30, 40));
        c.text("Monthly active users, 2024 (thousands)", 160, 110, Canvas.font(Font.BOLD, 40));
        int left = 160;
        int right = 1700;
        int top = 200;
        int bottom = 1000;
        g.setStroke(new BasicStroke(1f));
        for (int v = 0; v <= 70; v += 10) {
            int y = bottom - (bottom - top) * v / 70;
            g.setColor(new Color(225, 225, 230));
            g.drawLine(left, y, right, y);
            g.setColor(new Color(90, 90, 100));
            c.text(String.valueOf(v), left - 50, y + 8, Canvas.font(Font.PLAIN, 22));
        }
        int slot = (right - left) / MONTHS.length;
        for (int i = 0; i < MONTHS.length; i++) {
            int x = left + i * slot + 22;
            int h = (int) Math.round((bottom - top) * VALUES[i] / 70);
            g.setColor(i == 6 ? new Color(230, 120, 40) : new Color(70, 120, 190));
            g.fillRect(x, bottom - h, slot - 44, h);
            g.setColor(new Color(60, 60, 70));
            c.text(MONTHS[i], x + 20, bottom + 36, Canvas.font(Font.PLAIN, 24));
            g.setColor(new Color(40, 40, 50));
            Rectangle label = c.text(String.format("%.1f", VALUES[i]), x + (slot - 44) / 2 - 9, bottom - h - 5,
                    Canvas.font(Font.PLAIN, 9));
            if (i == 6) {
                c.detail("value_label_jul", label, 6);
            }
            if (i == 2) {
                c.detail("value_label_mar", label, 6);
            }
        }
        g.setColor(new Color(60, 60, 70));
        g.setStroke(new BasicStroke(2f));
        g.drawLine(left, bottom, right, bottom);
        g.setColor(new Color(120, 120, 130));
        Rectangle note = c.text("Source: internal telemetry, n = 4,812 accounts; July includes the summer campaign.",
                160, 1150, Canvas.font(Font.PLAIN, 10));
        c.detail("footnote_source", note, 5);
        return c;
    }
}
