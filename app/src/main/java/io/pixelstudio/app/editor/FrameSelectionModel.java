package io.pixelstudio.app.editor;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.app.studio.state.LoadedTrace;
import io.pixelstudio.trace.VisualOperation;
import io.pixelstudio.trace.edit.EditException;
import io.pixelstudio.trace.ops.ReplayStep;
import io.pixelstudio.trace.ops.ToolCall;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Changing a select-frames choice from the frame strip: Shortcut+click on a frame adds it to the
 * current select-frames call, or removes it when the call already picks it (however the call wrote
 * it — {@code 0} and negative numbers count from the end, as the reference indexes). One click is
 * one edit; frames stay in ascending order as the call is rewritten.
 */
public final class FrameSelectionModel {

    private final EditCommands commands;
    private final EditSink sink;
    private final Messages messages;
    private final Supplier<LoadedTrace> loaded;
    private final Supplier<ReplayStep> currentStep;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public FrameSelectionModel(EditCommands commands, EditSink sink, Messages messages, Supplier<LoadedTrace> loaded,
                               Supplier<ReplayStep> currentStep) {
        this.commands = Objects.requireNonNull(commands, "commands");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.loaded = Objects.requireNonNull(loaded, "loaded");
        this.currentStep = Objects.requireNonNull(currentStep, "currentStep");
    }

    /** Why the last click did nothing or failed ("" after a success). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Toggles 0-based {@code frame} in the current select-frames call. */
    public EditOutcome toggle(int frame) {
        LoadedTrace trace = loaded.get();
        ReplayStep step = currentStep.get();
        if (trace == null) {
            return EditOutcome.NONE;
        }
        if (step == null || !(step.call() instanceof ToolCall.Valid valid)
                || !(valid.operation() instanceof VisualOperation.SelectFrames select)) {
            message.set(messages.get("editor.frames.noCall"));
            return EditOutcome.REFUSED;
        }
        int count = trace.sources().size();
        if (count == 0 || frame < 0 || frame >= count) {
            return EditOutcome.NONE;
        }
        List<Integer> frames = new ArrayList<>();
        boolean removed = false;
        for (int written : select.frames()) {
            if (Math.floorMod(written - 1, count) == frame) {
                removed = true;
            } else {
                frames.add(written);
            }
        }
        if (!removed) {
            frames.add(frame + 1);
        }
        if (frames.isEmpty()) {
            message.set(messages.get("editor.frames.empty"));
            return EditOutcome.REFUSED;
        }
        frames.sort(Integer::compare);
        try {
            sink.apply(commands.selectFrames(step.turnIndex(), frames));
            message.set("");
            return EditOutcome.APPLIED;
        } catch (EditException e) {
            message.set(messages.get("editor.failed", e.getMessage()));
            return EditOutcome.FAILED;
        }
    }
}
