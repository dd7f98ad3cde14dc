package io.pixelstudio.trace.validate;

import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.ops.ToolCallParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks one trace against what the Pixel Reasoner reference code would do with it — missing or
 * escaping media, tool calls it cannot execute or that lack a result turn, out-of-range image and
 * frame indices, boxes that are degenerate, out of bounds or in a suspicious convention, crops it
 * would refuse, and the SFT conversation shape — so problems show up before a training run does.
 * Each finding carries the rule id, file, line, trace id, turn and field path. See {@link Rule}.
 */
public final class TraceValidator {

    private final MediaInspector inspector;
    private final ToolCallReader toolCalls;
    private final ValidationOptions options;

    public TraceValidator(MediaInspector inspector, ToolCallReader toolCalls, ValidationOptions options) {
        this.inspector = Objects.requireNonNull(inspector, "inspector");
        this.toolCalls = Objects.requireNonNull(toolCalls, "toolCalls");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** A validator that parses tool calls with the reference parser. */
    public static TraceValidator withReferenceParser(MediaInspector inspector, ValidationOptions options) {
        return new TraceValidator(inspector, ToolCallParser::parse, options);
    }

    /**
     * Findings for {@code trace}.
     *
     * @param base  file and line of the record; the trace id, turn and field are added
     * @param media resolves the trace's media paths (relative to the data file's folder)
     */
    public List<Finding> validate(Trace trace, Location base, MediaLocator media) {
        Objects.requireNonNull(trace, "trace");
        Objects.requireNonNull(media, "media");
        Location at = Objects.requireNonNull(base, "base").inTrace(trace.id());
        List<Finding> out = new ArrayList<>();
        MediaCheck check = new MediaCheck(inspector, media, at, out);
        checkMedia(trace, check);
        if (options.sft()) {
            ConversationRules.check(trace, at, out);
        }
        new OperationRules(toolCalls, options.modelInput(), check, out).check(trace, at);
        return out;
    }

    private static void checkMedia(Trace trace, MediaCheck check) {
        for (int k = 0; k < trace.media().size(); k++) {
            Media item = trace.media().get(k);
            if (item instanceof Media.Image image) {
                check.check(image.path(), -1, "media[" + k + "]");
            } else if (item instanceof Media.Video video) {
                if (video.file() != null) {
                    check.check(video.file(), -1, "media[" + k + "].file");
                }
                for (int f = 0; f < video.framePaths().size(); f++) {
                    check.check(video.framePaths().get(f), -1, "media[" + k + "].frames[" + f + "]");
                }
            }
        }
        for (int t = 0; t < trace.turns().size(); t++) {
            Turn turn = trace.turns().get(t);
            for (int c = 0; c < turn.content().size(); c++) {
                String field = "message_list[" + t + "].content[" + c + "]";
                Content item = turn.content().get(c);
                if (item instanceof Content.Image image) {
                    check.check(image.path(), t, field + ".image");
                } else if (item instanceof Content.Video video) {
                    for (int f = 0; f < video.framePaths().size(); f++) {
                        check.check(video.framePaths().get(f), t, field + ".video[" + f + "]");
                    }
                }
            }
        }
    }
}
