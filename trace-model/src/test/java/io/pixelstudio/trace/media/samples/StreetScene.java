package io.pixelstudio.trace.media.samples;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Polygon;
import java.awt.Rectangle;

/** A 2400x1600 street corner: bakery with an opening-hours plaque, street sign, bus-stop timetable. */
final class StreetScene {

    private StreetScene() {
    }

    static Canvas draw() {
        Canvas c = new Canvas(2400, 1600, 11);
        var g = c.g;
        g.setPaint(new GradientPaint(0, 0, new Color(120, 170, 225), 0, 800, new Color(214, 228, 240)));
        g.fillRect(0, 0, 2400, 900);
        for (int x = -40; x < 2400; x += 150 + c.random.nextInt(120)) {
            int h = 250 + c.random.nextInt(380);
            int w = 120 + c.random.nextInt(140);
            int shade = 120 + c.random.nextInt(60);
            g.setColor(new Color(shade, shade + 5, shade + 15));
            g.fillRect(x, 900 - h, w, h);
            g.setColor(new Color(shade + 40, shade + 45, shade + 50));
            for (int wy = 900 - h + 20; wy < 880; wy += 38) {
                for (int wx = x + 12; wx < x + w - 20; wx += 30) {
                    if (c.random.nextInt(5) > 0) {
                        g.fillRect(wx, wy, 16, 22);
                    }
                }
            }
        }
        for (int x = 0; x < 2400; x += 180) {
            int tone = 150 + c.random.nextInt(50);
            g.setColor(new Color(tone, tone - 20, tone - 40));
            g.fillRect(x, 860, 180, 200);
            g.setColor(new Color(tone - 60, tone - 50, tone - 30));
            g.fillRect(x + 25, 930, 130, 110);
        }
        g.setColor(new Color(178, 170, 160));
        g.fillRect(0, 1060, 2400, 110);
        g.setPaint(new GradientPaint(0, 1170, new Color(70, 72, 76), 0, 1600, new Color(45, 46, 50)));
        g.fillRect(0, 1170, 2400, 430);
        g.setColor(new Color(230, 226, 210));
        for (int x = 40; x < 2400; x += 260) {
            g.fillRect(x, 1375, 150, 14);
        }
        drawBakery(c);
        drawStreetSign(c);
        drawBusStop(c);
        drawCar(c, 1250, 1230, new Color(160, 30, 35));
        c.noise(5);
        return c;
    }

    private static void drawBakery(Canvas c) {
        var g = c.g;
        g.setColor(new Color(196, 154, 108));
        g.fillRect(260, 420, 900, 640);
        g.setColor(new Color(150, 40, 40));
        g.fillRect(250, 560, 920, 90);
        g.setColor(new Color(250, 240, 220));
        c.text("BAKERY & CAFE", 420, 630, Canvas.font(Font.BOLD, 64));
        for (int i = 0; i < 9; i++) {
            g.setColor(i % 2 == 0 ? new Color(200, 60, 60) : new Color(245, 245, 240));
            g.fillPolygon(new Polygon(new int[] {250 + i * 102, 352 + i * 102, 372 + i * 102, 230 + i * 102},
                    new int[] {650, 650, 720, 720}, 4));
        }
        g.setColor(new Color(60, 90, 110));
        g.fillRect(320, 760, 420, 280);
        g.setColor(new Color(110, 150, 170));
        g.fillRect(335, 775, 390, 250);
        g.setColor(new Color(90, 60, 40));
        g.fillRect(800, 760, 170, 300);
        g.setColor(new Color(210, 180, 80));
        g.fillOval(940, 905, 14, 14);
        g.setColor(new Color(240, 238, 230));
        g.fillRect(1000, 840, 120, 74);
        g.setColor(new Color(40, 40, 40));
        g.setStroke(new BasicStroke(1.5f));
        g.drawRect(1000, 840, 120, 74);
        Font small = Canvas.font(Font.PLAIN, 11);
        Rectangle a = c.text("OPEN DAILY", 1012, 858, Canvas.font(Font.BOLD, 11));
        Rectangle b = c.text("7:30 - 18:00", 1012, 876, small);
        Rectangle d = c.text("Closed Mon", 1012, 894, small);
        Rectangle e = c.text("Tel 555-0142", 1012, 909, Canvas.font(Font.PLAIN, 10));
        c.detail("bakery_hours_plaque", a.union(b).union(d).union(e).union(new Rectangle(1000, 840, 121, 75)), 4);
    }

    private static void drawStreetSign(Canvas c) {
        var g = c.g;
        g.setColor(new Color(90, 95, 100));
        g.fillRect(1790, 760, 10, 420);
        g.setColor(new Color(20, 110, 60));
        g.fillRoundRect(1730, 770, 130, 30, 6, 6);
        g.setColor(Color.WHITE);
        Rectangle name = c.text("Linden Ave", 1742, 791, Canvas.font(Font.BOLD, 14));
        g.setColor(new Color(20, 70, 140));
        g.fillRoundRect(1800, 808, 54, 22, 5, 5);
        g.setColor(Color.WHITE);
        Rectangle number = c.text("No 47", 1806, 824, Canvas.font(Font.BOLD, 11));
        c.detail("street_sign", name.union(number).union(new Rectangle(1730, 770, 130, 60)), 4);
    }

    private static void drawBusStop(Canvas c) {
        var g = c.g;
        g.setColor(new Color(80, 80, 85));
        g.fillRect(2150, 820, 8, 360);
        g.setColor(new Color(250, 200, 30));
        g.fillOval(2119, 760, 70, 70);
        g.setColor(new Color(30, 30, 30));
        c.text("BUS", 2135, 803, Canvas.font(Font.BOLD, 16));
        g.setColor(new Color(245, 245, 245));
        g.fillRect(2110, 850, 88, 60);
        g.setColor(new Color(30, 30, 30));
        Font tiny = Canvas.font(Font.PLAIN, 9);
        Rectangle l1 = c.text("Line 12  Harbour", 2114, 864, tiny);
        Rectangle l2 = c.text("every 15 min", 2114, 878, tiny);
        Rectangle l3 = c.text("last bus 23:40", 2114, 892, tiny);
        Rectangle l4 = c.text("Line 31  Airport", 2114, 905, tiny);
        c.detail("bus_timetable", l1.union(l2).union(l3).union(l4).union(new Rectangle(2110, 850, 88, 60)), 4);
    }

    private static void drawCar(Canvas c, int x, int y, Color body) {
        var g = c.g;
        g.setColor(body);
        g.fillRoundRect(x, y + 40, 420, 110, 40, 40);
        g.fillRoundRect(x + 80, y, 240, 80, 50, 50);
        g.setColor(new Color(150, 190, 210));
        g.fillRoundRect(x + 100, y + 12, 95, 50, 20, 20);
        g.fillRoundRect(x + 205, y + 12, 95, 50, 20, 20);
        g.setColor(new Color(25, 25, 25));
        g.fillOval(x + 55, y + 115, 80, 80);
        g.fillOval(x + 285, y + 115, 80, 80);
    }
}
