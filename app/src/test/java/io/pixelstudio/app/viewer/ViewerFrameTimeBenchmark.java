package io.pixelstudio.app.viewer;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Frame time of the viewer while panning and zooming a large image with overlays, on a real
 * Stage (run under Xvfb on a headless machine). A {@code main}, not a unit test: timings on a
 * shared machine must not fail a build. Run it with {@code -Djavafx.animation.fullspeed=true} so
 * pulses are not capped at 60 Hz: the time between pulses is then the full cost of a frame (the FX
 * thread's paint and the render thread drawing the canvas), which is what must stay under 16 ms.
 *
 * <p>Options: {@code --steps N} (default 200), {@code --width W --height H} (default 4000×3000),
 * {@code --view WxH} (default 1280x800), {@code --image false} / {@code --overlays false} to
 * measure the cost of an empty frame or of the image alone.
 */
public final class ViewerFrameTimeBenchmark {

    private static final int WARM_UP = 30;

    private ViewerFrameTimeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int steps = intOption(args, "--steps", 200);
        int width = intOption(args, "--width", 4000);
        int height = intOption(args, "--height", 3000);
        String[] view = option(args, "--view", "1280x800").split("x");
        boolean withImage = Boolean.parseBoolean(option(args, "--image", "true"));
        boolean withOverlays = Boolean.parseBoolean(option(args, "--overlays", "true"));
        long t0 = System.nanoTime();
        BufferedImage awt = pattern(width, height);
        long t1 = System.nanoTime();
        WritableImage image = FxImages.toFx(awt);
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "image %dx%d: generate %.0f ms, FxImages.toFx %.0f ms%n",
                width, height, (t1 - t0) / 1e6, (t2 - t1) / 1e6);

        CountDownLatch done = new CountDownLatch(1);
        long[] paintNanos = new long[steps];
        long[] frameNanos = new long[steps];
        Platform.startup(() -> {
            Stage stage = new Stage();
            ImageViewer viewer = new ImageViewer();
            if (withOverlays) {
                viewer.overlays().addAll(overlays(width, height));
            }
            stage.setScene(new Scene(viewer, Double.parseDouble(view[0]), Double.parseDouble(view[1])));
            stage.show();
            viewer.imageProperty().set(withImage ? image : null);
            List<ViewTransform> path = path(viewer, width, height, WARM_UP + steps + 1);
            new AnimationTimer() {
                private int frame;
                private long last;

                @Override
                public void handle(long now) {
                    long start = System.nanoTime();
                    int measured = frame - WARM_UP - 1;
                    if (measured >= 0 && measured < steps) {
                        frameNanos[measured] = start - last;
                    }
                    last = start;
                    if (frame >= path.size()) {
                        stop();
                        stage.close();
                        done.countDown();
                        return;
                    }
                    viewer.setTransform(path.get(frame));
                    long paintStart = System.nanoTime();
                    viewer.paint();
                    if (measured >= 0 && measured < steps) {
                        paintNanos[measured] = System.nanoTime() - paintStart;
                    }
                    frame++;
                }
            }.start();
        });
        if (!done.await(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the benchmark did not finish in 5 minutes");
        }
        Platform.exit();
        System.out.printf(Locale.ROOT, "fullspeed=%s, steps=%d, view=%sx%s, image=%s, overlays=%s%n",
                System.getProperty("javafx.animation.fullspeed", "false"), steps, view[0], view[1], withImage, withOverlays);
        report("paint_ms (FX thread, ImageViewer.paint)", paintNanos);
        report("frame_ms (pulse to pulse: paint + render)", frameNanos);
    }

    /** Alternating pans and zooms about moving points, from the fitted view down to 8× and back. */
    private static List<ViewTransform> path(ImageViewer viewer, int width, int height, int count) {
        double viewW = viewer.getScene().getWidth();
        double viewH = viewer.getScene().getHeight();
        ViewTransform t = ViewTransform.fit(width, height, viewW, viewH);
        Random random = new Random(2505_15966L);
        List<ViewTransform> path = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (i % 2 == 0) {
                t = t.pan(random.nextDouble() * 80 - 40, random.nextDouble() * 80 - 40);
            } else {
                double factor = (i / 40) % 2 == 0 ? 1.12 : 1 / 1.12;
                t = t.zoomAbout(random.nextDouble() * viewW, random.nextDouble() * viewH, factor,
                        ImageViewer.MIN_SCALE, 8);
            }
            path.add(t);
        }
        return path;
    }

    private static List<Overlay> overlays(int width, int height) {
        List<ZoomBoxOverlay.StepBox> boxes = new ArrayList<>();
        for (int s = 1; s <= 4; s++) {
            double x = width * 0.15 * s;
            double y = height * 0.12 * s;
            boxes.add(new ZoomBoxOverlay.StepBox(s, 2 * s, px(x + 40, y + 40, x + 300, y + 200),
                    px(x, y, x + 340, y + 240), s == 3));
        }
        return List.of(new TokenGridOverlay(width, height, 1288, 966),
                new EvidenceOverlay(List.of(px(width * 0.5, height * 0.5, width * 0.6, height * 0.58))),
                new ZoomBoxOverlay(boxes, 2));
    }

    private static Box px(double x1, double y1, double x2, double y2) {
        return new Box(x1, y1, x2, y2, BoxConvention.ORIGINAL_PIXELS);
    }

    /** A detailed test pattern (gradients plus noise), so no pipeline can shortcut flat colour; INT_RGB as ImageLoader returns. */
    private static BufferedImage pattern(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] data = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        Random random = new Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = (x * 255 / width) ^ (random.nextInt() & 0x1f);
                int g = (y * 255 / height) ^ (((x >> 4) + (y >> 4)) & 1) * 0x40;
                int b = (x + y) & 0xff;
                data[y * width + x] = 0xff000000 | (r & 0xff) << 16 | (g & 0xff) << 8 | b;
            }
        }
        return image;
    }

    private static void report(String name, long[] nanos) {
        double[] ms = Arrays.stream(nanos).mapToDouble(n -> n / 1e6).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-45s median %.2f  p95 %.2f  max %.2f  (n=%d)%n", name,
                ms[ms.length / 2], ms[(int) Math.ceil(ms.length * 0.95) - 1], ms[ms.length - 1], ms.length);
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    private static int intOption(String[] args, String name, int fallback) {
        return Integer.parseInt(option(args, name, String.valueOf(fallback)));
    }
}
