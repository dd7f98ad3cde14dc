package io.pixelstudio.trace.media.samples;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Rectangle;

/** A 2000x1500 grocery shelf: four boards of products with small price tags and one best-before date. */
final class ShelfScene {

    private static final String[] NAMES = {"Oats", "Rice", "Tea", "Jam", "Honey", "Flour", "Beans", "Pasta", "Cocoa", "Salt"};
    private static final Color[] COLOURS = {
        new Color(200, 60, 50), new Color(40, 120, 190), new Color(60, 150, 80), new Color(230, 170, 40),
        new Color(130, 70, 150), new Color(220, 110, 40), new Color(70, 70, 80), new Color(240, 230, 200),
    };

    private ShelfScene() {
    }

    static Canvas draw() {
        Canvas c = new Canvas(2000, 1500, 23);
        var g = c.g;
        g.setPaint(new GradientPaint(0, 0, new Color(236, 232, 224), 2000, 1500, new Color(205, 200, 190)));
        g.fillRect(0, 0, 2000, 1500);
        int[] boards = {330, 660, 990, 1320};
        for (int row = 0; row < boards.length; row++) {
            int boardY = boards[row];
            g.setPaint(new GradientPaint(0, boardY, new Color(150, 110, 70), 0, boardY + 40, new Color(110, 75, 45)));
            g.fillRect(40, boardY, 1920, 36);
            int x = 80;
            int item = 0;
            while (x < 1850) {
                int w = 110 + c.random.nextInt(70);
                int h = 150 + c.random.nextInt(110);
                Color colour = COLOURS[c.random.nextInt(COLOURS.length)];
                String name = NAMES[c.random.nextInt(NAMES.length)];
                String price = String.format("$%d.%02d", 1 + c.random.nextInt(9), c.random.nextInt(100));
                if (row == 2 && item == 3) {
                    colour = new Color(200, 60, 50);
                    name = "Tea";
                    price = "$4.79";
                }
                drawProduct(c, x, boardY - h, w, h, colour, name);
                Rectangle tag = drawPriceTag(c, x + w / 2 - 24, boardY + 8, price);
                if (row == 2 && item == 3) {
                    c.detail("price_tag_red_tea_shelf3_item4", tag, 4);
                    g.setColor(new Color(255, 255, 255));
                    g.fillRect(x + 8, boardY - 34, w - 16, 16);
                    g.setColor(new Color(30, 30, 30));
                    Rectangle date = c.text("BB 2026-03-14", x + 12, boardY - 22, Canvas.font(Font.PLAIN, 10));
                    c.detail("best_before_red_tea", date, 5);
                }
                if (row == 0 && item == 5) {
                    c.detail("price_tag_shelf1_item6", tag, 4);
                }
                x += w + 22 + c.random.nextInt(30);
                item++;
            }
        }
        c.noise(4);
        return c;
    }

    private static void drawProduct(Canvas c, int x, int y, int w, int h, Color colour, String name) {
        var g = c.g;
        g.setPaint(new GradientPaint(x, y, colour.brighter(), x + w, y, colour.darker()));
        g.fillRoundRect(x, y, w, h, 10, 10);
        g.setColor(new Color(250, 248, 240));
        g.fillRect(x + 10, y + h / 3, w - 20, h / 4);
        g.setColor(new Color(30, 30, 30));
        c.text(name, x + 16, y + h / 3 + h / 8 + 6, Canvas.font(Font.BOLD, 20));
    }

    private static Rectangle drawPriceTag(Canvas c, int x, int y, String price) {
        var g = c.g;
        g.setColor(new Color(255, 252, 235));
        g.fillRect(x, y, 48, 20);
        g.setColor(new Color(30, 30, 30));
        c.text(price, x + 5, y + 14, Canvas.font(Font.BOLD, 11));
        return new Rectangle(x, y, 48, 20);
    }
}
