package io.pixelstudio.trace.media;

import io.humble.video.Decoder;
import io.humble.video.Demuxer;
import io.humble.video.DemuxerStream;
import io.humble.video.KeyValueBag;
import io.humble.video.MediaDescriptor;
import io.humble.video.MediaPacket;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open video file in Humble Video: the demuxer, its first video stream, and error
 * translation. Humble throws bare {@link RuntimeException}s and {@link IOException}s without the
 * file name (e.g. from {@code Demuxer.open} on a truncated MP4); every failure leaves here as a
 * {@link MediaDecodeException} naming the file.
 */
final class HumbleVideoFile implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HumbleVideoFile.class);

    private final Path file;
    private final Demuxer demuxer;
    private final DemuxerStream stream;
    private final int streamIndex;

    private HumbleVideoFile(Path file, Demuxer demuxer, DemuxerStream stream, int streamIndex) {
        this.file = file;
        this.demuxer = demuxer;
        this.stream = stream;
        this.streamIndex = streamIndex;
    }

    /** Opens {@code file} and selects its first video stream. */
    static HumbleVideoFile open(Path file) throws MediaDecodeException {
        Objects.requireNonNull(file, "file");
        if (!Files.exists(file)) {
            throw new MediaDecodeException(file, "file not found");
        }
        if (!Files.isRegularFile(file)) {
            throw new MediaDecodeException(file, "not a regular file");
        }
        Demuxer demuxer = Demuxer.make();
        try {
            demuxer.open(file.toString(), null, false, true, null, null);
        } catch (IOException | RuntimeException e) {
            demuxer.delete();
            throw new MediaDecodeException(file, "not a readable video container (truncated, corrupt or "
                    + "unsupported): " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            demuxer.delete();
            throw new MediaDecodeException(file, "interrupted while opening", e);
        }
        try {
            int count = demuxer.getNumStreams();
            for (int i = 0; i < count; i++) {
                DemuxerStream candidate = demuxer.getStream(i);
                Decoder decoder = candidate.getDecoder();
                if (decoder != null && decoder.getCodecType() == MediaDescriptor.Type.MEDIA_VIDEO) {
                    return new HumbleVideoFile(file, demuxer, candidate, i);
                }
            }
            throw new MediaDecodeException(file, "has no video stream");
        } catch (MediaDecodeException e) {
            closeQuietly(demuxer, file);
            throw e;
        } catch (IOException | RuntimeException e) {
            closeQuietly(demuxer, file);
            throw new MediaDecodeException(file, "cannot read streams: " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(demuxer, file);
            throw new MediaDecodeException(file, "interrupted while opening", e);
        }
    }

    Path file() {
        return file;
    }

    Demuxer demuxer() {
        return demuxer;
    }

    DemuxerStream stream() {
        return stream;
    }

    int streamIndex() {
        return streamIndex;
    }

    /** A freshly opened decoder for the video stream (a new one after every seek: no stale state). */
    Decoder openDecoder() {
        Decoder decoder = Decoder.make(stream.getDecoder());
        decoder.open(null, null);
        return decoder;
    }

    /**
     * Reads the next packet of the video stream into {@code packet}, skipping other streams.
     *
     * @return false at the end of the file
     */
    boolean readVideoPacket(MediaPacket packet) throws MediaDecodeException {
        try {
            while (demuxer.read(packet) >= 0) {
                if (packet.isComplete() && packet.getStreamIndex() == streamIndex) {
                    return true;
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            throw new MediaDecodeException(file, "cannot read video data: " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MediaDecodeException(file, "interrupted while reading", e);
        }
    }

    /** Seeks so that the next packet read is at or before decode timestamp {@code dts}. */
    void seekAtOrBefore(long dts) throws MediaDecodeException {
        try {
            int result = demuxer.seek(streamIndex, Long.MIN_VALUE, dts, dts, 0);
            if (result < 0) {
                throw new MediaDecodeException(file, "seek to timestamp " + dts + " failed (error " + result + ")");
            }
        } catch (IOException | RuntimeException e) {
            throw new MediaDecodeException(file, "seek to timestamp " + dts + " failed: " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MediaDecodeException(file, "interrupted while seeking", e);
        }
    }

    /** Clockwise display rotation from the stream's {@code rotate} tag, 0 when absent. */
    int rotationDegrees() {
        KeyValueBag metadata = stream.getMetaData();
        String rotate = metadata == null ? null : metadata.getValue("rotate");
        if (rotate == null || rotate.isBlank()) {
            return 0;
        }
        try {
            return Math.floorMod(Math.round(Float.parseFloat(rotate.trim()) / 90f) * 90, 360);
        } catch (NumberFormatException e) {
            LOG.warn("{}: ignoring unreadable rotate tag '{}'", file, rotate);
            return 0;
        }
    }

    @Override
    public void close() {
        closeQuietly(demuxer, file);
    }

    static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void closeQuietly(Demuxer demuxer, Path file) {
        try {
            demuxer.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("{}: closing demuxer failed", file, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
