package io.pixelstudio.trace.synth;

import io.pixelstudio.trace.Evidence;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Writes the turns of a video trace. Single pass: overview and select the frames around the
 * evidence, read them, answer. Self-correction: select wrong frames first, notice the evidence is
 * missing, select the frames around it, read them, answer.
 */
final class VideoTraceWriter {

    private final TraceSynthesizer synth;
    private final TraceSynthesizer.Draft draft;

    VideoTraceWriter(TraceSynthesizer synth, TraceSynthesizer.Draft draft) {
        this.synth = synth;
        this.draft = draft;
    }

    void write(boolean fallBack) throws IOException {
        ItemMediaLoader.LoadedVideo loaded = synth.media().video(draft.item.media());
        int count = loaded.frames().size();
        List<Integer> evidence = draft.item.evidenceFrames();
        if (evidence.get(evidence.size() - 1) > count) {
            draft.problem(SynthesisRules.MEDIA_INVALID, "evidence frame " + evidence.get(evidence.size() - 1)
                    + " is beyond the video's " + count + " frames");
            return;
        }
        List<Integer> frames = EvidenceFraming.framesAround(count, evidence);
        draft.frames = frames;
        draft.values.put("frames", TemplateValues.frames(frames));
        draft.values.put("evidence_frames", TemplateValues.frames(evidence));
        draft.values.put("frame_count", Integer.toString(count));

        SynthesisMode mode = draft.requested;
        if (mode == SynthesisMode.SELF_CORRECTION) {
            Optional<List<Integer>> wrong = WrongRegionChooser.chooseFrames(count, evidence, draft.random);
            if (wrong.isEmpty()) {
                draft.problem(SynthesisRules.NO_ROOM_FOR_WRONG_REGION, "every frame shows the evidence"
                        + (fallBack ? "; synthesized as a single pass" : "; no self-correction trace"));
                if (!fallBack) {
                    return;
                }
                mode = SynthesisMode.SINGLE_PASS;
            } else {
                draft.wrongFrames = wrong.get();
                draft.values.put("wrong_frames", TemplateValues.frames(wrong.get()));
            }
        }

        TraceTemplates t = synth.templates();
        OperationTraceBuilder builder = OperationTraceBuilder.video(draft.id(mode), draft.item.promptQuestion(),
                loaded.video(), loaded.frames(), synth.settings(), synth.observations());
        String overview = draft.text(TemplatePart.VIDEO_OVERVIEW, t);
        if (mode == SynthesisMode.SELF_CORRECTION) {
            builder.selectFrames(overview + " " + draft.text(TemplatePart.SELECT_WRONG, t), draft.wrongFrames);
            if (!draft.succeeded(builder)) {
                return;
            }
            builder.selectFrames(draft.text(TemplatePart.MISSING_FRAMES, t), frames);
        } else {
            builder.selectFrames(overview + " " + draft.text(TemplatePart.SELECT, t), frames);
        }
        if (!draft.succeeded(builder)) {
            return;
        }
        builder.answerText(draft.text(TemplatePart.READ_FRAMES, t) + " " + draft.text(TemplatePart.ANSWER, t),
                draft.item.answer());
        synth.finish(draft, builder, mode, List.of(new Evidence.FrameRange(evidence.get(0),
                evidence.get(evidence.size() - 1))));
    }
}
