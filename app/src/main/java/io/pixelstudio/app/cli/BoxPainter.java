package io.pixelstudio.app.cli;

import io.pixelstudio.trace.Box;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Draws a zoom box on a copy of its source image: the box the model asked for (dashed) and the
 * region actually cut after padding and clamping (solid), so the two can be told apart.
 */
final class BoxPainter {

    private static final Color REQUESTED = new Color(255, 200, 0);
    private static final Color CUT = new Color(230, 30, 60);

    private BoxPainter() {
    }

    static BufferedImage paint(BufferedImage source, Box requested, Box cut, String label) {
        BufferedImage copy = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        try {
            g.drawImage(source, 0, 0, null);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            float width = Math.max(2f, Math.max(source.getWidth(), source.getHeight()) / 400f);
            g.setColor(CUT);
            g.setStroke(new BasicStroke(width));
            draw(g, cut);
            g.setColor(REQUESTED);
            g.setStroke(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {width * 4, width * 3}, 0f));
            draw(g, requested);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.round(width * 8)));
            g.setColor(CUT);
            int x = (int) Math.round(Math.min(cut.x1(), cut.x2()));
            int y = (int) Math.round(Math.min(cut.y1(), cut.y2()));
            g.drawString(label, x, Math.max(g.getFontMetrics().getAscent(), y - Math.round(width * 2)));
        } finally {
            g.dispose();
        }
        return copy;
    }

    private static void draw(Graphics2D g, Box box) {
        int x = (int) Math.round(Math.min(box.x1(), box.x2()));
        int y = (int) Math.round(Math.min(box.y1(), box.y2()));
        int w = (int) Math.round(Math.abs(box.width()));
        int h = (int) Math.round(Math.abs(box.height()));
        g.drawRect(x, y, w, h);
    }
}
