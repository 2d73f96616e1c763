package io.sidebench.gui.compare;

import io.sidebench.gui.core.Messages;
import io.sidebench.logic.diff.WordDiff.Segment;
import io.sidebench.model.Completion;
import io.sidebench.logic.metrics.MeasuredSpeed;
import io.sidebench.model.ModelConfig;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** One model's answer in the side-by-side view, with its timings, or its error and a retry action. */
final class AnswerCard extends VBox {
    /** Shown where a figure was not measured. */
    static final String NONE = "\u2013";

    AnswerCard(Messages messages, ModelConfig model, Completion completion, List<Segment> diff, Boolean firstSide,
               boolean focused, Runnable onRetry, boolean canRetry, String speedMark) {
        super(6);
        getStyleClass().add("answer-card");
        if (focused) {
            getStyleClass().add("focused-card");
        }
        setId("answer-" + model.id());
        setMinWidth(220);
        setPrefWidth(340);
        Label title = new Label(model.displayName());
        title.getStyleClass().add("answer-title");
        getChildren().add(title);
        if (completion == null) {
            Label none = new Label(messages.get("compare.noAnswer"));
            none.getStyleClass().add("answer-meta");
            getChildren().add(none);
            return;
        }
        String figures = metrics(messages, completion, model.isBaseline());
        // imported answers: the figures are another tool's (or none), never read as Sidebench's
        Label meta = new Label(speedMark == null || speedMark.isEmpty() ? figures : figures + " \u00B7 " + speedMark);
        meta.setId("answer-meta-" + model.id());
        meta.getStyleClass().add("answer-meta");
        io.sidebench.gui.core.Layouts.wrapping(meta);
        getChildren().add(meta);
        if (!completion.isOk()) {
            Label error = new Label(messages.format("compare.failed", oneLine(completion.error())));
            error.getStyleClass().add("answer-error");
            error.setWrapText(true);
            error.setId("answer-error-" + model.id());
            Button retry = new Button(messages.get("action.retry"));
            retry.setId("retry-" + model.id());
            retry.setDisable(!canRetry);
            retry.setOnAction(e -> onRetry.run());
            getChildren().addAll(error, retry);
        }
        if (diff != null && firstSide != null) {
            getChildren().add(AnswerText.diffSide(diff, firstSide, completion.text()));
        } else if (completion.text() != null && !completion.text().isEmpty()) {
            getChildren().add(AnswerText.plain(completion.text()));
        }
    }

    /**
     * The card's speed line: time, tokens/s and tokens always, "\u2013" where nothing was measured (a failed
     * request, a baseline that sends none); TTFT when there is one.
     */
    static String metrics(Messages messages, Completion completion, boolean baseline) {
        MeasuredSpeed m = MeasuredSpeed.of(completion, baseline);
        List<String> parts = new ArrayList<>();
        if (m.ttftMs() != null) {
            parts.add(messages.format("metric.ttft", messages.number(m.ttftMs(), 0)));
        }
        parts.add(messages.format("metric.e2e", m.e2eMs() == null ? NONE : messages.number(m.e2eMs() / 1000.0, 2)));
        parts.add(messages.format("metric.tps", m.tokensPerSecond() == null ? NONE
                : messages.number(m.tokensPerSecond(), 1)));
        parts.add(messages.format("metric.tokens", m.outputTokens() == null ? NONE
                : messages.number(m.outputTokens(), 0)));
        if (completion.cached()) {
            parts.add(messages.get("metric.cached"));
        }
        return String.join(" \u00B7 ", parts);
    }

    private static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        return text.lines().findFirst().orElse("");
    }
}
