package io.pixelstudio.app.compare;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.app.studio.task.BackgroundTasks;
import io.pixelstudio.app.studio.task.TaskHandle;
import io.pixelstudio.app.viewer.EvidenceOverlay;
import io.pixelstudio.app.viewer.FxImages;
import io.pixelstudio.app.viewer.ImageViewer;
import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.media.ImageLoader;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.util.StringConverter;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The bottom of the compare screen: the filter choice, the per-sample table (each run's answer
 * marked right or wrong) and, for the selected sample, its image with every run's zoom path in the
 * run's colour, the annotated evidence dashed (from the first run whose trace has it) and a legend. The image is decoded off the UI thread; a newer selection supersedes
 * an older one; a sample without an image on this machine says so in the viewer's place.
 */
final class SamplePane extends SplitPane {

    private final CompareViewModel model;
    private final BackgroundTasks tasks;
    private final ImageLoader images;
    private final Messages messages;
    private final CompareCells cells;
    private final ChoiceBox<SampleFilter> filter = new ChoiceBox<>();
    private final Label count = new Label();
    private final TableView<SampleRow> table = new TableView<>();
    private final ImageViewer viewer = new ImageViewer();
    private final Label notice = new Label();
    private final FlowPane legend = new FlowPane(12, 4);
    private TaskHandle loading = TaskHandle.DONE;
    private long request;

    SamplePane(CompareViewModel model, BackgroundTasks tasks, ImageLoader images, Messages messages) {
        this.model = model;
        this.tasks = tasks;
        this.images = images;
        this.messages = messages;
        this.cells = new CompareCells(messages);
        filter.setId("compare-filter");
        filter.getItems().setAll(SampleFilter.values());
        filter.setConverter(new StringConverter<>() {
            @Override
            public String toString(SampleFilter f) {
                return f == null ? "" : messages.get(f.messageKey());
            }

            @Override
            public SampleFilter fromString(String s) {
                throw new UnsupportedOperationException("choice box only");
            }
        });
        filter.valueProperty().bindBidirectional(model.filterProperty());
        table.setId("compare-samples");
        table.setItems(model.visibleSamples());
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> show(row));
        model.visibleSamples().addListener((ListChangeListener<SampleRow>) c -> updateCount());
        viewer.setId("compare-viewer");
        notice.setId("compare-image-notice");
        notice.setWrapText(true);
        notice.setMouseTransparent(true);
        legend.setId("compare-legend");
        HBox bar = new HBox(8, new Label(messages.get("compare.filter.label")), filter, count);
        bar.setStyle("-fx-alignment: center-left; -fx-padding: 4;");
        VBox left = new VBox(bar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        StackPane picture = new StackPane(viewer, notice);
        BorderPane right = new BorderPane(picture);
        legend.setStyle("-fx-padding: 4;");
        right.setBottom(legend);
        getItems().addAll(left, right);
        setDividerPositions(0.55);
        show(null);
    }

    ChoiceBox<SampleFilter> filter() {
        return filter;
    }

    TableView<SampleRow> table() {
        return table;
    }

    Label count() {
        return count;
    }

    ImageViewer viewer() {
        return viewer;
    }

    Label notice() {
        return notice;
    }

    FlowPane legend() {
        return legend;
    }

    /** New columns for the analysis's runs (the rows follow the model's visible samples). */
    void showRuns(CompareAnalysis analysis) {
        table.getColumns().clear();
        table.getColumns().add(column(messages.get("compare.column.qid"), SampleRow::qid, 110));
        table.getColumns().add(column(messages.get("compare.column.item"),
                r -> r.category().isEmpty() ? r.benchmark().id() : r.benchmark().id() + "/" + r.category(), 170));
        for (int i = 0; i < analysis.runs().size(); i++) {
            int run = i;
            table.getColumns().add(column(analysis.runs().get(i).name(), r -> cells.answer(run < r.runs().size() ? r.runs().get(run) : Optional.empty()), 130));
        }
        table.getColumns().add(column(messages.get("compare.column.question"),
                r -> r.question().replace('\n', ' '), 360));
        updateCount();
    }

    private void updateCount() {
        count.setText(messages.get("compare.samples.count", model.visibleSamples().size(),
                model.analysis().samples().size()));
    }

    private void show(SampleRow row) {
        loading.cancel();
        long mine = ++request;
        viewer.overlays().clear();
        viewer.imageProperty().set(null);
        legend.getChildren().clear();
        if (row == null) {
            notice.setText(messages.get("compare.image.select"));
            notice.setVisible(true);
            return;
        }
        notice.setVisible(false);
        List<LoadedRun> runs = model.analysis().runs();
        loading = tasks.submit(messages.get("compare.task.image"), progress -> picture(row, runs),
                picture -> {
                    if (mine == request) {
                        display(picture);
                    }
                });
    }

    private Optional<Picture> picture(SampleRow row, List<LoadedRun> runs) throws Exception {
        Optional<ZoomPaths.SampleImage> source = ZoomPaths.imageFor(row, runs);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        BufferedImage image = images.load(source.get().file());
        List<RunPathOverlay.RunPath> paths = new ArrayList<>();
        List<Box> evidence = new ArrayList<>();
        for (int i = 0; i < row.runs().size(); i++) {
            Optional<Trace> trace = row.runs().get(i).flatMap(s -> s.prediction().trace());
            paths.add(new RunPathOverlay.RunPath(i, runs.get(i).name(), RunPathOverlay.colour(i),
                    trace.map(t -> ZoomPaths.originalPixels(t, image.getWidth(), image.getHeight())).orElse(List.of())));
            if (evidence.isEmpty() && trace.isPresent()) {
                evidence.addAll(ZoomPaths.evidence(trace.get(), image.getWidth(), image.getHeight()));
            }
        }
        return Optional.of(new Picture(FxImages.toFx(image), paths, evidence));
    }

    private void display(Optional<Picture> picture) {
        if (picture.isEmpty()) {
            notice.setText(messages.get("compare.image.none"));
            notice.setVisible(true);
            return;
        }
        viewer.imageProperty().set(picture.get().image());
        viewer.overlays().setAll(new EvidenceOverlay(picture.get().evidence()), new RunPathOverlay(picture.get().paths()));
        viewer.fitToWindow();
        for (RunPathOverlay.RunPath path : picture.get().paths()) {
            Label entry = new Label(messages.get("compare.legend.zooms", path.name(), path.boxes().size()),
                    new Rectangle(12, 12, path.colour()));
            legend.getChildren().add(entry);
        }
    }

    private static TableColumn<SampleRow, String> column(String title, Function<SampleRow, String> text, double width) {
        TableColumn<SampleRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private record Picture(Image image, List<RunPathOverlay.RunPath> paths, List<Box> evidence) {
    }
}
