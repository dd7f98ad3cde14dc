package io.pixelstudio.trace.query;

import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.validate.Finding;
import io.pixelstudio.trace.validate.Location;
import io.pixelstudio.trace.validate.MediaInspector;
import io.pixelstudio.trace.validate.Severity;
import io.pixelstudio.trace.validate.TraceValidator;
import io.pixelstudio.trace.validate.ValidationOptions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The validator's findings that need no media: tool calls the reference cannot execute or that
 * lack a result turn, image/frame indices out of range or wrapping, degenerate or out-of-range
 * normalized boxes, box conventions, too many frames, and (SFT) the conversation shape. The media
 * rules ({@code media.*}) and those that need an image's size ({@code crop.too-small}, pixel-box
 * bounds) run only when a trace is opened or in {@code pixelstudio validate}: reading image headers
 * of every trace would make a scan of 100,000 traces disk-bound.
 *
 * @param ruleIds  distinct rule ids, sorted
 * @param hasError true when one of the findings is an error
 */
public record StructureFindings(List<String> ruleIds, boolean hasError) {

    private static final Location NOWHERE = Location.ofFile(Path.of("trace"));
    private static final Path ANY = Path.of("media");
    private static final TraceValidator SFT = validator(true);
    private static final TraceValidator NOT_SFT = validator(false);

    public StructureFindings {
        ruleIds = List.copyOf(ruleIds);
    }

    /** The structure findings of {@code trace}. */
    public static StructureFindings of(Trace trace, boolean sftRules) {
        List<Finding> findings = (sftRules ? SFT : NOT_SFT).validate(trace, NOWHERE, written -> ANY);
        List<String> ids = findings.stream().map(Finding::rule).distinct().sorted().toList();
        boolean error = findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
        return new StructureFindings(ids, error);
    }

    private static TraceValidator validator(boolean sft) {
        return TraceValidator.withReferenceParser(new PresentMedia(), new ValidationOptions(sft, Optional.empty()));
    }

    /** Every media file counts as present; no size is ever asked for without a model-input sizer. */
    private static final class PresentMedia implements MediaInspector {
        @Override
        public boolean exists(Path file) {
            return true;
        }

        @Override
        public io.pixelstudio.trace.media.ImageSize imageSize(Path file) throws IOException {
            throw new IOException("structure findings do not read images");
        }
    }
}
