package io.pixelstudio.bridge.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.VisualOperation;
import io.pixelstudio.trace.ops.CropExecutor;
import io.pixelstudio.trace.ops.CropGeometry;
import io.pixelstudio.trace.ops.OperationResult;
import io.pixelstudio.trace.ops.PixelBounds;
import io.pixelstudio.trace.ops.ToolCall;
import io.pixelstudio.trace.ops.ToolCallParser;
import io.pixelstudio.trace.ops.VisualState;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ops.py} crops as {@link CropExecutor} does: the same cut box, the same resized size and the same
 * result or error text for every box and image size; and, when the Python has Pillow, the same pixels
 * (Java's resampler reimplements Pillow's bicubic). Without Pillow the pixel part is skipped and the
 * Python output says so ({@code "pixels": false}).
 */
class PythonCropCrossCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final double[][] BOXES = {
            {0.1, 0.2, 0.5, 0.6}, {0.0, 0.0, 0.99, 0.99}, {0.45, 0.45, 0.55, 0.55}, {0.5, 0.5, 0.5, 0.5},
            {0.9, 0.1, 0.2, 0.5}, {0.2, 0.8, 0.6, 0.1}, {0, 0, 1, 1}, {10, 20, 200, 180}, {0.25, 0.25, 0.75, 0.75},
            {0.05, 0.9, 0.35, 0.98}, {-0.2, -0.1, 1.3, 0.4}, {100, 0.5, 0.5, 0.5}, {0.333, 0.125, 0.675, 0.875}};
    private static final int[][] SIZES = {{640, 480}, {333, 211}, {1000, 1000}, {97, 403}, {1920, 1080}, {58, 60}};

    private static BufferedImage image(int width, int height, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = (x * 255 / width + random.nextInt(40)) & 0xff;
                int g = (y * 255 / height + random.nextInt(40)) & 0xff;
                int b = ((x ^ y) + random.nextInt(60)) & 0xff;
                image.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        return image;
    }

    private static String callJson(double[] box) {
        StringBuilder values = new StringBuilder();
        for (double v : box) {
            values.append(values.length() == 0 ? "" : ", ").append(v == Math.rint(v) && Math.abs(v) >= 1
                    ? String.valueOf((long) v) : String.valueOf(v));
        }
        return "{\"name\": \"crop_image_normalized\", \"arguments\": {\"bbox_2d\": [" + values + "], \"target_image\": 1}}";
    }

    @Test
    void boxesSizesTextsAndPixelsAgreeWithCropExecutor(@TempDir Path temp) throws Exception {
        ObjectNode request = JSON.createObjectNode();
        request.putArray("bounds").add(PixelBounds.TRAINING_CROP.minPixels()).add(PixelBounds.TRAINING_CROP.maxPixels());
        List<BufferedImage> images = new ArrayList<>();
        List<double[]> boxes = new ArrayList<>();
        for (int s = 0; s < SIZES.length; s++) {
            BufferedImage source = image(SIZES[s][0], SIZES[s][1], s);
            Path file = temp.resolve("src" + s + ".png");
            ImageIO.write(source, "png", file.toFile());
            for (int b = 0; b < BOXES.length; b++) {
                ObjectNode c = request.withArray("cases").addObject();
                c.put("width", SIZES[s][0]).put("height", SIZES[s][1]).put("image", file.toString())
                        .put("out", temp.resolve("crop" + s + "-" + b + ".png").toString());
                JsonNode bbox = JSON.readTree(callJson(BOXES[b])).get("arguments").get("bbox_2d");
                c.set("bbox", bbox);
                images.add(source);
                boxes.add(BOXES[b]);
            }
        }
        Path in = temp.resolve("crop.json");
        JSON.writeValue(in.toFile(), request);

        PythonProcess.Result result = PythonProcess.run(temp, "-m", "pixelstudio_runner.check", "crop", in.toString());

        assertThat(result.exitCode()).as(result.both()).isZero();
        JsonNode python = JSON.readTree(result.stdout());
        boolean pixels = python.get("pixels").asBoolean();
        CropExecutor executor = new CropExecutor(PixelBounds.TRAINING_CROP);
        int pixelChecked = 0;
        for (int i = 0; i < images.size(); i++) {
            BufferedImage source = images.get(i);
            JsonNode py = python.get("results").get(i);
            String at = "case " + i + " " + source.getWidth() + "x" + source.getHeight() + " "
                    + java.util.Arrays.toString(boxes.get(i));
            VisualOperation.ZoomIn zoom = (VisualOperation.ZoomIn)
                    ((ToolCall.Valid) ToolCallParser.parseJson(callJson(boxes.get(i)))).operation();
            CropExecutor.Outcome outcome = executor.execute(VisualState.ofImages(List.of(source)), zoom);
            CropGeometry geometry = CropGeometry.of(zoom.box(), source.getWidth(), source.getHeight());
            JsonNode cut = py.get("cut");
            assertThat(cut.get(0).asDouble()).as(at).isCloseTo(geometry.exactLeft(), within(1e-9));
            assertThat(cut.get(1).asDouble()).as(at).isCloseTo(geometry.exactTop(), within(1e-9));
            assertThat(cut.get(2).asDouble()).as(at).isCloseTo(geometry.exactRight(), within(1e-9));
            assertThat(cut.get(3).asDouble()).as(at).isCloseTo(geometry.exactBottom(), within(1e-9));
            assertThat(py.get("text").asText()).as(at).isEqualTo(outcome.result().observationText());
            if (outcome.result() instanceof OperationResult.Success success) {
                BufferedImage crop = success.images().get(0);
                assertThat(py.get("size").get(0).asInt()).as(at).isEqualTo(crop.getWidth());
                assertThat(py.get("size").get(1).asInt()).as(at).isEqualTo(crop.getHeight());
                if (pixels) {
                    BufferedImage pil = ImageIO.read(temp.resolve("crop" + (i / BOXES.length) + "-"
                            + (i % BOXES.length) + ".png").toFile());
                    for (int y = 0; y < crop.getHeight(); y++) {
                        for (int x = 0; x < crop.getWidth(); x++) {
                            assertThat(pil.getRGB(x, y) & 0xffffff).as(at + " pixel " + x + "," + y)
                                    .isEqualTo(crop.getRGB(x, y) & 0xffffff);
                        }
                    }
                    pixelChecked++;
                }
            } else {
                assertThat(py.get("failed").asBoolean()).as(at).isTrue();
            }
        }
        assertThat(python.get("results")).hasSize(images.size());
        if (pixels) {
            assertThat(pixelChecked).isGreaterThan(30);
        }
    }
}
