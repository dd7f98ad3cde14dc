package io.pixelstudio.app.synth;

import io.pixelstudio.app.studio.task.BackgroundTasks;
import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.project.StudioProjectFormat;
import io.pixelstudio.trace.ops.ReplaySettings;
import io.pixelstudio.trace.synth.AnnotatedItem;
import io.pixelstudio.trace.synth.AnnotatedMedia;
import io.pixelstudio.trace.synth.SynthesisMode;
import io.pixelstudio.trace.synth.SynthesisResult;
import io.pixelstudio.trace.synth.TraceSynthesizer;
import io.pixelstudio.trace.synth.TraceTemplates;
import io.pixelstudio.trace.validate.Location;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * The state of the synthesis window: the media, the evidence (a box in original pixels, or frame
 * numbers), question, answer, mode and seed; the preview (synthesized off the FX thread through
 * {@link BackgroundTasks}) and the two ways out — {@link #add()} hands the previewed trace to the
 * caller's consumer (the coordinator appends it to the open document), {@link #saveAs(Path)} writes
 * it as a new studio project. Any edit of an input clears the preview, so what is added is always
 * what was last previewed from the current inputs.
 */
public final class SynthesisViewModel {

    private static final Set<String> VIDEO_EXTENSIONS = Set.of("mp4", "webm", "mov", "mkv", "avi", "m4v");

    private final BackgroundTasks tasks;
    private final TraceSynthesizer synthesizer;
    private final Path mediaBase;
    private final Consumer<Trace> onAdd;
    private final ObjectProperty<Path> media = new SimpleObjectProperty<>();
    private final BooleanProperty video = new SimpleBooleanProperty();
    private final ObjectProperty<Box> evidenceBox = new SimpleObjectProperty<>();
    private final ObservableSet<Integer> evidenceFrames = FXCollections.observableSet();
    private final StringProperty itemId = new SimpleStringProperty("synth");
    private final StringProperty question = new SimpleStringProperty("");
    private final StringProperty answer = new SimpleStringProperty("");
    private final ObjectProperty<SynthesisMode> mode = new SimpleObjectProperty<>(SynthesisMode.SINGLE_PASS);
    private final LongProperty seed = new SimpleLongProperty(0);
    private final ReadOnlyObjectWrapper<SynthesisResult> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final BooleanBinding complete;

    /**
     * @param tasks     runs synthesis and saving off the FX thread
     * @param templates the text templates
     * @param mediaBase the folder the traces' media paths are written relative to (the open
     *                  document's folder; a staging folder when none is open); crops go under it
     * @param onAdd     receives the trace on {@link #add()}
     */
    public SynthesisViewModel(BackgroundTasks tasks, TraceTemplates templates, Path mediaBase, Consumer<Trace> onAdd) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.mediaBase = Objects.requireNonNull(mediaBase, "mediaBase");
        this.onAdd = Objects.requireNonNull(onAdd, "onAdd");
        this.synthesizer = new TraceSynthesizer(templates, ReplaySettings.TRAINING, mediaBase);
        media.addListener((obs, old, path) -> {
            video.set(path != null && isVideo(path));
            evidenceBox.set(null);
            evidenceFrames.clear();
            if (path != null) {
                itemId.set(stem(path));
            }
        });
        complete = Bindings.createBooleanBinding(() -> media.get() != null && !question.get().isBlank()
                        && !answer.get().isBlank() && !itemId.get().isBlank()
                        && (video.get() ? !evidenceFrames.isEmpty() : evidenceBox.get() != null),
                media, video, evidenceBox, evidenceFrames, question, answer, itemId);
        for (Observable input : List.<Observable>of(media, evidenceBox, evidenceFrames, itemId, question, answer, mode, seed)) {
            input.addListener(o -> preview.set(null));
        }
    }

    /** True when {@code path} is a video file or a folder of frames. */
    public static boolean isVideo(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return Files.isDirectory(path) || (dot > 0 && VIDEO_EXTENSIONS.contains(name.substring(dot + 1)));
    }

    /** Synthesizes the current inputs in the background; the result lands in {@link #previewProperty()}. */
    public void preview() {
        if (!complete.get() || busy.get()) {
            return;
        }
        AnnotatedItem item = item();
        SynthesisMode wanted = mode.get();
        long seedValue = seed.get();
        busy.set(true);
        tasks.submit("synthesize", progress -> synthesizer.synthesize(item, wanted, seedValue, true),
                preview::set, () -> busy.set(false));
    }

    /** Hands the previewed trace to the consumer; false when there is none to add. */
    public boolean add() {
        SynthesisResult result = preview.get();
        if (result == null || result.trace().isEmpty()) {
            return false;
        }
        onAdd.accept(result.trace().get());
        return true;
    }

    /**
     * Writes the previewed trace as a new studio project in {@code folder} (media copied in) in the
     * background, then gives the folder to {@code onSaved}; false when there is nothing to save.
     */
    public boolean saveAs(Path folder, Consumer<Path> onSaved) {
        Objects.requireNonNull(folder, "folder");
        SynthesisResult result = preview.get();
        if (result == null || result.trace().isEmpty()) {
            return false;
        }
        List<Trace> traces = new ArrayList<>(result.trace().stream().toList());
        busy.set(true);
        tasks.submit("save", progress -> {
            new StudioProjectFormat().write(traces, folder, mediaBase, progress);
            return folder;
        }, onSaved, () -> busy.set(false));
        return true;
    }

    /** The item the inputs describe. */
    AnnotatedItem item() {
        Location at = Location.ofFile(media.get());
        Path file = media.get().toAbsolutePath().normalize();
        if (video.get()) {
            AnnotatedMedia source = Files.isDirectory(file) ? new AnnotatedMedia.FrameFolder(file)
                    : new AnnotatedMedia.VideoFile(file);
            return AnnotatedItem.video(itemId.get().strip(), at, source, evidenceFrames.stream().sorted().toList(),
                    question.get().strip(), answer.get().strip(), List.of());
        }
        return AnnotatedItem.image(itemId.get().strip(), at, new AnnotatedMedia.Image(file), evidenceBox.get(),
                question.get().strip(), answer.get().strip(), List.of());
    }

    private static String stem(Path path) {
        String name = path.getFileName() == null ? "synth" : path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    public ObjectProperty<Path> mediaProperty() {
        return media;
    }

    /** True when the media is a video (file or frame folder): evidence is then frames, not a box. */
    public BooleanProperty videoProperty() {
        return video;
    }

    /** The evidence box in original pixels of the image. */
    public ObjectProperty<Box> evidenceBoxProperty() {
        return evidenceBox;
    }

    /** The evidence frames, 1-based. */
    public ObservableSet<Integer> evidenceFrames() {
        return evidenceFrames;
    }

    public StringProperty itemIdProperty() {
        return itemId;
    }

    public StringProperty questionProperty() {
        return question;
    }

    public StringProperty answerProperty() {
        return answer;
    }

    public ObjectProperty<SynthesisMode> modeProperty() {
        return mode;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    /** The last preview for the current inputs, or null. */
    public ReadOnlyObjectProperty<SynthesisResult> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True when every input a preview needs is there. */
    public BooleanBinding completeProperty() {
        return complete;
    }
}
