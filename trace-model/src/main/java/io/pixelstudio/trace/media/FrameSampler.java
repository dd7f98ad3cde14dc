package io.pixelstudio.trace.media;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Turns a video file into the reference format's video: a fixed number of evenly spaced frame
 * images (16 in the Pixel Reasoner data, whose {@code select_frames} tool numbers frames 1..16).
 *
 * <p>Which frames: {@code round(linspace(0, n-1, k))} exactly as NumPy computes it — step
 * {@code (n-1)/(k-1)} in double precision, value {@code i*step}, the last one pinned to
 * {@code n-1}, rounded half to even — the usual way frames are pre-extracted for Qwen2-VL style
 * training. (The reference repository does not include its frame extraction, so the formula is
 * the common convention, not a copy of theirs.) With fewer than k frames some frames repeat, so
 * the result always has k images and the tool's frame numbering stays valid.
 */
public final class FrameSampler {

    /** Frames per video in the reference data. */
    public static final int DEFAULT_SAMPLES = 16;

    private static final float JPEG_QUALITY = 0.95f;
    private static final String FORMULA = "round_half_even(numpy.linspace(0, frameCount - 1, samples))";

    private final RotationMode rotationMode;

    /** A sampler that writes frames upright (rotation metadata applied). */
    public FrameSampler() {
        this(RotationMode.APPLY_METADATA);
    }

    public FrameSampler(RotationMode rotationMode) {
        this.rotationMode = Objects.requireNonNull(rotationMode, "rotationMode");
    }

    /** The 0-based indices of {@code samples} evenly spaced frames among {@code frameCount}. */
    public static List<Integer> evenlySpaced(int frameCount, int samples) {
        if (frameCount <= 0 || samples <= 0) {
            throw new IllegalArgumentException("frameCount and samples must be positive: "
                    + frameCount + ", " + samples);
        }
        List<Integer> indices = new ArrayList<>(samples);
        if (samples == 1) {
            indices.add(0);
            return List.copyOf(indices);
        }
        double step = (double) (frameCount - 1) / (samples - 1);
        for (int i = 0; i < samples - 1; i++) {
            indices.add((int) Math.rint(i * step));
        }
        indices.add(frameCount - 1);
        return List.copyOf(indices);
    }

    /**
     * Decodes {@code samples} evenly spaced frames of {@code video} and writes them as JPEG files
     * {@code <stem>_<k>_f<index>.jpg} (k 1-based, index the 0-based source frame) into
     * {@code outputDir}, plus a sidecar {@code <stem>.frames.json} recording the indices.
     */
    public SampledFrames sample(Path video, Path outputDir, int samples) throws IOException {
        Objects.requireNonNull(outputDir, "outputDir");
        try (VideoFrameDecoder decoder = VideoFrameDecoder.open(video, rotationMode)) {
            VideoInfo info = decoder.info();
            List<Integer> indices = evenlySpaced(info.frameCount(), samples);
            Files.createDirectories(outputDir);
            String stem = stem(video);
            Map<Integer, BufferedImage> decoded = new HashMap<>();
            List<Path> files = new ArrayList<>(indices.size());
            for (int k = 0; k < indices.size(); k++) {
                int index = indices.get(k);
                BufferedImage frame = decoded.containsKey(index) ? decoded.get(index) : decoder.decode(index);
                decoded.put(index, frame);
                Path file = outputDir.resolve(String.format(Locale.ROOT, "%s_%02d_f%06d.jpg", stem, k + 1, index));
                writeJpeg(frame, file);
                files.add(file);
            }
            Path manifest = outputDir.resolve(stem + ".frames.json");
            writeManifest(manifest, video, info, indices, files, decoder);
            return new SampledFrames(video, info, indices, files, manifest);
        }
    }

    private static void writeJpeg(BufferedImage image, Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
        Files.deleteIfExists(file);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    private static void writeManifest(Path manifest, Path video, VideoInfo info, List<Integer> indices,
            List<Path> files, VideoFrameDecoder decoder) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("video", video.getFileName().toString());
        root.put("frameCount", info.frameCount());
        root.put("averageFps", info.averageFps());
        root.put("durationSeconds", info.durationSeconds());
        root.put("rotationDegrees", info.rotationDegrees());
        root.put("formula", FORMULA);
        ArrayNode frames = root.putArray("frames");
        for (int k = 0; k < indices.size(); k++) {
            ObjectNode frame = frames.addObject();
            frame.put("number", k + 1);
            frame.put("sourceIndex", indices.get(k));
            frame.put("timeSeconds", decoder.timestampSeconds(indices.get(k)));
            frame.put("file", files.get(k).getFileName().toString());
        }
        mapper.writeValue(manifest.toFile(), root);
    }

    private static String stem(Path video) {
        String name = video.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
