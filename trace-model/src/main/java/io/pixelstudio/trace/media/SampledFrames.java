package io.pixelstudio.trace.media;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The result of sampling a video into frame images: which frames were taken and where they were
 * written. Kept because a video in the reference format is only a list of frame images; without the
 * indices nobody can later tell which moment of the original video "frame 7" was.
 *
 * @param video the source video
 * @param info facts about the source video
 * @param frameIndices 0-based source frame indices, one per written file, in order (may repeat
 *     when the video has fewer frames than were asked for)
 * @param files the written frame images, in order; item k is frame {@code k+1} for select_frames
 * @param manifest the JSON sidecar recording all of the above
 */
public record SampledFrames(Path video, VideoInfo info, List<Integer> frameIndices, List<Path> files, Path manifest) {

    public SampledFrames {
        Objects.requireNonNull(video, "video");
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(manifest, "manifest");
        frameIndices = List.copyOf(frameIndices);
        files = List.copyOf(files);
        if (frameIndices.size() != files.size()) {
            throw new IllegalArgumentException("one file per sampled frame expected: "
                    + frameIndices.size() + " indices, " + files.size() + " files");
        }
    }
}
