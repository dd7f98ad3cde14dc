package io.pixelstudio.app.video;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.trace.media.MediaDecodeException;
import io.pixelstudio.trace.media.VideoFrameDecoder;
import io.pixelstudio.trace.media.VideoInfo;

import java.awt.image.BufferedImage;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * A video file read through trace-model's frame-accurate {@link VideoFrameDecoder}. The decoder is
 * not thread-safe, so every decode holds one lock; scaling to thumbnails happens outside it. Frame
 * times are read once at opening, so labels never wait for a decode in progress.
 */
final class VideoFrameSource implements FrameSource {

    private final Path file;
    private final VideoFrameDecoder decoder;
    private final VideoInfo info;
    private final double[] seconds;
    private final Messages text = VideoText.load();
    private final Object lock = new Object();
    private boolean closed;

    private VideoFrameSource(Path file, VideoFrameDecoder decoder) {
        this.file = file.toAbsolutePath().normalize();
        this.decoder = decoder;
        this.info = decoder.info();
        this.seconds = new double[info.frameCount()];
        for (int i = 0; i < seconds.length; i++) {
            seconds[i] = decoder.timestampSeconds(i);
        }
    }

    static VideoFrameSource open(Path file) throws MediaDecodeException {
        Objects.requireNonNull(file, "file");
        VideoFrameDecoder decoder = VideoFrameDecoder.open(file);
        try {
            return new VideoFrameSource(file, decoder);
        } catch (RuntimeException e) {
            decoder.close();
            throw e;
        }
    }

    /** What the file holds: size, counted frames, frame rate, codec. */
    VideoInfo info() {
        return info;
    }

    /** Presentation time of frame {@code index} in seconds from the first frame. */
    double timeSeconds(int index) {
        return seconds[Objects.checkIndex(index, seconds.length)];
    }

    @Override
    public int frameCount() {
        return seconds.length;
    }

    @Override
    public BufferedImage frame(int index) {
        Objects.checkIndex(index, seconds.length);
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException(file + ": video closed");
            }
            try {
                return decoder.decode(index);
            } catch (MediaDecodeException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
        }
    }

    @Override
    public String label(int index) {
        return text.get("label.video", String.valueOf(index), String.format(Locale.ROOT, "%.2f", timeSeconds(index)));
    }

    @Override
    public Object frameKey(int index) {
        return new VideoFrameKey(file, Objects.checkIndex(index, seconds.length));
    }

    /** Waits for a decode in progress, then releases the file; later reads fail. */
    @Override
    public void close() {
        synchronized (lock) {
            if (!closed) {
                closed = true;
                decoder.close();
            }
        }
    }

    @Override
    public String toString() {
        return file.toString();
    }

    /** Cache key of one frame of one file. */
    private record VideoFrameKey(Path file, int index) {
    }
}
