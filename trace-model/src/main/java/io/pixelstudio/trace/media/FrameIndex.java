package io.pixelstudio.trace.media;

import io.humble.video.Global;
import io.humble.video.MediaPacket;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every frame of a video stream in presentation order, built by demuxing all packets once
 * (no decoding). Why: container frame counts are absent (WebM) or approximate, and with B-frames
 * or a variable frame rate "frame N" can only be found exactly by its presentation timestamp.
 * Frame N is the N-th smallest pts; to decode it one seeks to the last keyframe whose pts is not
 * after it, then decodes forward until the picture with that pts comes out.
 */
final class FrameIndex {

    /** One frame: its timestamps in stream time-base units, key flag, and position in decode order. */
    record Entry(long pts, long dts, boolean key, long duration, int decodeOrder) {
    }

    private final List<Entry> byPresentation;

    private FrameIndex(List<Entry> byPresentation) {
        this.byPresentation = byPresentation;
    }

    /** Reads the whole stream from the current position (the start of a freshly opened file). */
    static FrameIndex scan(HumbleVideoFile video) throws MediaDecodeException {
        List<Entry> entries = new ArrayList<>();
        MediaPacket packet = MediaPacket.make();
        while (video.readVideoPacket(packet)) {
            long pts = packet.getPts() != Global.NO_PTS ? packet.getPts() : packet.getDts();
            if (pts == Global.NO_PTS) {
                throw new MediaDecodeException(video.file(), "video packet " + entries.size()
                        + " has no timestamp; frame-accurate access is impossible");
            }
            long dts = packet.getDts() != Global.NO_PTS ? packet.getDts() : pts;
            entries.add(new Entry(pts, dts, packet.isKeyPacket(), Math.max(0, packet.getDuration()), entries.size()));
        }
        entries.sort(Comparator.comparingLong(Entry::pts).thenComparingInt(Entry::decodeOrder));
        return new FrameIndex(List.copyOf(entries));
    }

    int size() {
        return byPresentation.size();
    }

    Entry frame(int index) {
        return byPresentation.get(index);
    }

    /** The keyframe to start decoding from for frame {@code index}: last key with pts ≤ its pts. */
    Entry keyframeFor(int index) {
        long target = frame(index).pts();
        Entry best = null;
        for (Entry e : byPresentation) {
            if (e.pts() > target) {
                break;
            }
            if (e.key() && (best == null || e.decodeOrder() > best.decodeOrder())) {
                best = e;
            }
        }
        return best;
    }

    /** Span from the first frame's pts to the end of the last frame, in time-base units. */
    long span() {
        if (byPresentation.isEmpty()) {
            return 0;
        }
        Entry last = byPresentation.get(byPresentation.size() - 1);
        long lastDuration = last.duration() > 0 ? last.duration() : typicalDelta();
        return last.pts() + lastDuration - byPresentation.get(0).pts();
    }

    /** Whether consecutive frames are not evenly spaced (more than one tick apart in duration). */
    boolean variableFrameRate() {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 1; i < byPresentation.size(); i++) {
            long delta = byPresentation.get(i).pts() - byPresentation.get(i - 1).pts();
            min = Math.min(min, delta);
            max = Math.max(max, delta);
        }
        return byPresentation.size() > 2 && max - min > 1;
    }

    private long typicalDelta() {
        if (byPresentation.size() < 2) {
            return 0;
        }
        return byPresentation.get(byPresentation.size() - 1).pts() - byPresentation.get(byPresentation.size() - 2).pts();
    }
}
