package io.pixelstudio.trace.format;

import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Rewrites every media path of a trace — {@code media[i].path}, {@code media[i].file},
 * {@code media[i].frames[f]}, {@code turns[t].content[c].path} and
 * {@code turns[t].content[c].frames[f]} — through one mapping that is told the field it works on.
 *
 * <p>Why: a project save (copy media in) and an export (write absolute paths) both have to visit
 * the same fields and name the one they refuse; one walk keeps the list of media fields, and
 * their names in error messages, the same for both.
 */
public final class TraceMediaPaths {

    private TraceMediaPaths() {
    }

    /**
     * Maps one media path written at {@code field} (e.g. {@code turns[2].content[1].path}) to the
     * path to keep.
     *
     * @param <E> what the mapping throws to refuse a path
     */
    @FunctionalInterface
    public interface Mapping<E extends Exception> {
        String apply(String field, String written) throws E;
    }

    /** {@code trace} with each media path replaced by {@code mapping}'s answer, in field order. */
    public static <E extends Exception> Trace map(Trace trace, Mapping<E> mapping) throws E {
        Objects.requireNonNull(trace, "trace");
        Objects.requireNonNull(mapping, "mapping");
        List<Media> media = new ArrayList<>();
        for (int i = 0; i < trace.media().size(); i++) {
            String at = "media[" + i + "]";
            if (trace.media().get(i) instanceof Media.Video video) {
                media.add(new Media.Video(video.file() == null ? null : mapping.apply(at + ".file", video.file()),
                        mapAll(at + ".frames", video.framePaths(), mapping), video.fps(), video.frameCount(),
                        video.sampledIndices()));
            } else {
                media.add(new Media.Image(mapping.apply(at + ".path", ((Media.Image) trace.media().get(i)).path())));
            }
        }
        List<Turn> turns = new ArrayList<>();
        for (int t = 0; t < trace.turns().size(); t++) {
            Turn turn = trace.turns().get(t);
            List<Content> content = new ArrayList<>();
            for (int c = 0; c < turn.content().size(); c++) {
                String at = "turns[" + t + "].content[" + c + "]";
                Content item = turn.content().get(c);
                if (item instanceof Content.Image image) {
                    content.add(new Content.Image(mapping.apply(at + ".path", image.path()), image.extras()));
                } else if (item instanceof Content.Video video) {
                    content.add(new Content.Video(mapAll(at + ".frames", video.framePaths(), mapping), video.extras()));
                } else {
                    content.add(item);
                }
            }
            turns.add(turn.withContent(content));
        }
        return new Trace(trace.id(), trace.source(), trace.question(), media, trace.answers(), trace.evidence(),
                turns, trace.review(), trace.extras());
    }

    private static <E extends Exception> List<String> mapAll(String field, List<String> paths, Mapping<E> mapping)
            throws E {
        List<String> result = new ArrayList<>(paths.size());
        for (int i = 0; i < paths.size(); i++) {
            result.add(mapping.apply(field + "[" + i + "]", paths.get(i)));
        }
        return result;
    }
}
