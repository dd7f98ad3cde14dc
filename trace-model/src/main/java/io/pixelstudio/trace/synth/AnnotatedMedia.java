package io.pixelstudio.trace.synth;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What an annotated item is about, as files on this machine (absolute, normalised): an image, a
 * video file (sampled into 16 frames when synthesized), a folder of frame images (taken in name
 * order) or an explicit list of frame images. Why the three video forms: Pixel Reasoner stores
 * videos as frame images, while annotators usually start from the video file.
 */
public sealed interface AnnotatedMedia {

    /** True for the video forms. */
    default boolean video() {
        return !(this instanceof Image);
    }

    /** A still image. */
    record Image(Path file) implements AnnotatedMedia {
        public Image {
            Objects.requireNonNull(file, "file");
        }
    }

    /** A video file, sampled with {@code FrameSampler} into evenly spaced frames. */
    record VideoFile(Path file) implements AnnotatedMedia {
        public VideoFile {
            Objects.requireNonNull(file, "file");
        }
    }

    /** A folder of frame images (jpg, jpeg, png), in file-name order. */
    record FrameFolder(Path folder) implements AnnotatedMedia {
        public FrameFolder {
            Objects.requireNonNull(folder, "folder");
        }
    }

    /** Frame images given one by one, in order. */
    record FrameFiles(List<Path> files) implements AnnotatedMedia {
        public FrameFiles {
            files = List.copyOf(files);
            if (files.isEmpty()) {
                throw new IllegalArgumentException("a frame list needs at least one frame");
            }
        }
    }
}
