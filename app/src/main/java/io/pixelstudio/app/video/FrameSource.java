package io.pixelstudio.app.video;

import io.pixelstudio.app.viewer.ThumbnailScaling;
import io.pixelstudio.trace.media.ImageLoader;
import io.pixelstudio.trace.media.MediaDecodeException;

import java.awt.image.BufferedImage;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The frames of one video as the studio shows them, whatever their storage: Pixel Reasoner stores
 * a video as a list of frame images (16 in its data, numbered 1..16 by {@code select_frames}), while
 * a researcher may also open the real video file. The frame strip and the preview only need a count,
 * pixels and a label, so both forms hide behind this interface.
 *
 * <p>Indices are 0-based. {@link #frame(int)} may block for a while (file I/O, video decoding) and is
 * called off the FX thread; implementations are safe to call from several threads. A frame that
 * cannot be read fails with an {@link UncheckedIOException} whose cause is a
 * {@link MediaDecodeException} naming the file.
 */
public interface FrameSource extends AutoCloseable {

    /** How many frames there are. */
    int frameCount();

    /**
     * Frame {@code index} as packed 8-bit RGB, at full resolution.
     *
     * @throws IndexOutOfBoundsException when {@code index} is not in {@code [0, frameCount())}
     * @throws UncheckedIOException when the frame cannot be read or decoded
     */
    BufferedImage frame(int index);

    /** What the user reads under the frame: {@code #9} for frame images, frame index and time for a video. */
    String label(int index);

    /**
     * Frame {@code index} scaled so that its longer side is at most {@code maxSide} pixels (never
     * enlarged). Sources that can decode small frames more cheaply override it.
     */
    default BufferedImage thumbnail(int index, int maxSide) {
        return ThumbnailScaling.toLongerSide(frame(index), maxSide, BufferedImage.TYPE_INT_RGB);
    }

    /**
     * A value equal for the same pixels and different for different ones, used as the thumbnail
     * cache key so that reopening the same frames finds their thumbnails again.
     */
    Object frameKey(int index);

    /** Releases decoders and files; frames cannot be read afterwards. Does nothing by default. */
    @Override
    default void close() {
    }

    /**
     * The Pixel Reasoner form: one image file per frame, in {@code select_frames} order; labels are
     * the 1-based numbers the model uses ({@code #1 .. #16}).
     */
    static FrameSource ofImages(List<Path> frameFiles, ImageLoader loader) {
        return new ImageFrameSource(frameFiles, loader);
    }

    /**
     * A video file, decoded frame-accurately (frame N is the N-th picture in presentation order,
     * whatever the keyframe spacing). Opening reads every packet once to index the frames, so call
     * it off the FX thread; close the source when done.
     *
     * @throws MediaDecodeException when the file is missing or is not a readable video
     */
    static FrameSource ofVideo(Path file) throws MediaDecodeException {
        return VideoFrameSource.open(file);
    }
}
