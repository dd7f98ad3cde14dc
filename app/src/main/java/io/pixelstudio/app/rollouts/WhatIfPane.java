package io.pixelstudio.app.rollouts;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.trace.rollout.reward.RewardParameters;
import io.pixelstudio.trace.rollout.reward.RewardProfile;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import javafx.util.StringConverter;

import java.util.Locale;

/**
 * The what-if bar: H, N, α and β as editable spinners (type a value and press Enter, or use the
 * arrow keys) and the profile whose other switches apply. Changes are debounced and then set on the
 * model, which re-scores every loaded group in the background; the bar shows how many rollouts'
 * advantage changed sign against the loaded parameters. "Reset" returns to the loaded parameters.
 */
final class WhatIfPane extends FlowPane {

    /** Quiet time after the last edit before re-scoring. */
    static final Duration DEBOUNCE = Duration.millis(250);

    private final RolloutsViewModel model;
    private final ChoiceBox<RewardProfile> profile = new ChoiceBox<>();
    private final Spinner<Double> threshold = doubleSpinner(0, 1, 0.05);
    private final Spinner<Integer> budget = new Spinner<>(0, 16, 1);
    private final Spinner<Double> curiosity = doubleSpinner(0, 10, 0.05);
    private final Spinner<Double> penalty = doubleSpinner(0, 10, 0.01);
    private final Label changes = new Label();
    private final PauseTransition debounce = new PauseTransition(DEBOUNCE);
    private boolean syncing;

    WhatIfPane(RolloutsViewModel model, Messages messages) {
        super(12, 4);
        this.model = model;
        setId("rollouts-whatif");
        setAlignment(Pos.CENTER_LEFT);
        setStyle("-fx-padding: 6;");
        profile.setId("whatif-profile");
        profile.getItems().setAll(RewardProfile.values());
        profile.setConverter(new StringConverter<>() {
            @Override
            public String toString(RewardProfile p) {
                return p == null ? "" : messages.get("rollouts.profile." + p.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public RewardProfile fromString(String s) {
                throw new UnsupportedOperationException("choice box only");
            }
        });
        threshold.setId("whatif-h");
        budget.setId("whatif-n");
        budget.setEditable(true);
        curiosity.setId("whatif-alpha");
        penalty.setId("whatif-beta");
        changes.setId("whatif-changes");
        Button reset = new Button(messages.get("rollouts.whatif.reset"));
        reset.setId("whatif-reset");
        reset.setOnAction(e -> {
            if (model.baselineProperty().get() != null) {
                model.parametersProperty().set(model.baselineProperty().get().parameters());
            }
        });
        getChildren().addAll(new Label(messages.get("rollouts.whatif.title")), profile,
                labelled(messages.get("rollouts.whatif.h"), threshold), labelled(messages.get("rollouts.whatif.n"), budget),
                labelled(messages.get("rollouts.whatif.alpha"), curiosity),
                labelled(messages.get("rollouts.whatif.beta"), penalty), reset, changes);
        show(model.parametersProperty().get());
        model.parametersProperty().addListener((o, old, now) -> show(now));
        debounce.setOnFinished(e -> apply());
        profile.valueProperty().addListener((o, old, now) -> {
            if (!syncing && now != null) {
                syncing = true;
                try {
                    RewardParameters p = now.defaults();
                    show(p.withCuriosityThreshold(threshold.getValue()).withOperationBudget(budget.getValue())
                            .withCuriosityWeight(curiosity.getValue()).withPenaltyWeight(penalty.getValue()));
                } finally {
                    syncing = false;
                }
                debounce.playFromStart();
            }
        });
        for (Spinner<?> s : new Spinner<?>[]{threshold, budget, curiosity, penalty}) {
            s.valueProperty().addListener((o, old, now) -> {
                if (!syncing) {
                    debounce.playFromStart();
                }
            });
        }
        model.signChangesProperty().addListener((o, old, n) -> updateChanges(messages));
        model.scoringProperty().addListener((o, old, n) -> updateChanges(messages));
        updateChanges(messages);
    }

    /** The parameters the controls describe now. */
    RewardParameters parameters() {
        RewardProfile p = profile.getValue() == null ? RewardProfile.REFERENCE_CODE : profile.getValue();
        return p.defaults().withCuriosityThreshold(threshold.getValue()).withOperationBudget(budget.getValue())
                .withCuriosityWeight(curiosity.getValue()).withPenaltyWeight(penalty.getValue());
    }

    /** Applies the controls at once (what the debounce does when it fires). */
    void apply() {
        debounce.stop();
        model.parametersProperty().set(parameters());
    }

    Spinner<Double> thresholdSpinner() {
        return threshold;
    }

    Spinner<Integer> budgetSpinner() {
        return budget;
    }

    Spinner<Double> curiositySpinner() {
        return curiosity;
    }

    Spinner<Double> penaltySpinner() {
        return penalty;
    }

    Label changes() {
        return changes;
    }

    private void show(RewardParameters p) {
        if (p == null) {
            return;
        }
        boolean was = syncing;
        syncing = true;
        try {
            profile.setValue(matchingProfile(p));
            threshold.getValueFactory().setValue(p.curiosityThreshold());
            budget.getValueFactory().setValue(p.operationBudget());
            curiosity.getValueFactory().setValue(p.curiosityWeight());
            penalty.getValueFactory().setValue(p.penaltyWeight());
        } finally {
            syncing = was;
        }
    }

    /** The profile whose switches (everything but H, N, α, β) {@code p} has. */
    private static RewardProfile matchingProfile(RewardParameters p) {
        for (RewardProfile candidate : RewardProfile.values()) {
            RewardParameters d = candidate.defaults().withCuriosityThreshold(p.curiosityThreshold())
                    .withOperationBudget(p.operationBudget()).withCuriosityWeight(p.curiosityWeight())
                    .withPenaltyWeight(p.penaltyWeight());
            if (d.equals(p)) {
                return candidate;
            }
        }
        return RewardProfile.REFERENCE_CODE;
    }

    private void updateChanges(Messages messages) {
        changes.setText(model.dumpProperty().get() == null ? ""
                : messages.get("rollouts.whatif.changes", model.signChangesProperty().get()));
    }

    private static Spinner<Double> doubleSpinner(double min, double max, double step) {
        Spinner<Double> spinner = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(min, max, min, step));
        spinner.setEditable(true);
        spinner.setPrefWidth(90);
        SpinnerValueFactory.DoubleSpinnerValueFactory factory =
                (SpinnerValueFactory.DoubleSpinnerValueFactory) spinner.getValueFactory();
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "").replaceAll("\\.$", ".0");
            }

            @Override
            public Double fromString(String s) {
                try {
                    return Double.parseDouble(s.trim().replace(',', '.'));
                } catch (NumberFormatException e) {
                    return factory.getValue();
                }
            }
        });
        return spinner;
    }

    private static HBox labelled(String name, Spinner<?> spinner) {
        spinner.setPrefWidth(90);
        HBox box = new HBox(4, new Label(name), spinner);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
