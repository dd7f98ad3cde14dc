package io.pixelstudio.app.rollouts;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.app.studio.task.BackgroundTasks;
import io.pixelstudio.app.studio.task.TaskHandle;
import io.pixelstudio.app.viewer.EvidenceOverlay;
import io.pixelstudio.app.viewer.ImageViewer;
import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.rollout.Rollout;
import io.pixelstudio.trace.rollout.RolloutGroup;
import io.pixelstudio.trace.rollout.heatmap.ZoomHeatmap;
import io.pixelstudio.trace.rollout.heatmap.ZoomRegions;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;

/**
 * Where all rollouts of the chosen question looked: every zoom region of the selected step (or of
 * all steps) as a density over the question's image, the evidence region dashed in green and the
 * share of the zoom mass that falls inside it. Evidence comes from the rollouts' traces when they
 * carry it, else from the file loaded with "Load evidence…" (matched by qid).
 */
final class HeatmapPane extends BorderPane {

    /** Cells per side of the grid. */
    static final int GRID = 48;

    private final RolloutsViewModel model;
    private final BackgroundTasks tasks;
    private final RolloutPictures pictures;
    private final Messages messages;
    private final Supplier<Path> mediaFolder;
    private final ObjectProperty<EvidenceIndex> evidence = new SimpleObjectProperty<>(EvidenceIndex.NONE);
    private final CheckBox allSteps = new CheckBox();
    private final Label summary = new Label();
    private final ImageViewer viewer = new ImageViewer();
    private final Label notice = new Label();
    private TaskHandle loading = TaskHandle.DONE;
    private long request;
    private Result shown;

    HeatmapPane(RolloutsViewModel model, BackgroundTasks tasks, RolloutPictures pictures, Messages messages,
                Supplier<Path> mediaFolder) {
        this.model = model;
        this.tasks = tasks;
        this.pictures = pictures;
        this.messages = messages;
        this.mediaFolder = mediaFolder;
        setId("rollouts-heatmap");
        allSteps.setText(messages.get("rollouts.heatmap.allSteps"));
        allSteps.setId("heatmap-all-steps");
        summary.setId("heatmap-summary");
        notice.setId("heatmap-notice");
        notice.setWrapText(true);
        notice.setMouseTransparent(true);
        viewer.setId("heatmap-viewer");
        HBox bar = new HBox(12, allSteps, summary);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setStyle("-fx-padding: 4;");
        setTop(bar);
        setCenter(new StackPane(viewer, notice));
        allSteps.selectedProperty().addListener((o, a, b) -> refresh());
        model.selectedQuestionProperty().addListener((o, a, b) -> refresh());
        model.selectedStepProperty().addListener((o, a, b) -> refresh());
        evidence.addListener((o, a, b) -> refresh());
        refresh();
    }

    /** Evidence loaded from a project or SFT file. */
    ObjectProperty<EvidenceIndex> evidenceProperty() {
        return evidence;
    }

    CheckBox allStepsBox() {
        return allSteps;
    }

    Label summary() {
        return summary;
    }

    ImageViewer viewer() {
        return viewer;
    }

    /** The latest heatmap shown, or null. */
    Result shown() {
        return shown;
    }

    private void refresh() {
        loading.cancel();
        long mine = ++request;
        QuestionRow row = model.selectedQuestionProperty().get();
        Integer step = model.selectedStepProperty().get();
        viewer.overlays().clear();
        viewer.imageProperty().set(null);
        shown = null;
        if (row == null) {
            summary.setText("");
            notice.setText(messages.get("rollouts.heatmap.select"));
            notice.setVisible(true);
            return;
        }
        List<RolloutGroup> groups = allSteps.isSelected() || step == null ? row.groups()
                : List.of(row.groupAt(step));
        Path folder = mediaFolder.get();
        EvidenceIndex index = evidence.get();
        loading = tasks.submit(messages.get("rollouts.task.heatmap", row.qid()),
                progress -> compute(row.qid(), groups, folder, index),
                result -> {
                    if (mine == request) {
                        display(result);
                    }
                });
    }

    private Result compute(String qid, List<RolloutGroup> groups, Path folder, EvidenceIndex index) {
        List<Box> regions = new ArrayList<>();
        int rollouts = 0;
        Optional<Trace> first = Optional.empty();
        for (RolloutGroup group : groups) {
            for (Rollout rollout : group.rollouts()) {
                rollouts++;
                if (rollout.trace().isPresent()) {
                    regions.addAll(ZoomRegions.cutsOnFirstImage(rollout.trace().get()));
                    if (first.isEmpty()) {
                        first = rollout.trace();
                    }
                }
            }
        }
        RolloutPictures.Picture picture = pictures.image(first, folder);
        double w = picture.width();
        double h = picture.height();
        List<Box> evidence = List.of();
        String evidenceSource = "none";
        for (RolloutGroup group : groups) {
            for (Rollout rollout : group.rollouts()) {
                if (evidence.isEmpty() && rollout.trace().isPresent()) {
                    evidence = ZoomRegions.evidenceOnFirstImage(rollout.trace().get(), w, h);
                    evidenceSource = "trace";
                }
            }
        }
        if (evidence.isEmpty() && index.forQid(qid).isPresent()) {
            evidence = ZoomRegions.evidenceOnFirstImage(index.forQid(qid).get(), w, h);
            evidenceSource = "file";
        }
        if (evidence.isEmpty()) {
            evidenceSource = "none";
        }
        ZoomHeatmap heatmap = ZoomHeatmap.of(GRID, GRID, regions);
        return new Result(picture, heatmap, evidence, evidenceSource, rollouts, heatmap.shareInside(evidence));
    }

    private void display(Result result) {
        shown = result;
        String share = result.share().isPresent() ? RolloutText.percent(result.share().getAsDouble())
                : messages.get("rollouts.heatmap.noShare");
        summary.setText(messages.get("rollouts.heatmap.summary", result.heatmap().regions().size(), result.rollouts(),
                share, messages.get("rollouts.heatmap.evidence." + result.evidenceSource())));
        if (result.picture().preview().isEmpty()) {
            notice.setText(messages.get("rollouts.card.imageMissing", result.picture().detail()));
            notice.setVisible(true);
            return;
        }
        notice.setVisible(false);
        var image = result.picture().preview().get();
        double w = image.getWidth();
        double h = image.getHeight();
        viewer.imageProperty().set(image);
        List<Box> evidencePx = result.evidence().stream()
                .map(b -> new Box(b.x1() * w, b.y1() * h, b.x2() * w, b.y2() * h, BoxConvention.ORIGINAL_PIXELS))
                .toList();
        viewer.overlays().setAll(new HeatmapOverlay(result.heatmap(), w, h), new EvidenceOverlay(evidencePx));
        viewer.fitToWindow();
    }

    /** What the pane shows for one request. */
    record Result(RolloutPictures.Picture picture, ZoomHeatmap heatmap, List<Box> evidence, String evidenceSource,
                  int rollouts, OptionalDouble share) {
    }
}
