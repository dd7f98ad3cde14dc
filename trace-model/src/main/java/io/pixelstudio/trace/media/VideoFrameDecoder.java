package io.pixelstudio.trace.media;

import io.humble.video.Decoder;
import io.humble.video.MediaPacket;
import io.humble.video.MediaPicture;
import io.humble.video.awt.MediaPictureConverter;
import io.humble.video.awt.MediaPictureConverterFactory;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes exactly frame N (0-based, presentation order) of a video file, in any order of requests.
 *
 * <p>Why not "seek to time t and take the next picture": with B-frames, keyframe intervals and
 * variable frame rates that lands on a neighbouring frame, and a researcher checking which frame a
 * model selected must see that very frame. This class indexes all packets once ({@link FrameIndex}),
 * seeks to the keyframe before the wanted frame, and decodes forward until the picture carrying the
 * wanted presentation timestamp appears. Not thread-safe: one decoder per thread.
 */
public final class VideoFrameDecoder implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(VideoFrameDecoder.class);

    private final HumbleVideoFile video;
    private final FrameIndex index;
    private final VideoInfo info;
    private final RotationMode rotationMode;
    private MediaPictureConverter converter;

    private VideoFrameDecoder(HumbleVideoFile video, FrameIndex index, RotationMode rotationMode)
            throws MediaDecodeException {
        this.video = video;
        this.index = index;
        this.info = VideoProbe.describe(video, index);
        this.rotationMode = rotationMode;
    }

    /** Opens {@code file}, applying rotation metadata to decoded frames. */
    public static VideoFrameDecoder open(Path file) throws MediaDecodeException {
        return open(file, RotationMode.APPLY_METADATA);
    }

    /** Opens {@code file}; indexing reads every packet once. */
    public static VideoFrameDecoder open(Path file, RotationMode rotationMode) throws MediaDecodeException {
        Objects.requireNonNull(rotationMode, "rotationMode");
        HumbleVideoFile video = HumbleVideoFile.open(file);
        try {
            return new VideoFrameDecoder(video, FrameIndex.scan(video), rotationMode);
        } catch (MediaDecodeException | RuntimeException e) {
            video.close();
            throw e;
        }
    }

    public VideoInfo info() {
        return info;
    }

    /** Presentation timestamp of frame {@code frameIndex} in seconds from the first frame. */
    public double timestampSeconds(int frameIndex) {
        checkIndex(frameIndex);
        return (index.frame(frameIndex).pts() - index.frame(0).pts()) * video.stream().getTimeBase().getDouble();
    }

    /** Frame {@code frameIndex} as packed 8-bit RGB ({@link BufferedImage#TYPE_INT_RGB}). */
    public BufferedImage decode(int frameIndex) throws MediaDecodeException {
        checkIndex(frameIndex);
        FrameIndex.Entry target = index.frame(frameIndex);
        FrameIndex.Entry key = index.keyframeFor(frameIndex);
        BufferedImage image = null;
        if (key != null) {
            video.seekAtOrBefore(key.dts());
            image = decodeForward(target.pts());
        }
        if (image == null) {
            LOG.debug("{}: frame {} not reached from its keyframe; decoding from the start", video.file(), frameIndex);
            video.seekAtOrBefore(Long.MIN_VALUE + 1);
            image = decodeForward(target.pts());
        }
        if (image == null) {
            throw new MediaDecodeException(video.file(), "decoder produced no picture for frame " + frameIndex
                    + " (pts " + target.pts() + "); the stream may be corrupt");
        }
        return rotationMode == RotationMode.APPLY_METADATA ? Rotation.clockwise(image, info.rotationDegrees()) : image;
    }

    /** Frame {@code frameIndex} scaled so its longer side is at most {@code maxSide} (never enlarged). */
    public BufferedImage thumbnail(int frameIndex, int maxSide) throws MediaDecodeException {
        if (maxSide <= 0) {
            throw new IllegalArgumentException("maxSide must be positive: " + maxSide);
        }
        BufferedImage frame = decode(frameIndex);
        double scale = Math.min(1.0, (double) maxSide / Math.max(frame.getWidth(), frame.getHeight()));
        int w = Math.max(1, (int) Math.round(frame.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(frame.getHeight() * scale));
        BufferedImage thumb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = thumb.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(frame, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return thumb;
    }

    private BufferedImage decodeForward(long wantedPts) throws MediaDecodeException {
        Decoder decoder = video.openDecoder();
        MediaPicture picture = MediaPicture.make(decoder.getWidth(), decoder.getHeight(), decoder.getPixelFormat());
        MediaPacket packet = MediaPacket.make();
        try {
            while (video.readVideoPacket(packet)) {
                int offset = 0;
                do {
                    int used = decoder.decode(picture, packet, offset);
                    if (picture.isComplete() && picture.getTimeStamp() == wantedPts) {
                        return toImage(picture);
                    }
                    if (used <= 0) {
                        break;
                    }
                    offset += used;
                } while (offset < packet.getSize());
            }
            do {
                decoder.decode(picture, null, 0);
                if (picture.isComplete() && picture.getTimeStamp() == wantedPts) {
                    return toImage(picture);
                }
            } while (picture.isComplete());
            return null;
        } catch (RuntimeException e) {
            throw new MediaDecodeException(video.file(), "decoding failed: " + HumbleVideoFile.describe(e), e);
        }
    }

    private BufferedImage toImage(MediaPicture picture) {
        if (converter == null) {
            converter = MediaPictureConverterFactory.createConverter(MediaPictureConverterFactory.HUMBLE_BGR_24, picture);
        }
        BufferedImage bgr = converter.toImage(null, picture);
        BufferedImage rgb = new BufferedImage(bgr.getWidth(), bgr.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.getRaster().setDataElements(0, 0, bgr.getWidth(), bgr.getHeight(),
                bgr.getRGB(0, 0, bgr.getWidth(), bgr.getHeight(), null, 0, bgr.getWidth()));
        return rgb;
    }

    private void checkIndex(int frameIndex) {
        if (frameIndex < 0 || frameIndex >= index.size()) {
            throw new IndexOutOfBoundsException("frame " + frameIndex + " of " + video.file()
                    + " out of range [0, " + (index.size() - 1) + "]");
        }
    }

    @Override
    public void close() {
        video.close();
    }
}
