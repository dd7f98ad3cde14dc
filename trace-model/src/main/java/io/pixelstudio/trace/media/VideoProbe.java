package io.pixelstudio.trace.media;

import io.humble.video.Decoder;
import io.humble.video.Rational;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a video's facts ({@link VideoInfo}) by demuxing every packet, without decoding pictures.
 * Why count instead of trusting the header: WebM stores no frame count and MP4 edit lists can make
 * the stored count disagree with what a decoder delivers; sampling "16 evenly spaced frames" is
 * only reproducible on an exact count.
 */
public final class VideoProbe {

    private static final Logger LOG = LoggerFactory.getLogger(VideoProbe.class);

    /** Facts about {@code file}; throws naming the file when it is not a readable video. */
    public VideoInfo probe(Path file) throws MediaDecodeException {
        try (HumbleVideoFile video = HumbleVideoFile.open(file)) {
            return describe(video, FrameIndex.scan(video));
        }
    }

    static VideoInfo describe(HumbleVideoFile video, FrameIndex index) throws MediaDecodeException {
        Decoder decoder = video.stream().getDecoder();
        int width = decoder.getWidth();
        int height = decoder.getHeight();
        if (width <= 0 || height <= 0) {
            throw new MediaDecodeException(video.file(), "video stream declares no picture size");
        }
        if (index.size() == 0) {
            throw new MediaDecodeException(video.file(), "video stream holds no frames");
        }
        Rational timeBase = video.stream().getTimeBase();
        double seconds = index.span() * timeBase.getDouble();
        long stored = Math.max(0, video.stream().getNumFrames());
        if (stored > 0 && stored != index.size()) {
            LOG.info("{}: container says {} frames, {} packets found; using the packet count",
                    video.file(), stored, index.size());
        }
        double fps = seconds > 0 ? index.size() / seconds : 0;
        String codec = decoder.getCodec() == null ? "unknown" : decoder.getCodec().getName();
        return new VideoInfo(width, height, index.size(), stored, fps, seconds, index.variableFrameRate(),
                video.rotationDegrees(), codec);
    }
}
