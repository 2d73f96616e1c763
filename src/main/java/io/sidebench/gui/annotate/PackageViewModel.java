package io.sidebench.gui.annotate;

import io.sidebench.gui.core.FxTaskExecutor;
import io.sidebench.gui.core.Messages;
import io.sidebench.logic.exec.TaskExecutor;
import io.sidebench.logic.packages.AnnotationPackage;
import io.sidebench.model.RubricDimension;
import io.sidebench.model.Turn;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Annotation-only mode: one annotator rates the answers of a blind annotation package (no model names, only
 * "Answer N"), on the package's rubric, with tags and a comment. Every change is written back into the same
 * package file ({@link AnnotationPackage#rate}, {@code PackageFile}), which is what {@code sidebench package
 * merge} reads. Pairwise votes are {@link PairVotesViewModel}'s.
 */
public final class PackageViewModel {
    private final Messages messages;
    private final Clock clock;
    private final PackageWriter writer;
    private AnnotationPackage pkg;
    private final IntegerProperty index = new SimpleIntegerProperty(this, "index", -1);
    private final StringProperty itemLabel = new SimpleStringProperty(this, "itemLabel", "");
    private final StringProperty prompt = new SimpleStringProperty(this, "prompt", "");
    private final StringProperty answer = new SimpleStringProperty(this, "answer", "");
    private final Map<String, ObjectProperty<Double>> ratings = new LinkedHashMap<>();
    private final StringProperty tags = new SimpleStringProperty(this, "tags", "");
    private final StringProperty comment = new SimpleStringProperty(this, "comment", "");
    private final StringProperty progress = new SimpleStringProperty(this, "progress", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final PairVotesViewModel pairs;
    /** Set while the fields show a newly chosen item, so showing it is not taken for an edit. */
    private boolean showing;

    public PackageViewModel(AnnotationPackage pkg, Path file, TaskExecutor executor, Messages messages, Clock clock) {
        this.pkg = pkg;
        this.messages = messages;
        this.clock = clock;
        this.writer = new PackageWriter(file, executor);
        for (RubricDimension d : pkg.rubric()) {
            ObjectProperty<Double> value = new SimpleObjectProperty<>(this, d.name());
            value.addListener((o, a, b) -> edited());
            ratings.put(d.name(), value);
        }
        tags.addListener((o, a, b) -> edited());
        comment.addListener((o, a, b) -> edited());
        index.addListener((o, a, b) -> show());
        this.pairs = new PairVotesViewModel(this, messages, clock);
        if (!pkg.items().isEmpty()) {
            index.set(0);
        }
        showProgress();
    }

    /** The package as it is now (with every rating made so far). */
    public AnnotationPackage current() {
        return pkg;
    }

    /** The annotator the package was made for; every rating and vote is theirs. */
    public String annotator() {
        return pkg.annotator() == null || pkg.annotator().isBlank() ? "annotator" : pkg.annotator();
    }

    public String title() {
        return messages.format("package.title", pkg.projectTitle() == null ? "" : pkg.projectTitle(), annotator(),
                writer.file().getFileName().toString());
    }

    public List<AnnotationPackage.Item> items() {
        return pkg.items();
    }

    public List<RubricDimension> rubric() {
        return pkg.rubric();
    }

    private void show() {
        int i = index.get();
        if (i < 0 || i >= pkg.items().size()) {
            return;
        }
        AnnotationPackage.Item item = pkg.items().get(i);
        AnnotationPackage.Rating mine = pkg.annotations().stream()
                .filter(r -> r.item().equals(item.id()) && r.annotator().equals(annotator())).findFirst().orElse(null);
        showing = true;
        try {
            itemLabel.set(messages.format("package.item", item.label(), i + 1, pkg.items().size()));
            prompt.set(promptText(item, messages));
            answer.set(answerText(item, messages));
            ratings.forEach((name, value) -> value.set(mine == null ? null : mine.ratings().get(name)));
            tags.set(mine == null ? "" : String.join(", ", mine.tags()));
            comment.set(mine == null || mine.comment() == null ? "" : mine.comment());
        } finally {
            showing = false;
        }
    }

    static String promptText(AnnotationPackage.Item item, Messages m) {
        StringBuilder out = new StringBuilder();
        if (item.category() != null && !item.category().isBlank()) {
            out.append(m.format("package.category", item.category())).append("\n\n");
        }
        if (item.system() != null && !item.system().isBlank()) {
            out.append(m.get("package.system")).append('\n').append(item.system().strip()).append("\n\n");
        }
        List<Turn> turns = item.turns();
        for (int t = 0; t < turns.size(); t++) {
            if (turns.size() > 1) {
                out.append(m.format("package.turn", t + 1)).append('\n');
            }
            out.append(turns.get(t).user().strip()).append("\n\n");
            if (turns.get(t).hasReference()) {
                out.append(m.get("package.reference")).append('\n').append(turns.get(t).reference().strip())
                        .append("\n\n");
            }
        }
        return out.toString().strip();
    }

    static String answerText(AnnotationPackage.Item item, Messages m) {
        List<String> answers = item.answers();
        if (answers.size() == 1) {
            return answers.get(0);
        }
        StringBuilder out = new StringBuilder();
        for (int t = 0; t < answers.size(); t++) {
            out.append(m.format("package.turn", t + 1)).append('\n').append(answers.get(t)).append("\n\n");
        }
        return out.toString().strip();
    }

    private void edited() {
        int i = index.get();
        if (showing || i < 0 || i >= pkg.items().size()) {
            return;
        }
        String item = pkg.items().get(i).id();
        Map<String, Double> values = new TreeMap<>();
        ratings.forEach((name, value) -> {
            if (value.get() != null) {
                values.put(name, value.get());
            }
        });
        List<String> tagList = Arrays.stream(tags.get() == null ? new String[0] : tags.get().split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        String note = comment.get() == null || comment.get().isBlank() ? null : comment.get().strip();
        boolean had = pkg.annotations().stream().anyMatch(r -> r.item().equals(item) && r.annotator().equals(annotator()));
        if (!had && values.isEmpty() && tagList.isEmpty() && note == null) {
            return;
        }
        replace(pkg.rate(new AnnotationPackage.Rating(item, annotator(), values, tagList, note,
                clock.instant().toString())));
    }

    /** Takes a changed package (a rating or a vote), shows the progress and writes it to the file. */
    void replace(AnnotationPackage next) {
        pkg = next;
        showProgress();
        status.set(messages.get("package.saving"));
        writer.save(next, () -> {
            if (!writer.unsaved()) {
                status.set(messages.format("package.saved", writer.file().getFileName().toString()));
            }
        }, failure -> status.set(messages.format("status.error", FxTaskExecutor.reason(failure))));
    }

    private void showProgress() {
        List<String> parts = new ArrayList<>();
        for (AnnotationPackage.Progress p : pkg.progress()) {
            if (p.annotator().equals(annotator())) {
                parts.add(messages.format("package.progressPart", p.dimension(), p.rated(), p.rated() + p.left()));
            }
        }
        progress.set(parts.isEmpty() ? "" : messages.format("package.progress", String.join(" · ", parts)));
    }

    /** Sets a dimension's rating of the shown answer; {@code null} clears it. Values outside the scale are refused. */
    public void rate(String dimension, Double value) {
        ObjectProperty<Double> p = ratings.get(dimension);
        RubricDimension d = pkg.rubric().stream().filter(r -> r.name().equals(dimension)).findFirst().orElse(null);
        if (p == null || d == null) {
            return;
        }
        if (value != null && !d.accepts(value)) {
            status.set(messages.format("package.outOfScale", dimension, d.min(), d.max()));
            return;
        }
        p.set(value);
    }

    /** Moves to the next (or, negative, previous) answer; stays at the ends. */
    public void move(int delta) {
        int next = Math.max(0, Math.min(pkg.items().size() - 1, index.get() + delta));
        index.set(next);
    }

    /** The first answer not yet rated on every dimension, after the shown one (wrapping); stays when none is left. */
    public void nextUnrated() {
        int n = pkg.items().size();
        for (int step = 1; step <= n; step++) {
            int i = (index.get() + step) % n;
            String id = pkg.items().get(i).id();
            boolean done = pkg.annotations().stream().anyMatch(r -> r.item().equals(id)
                    && r.annotator().equals(annotator())
                    && pkg.rubric().stream().allMatch(d -> r.ratings().get(d.name()) != null));
            if (!done) {
                index.set(i);
                return;
            }
        }
        status.set(messages.get("package.allRated"));
    }

    /** Writes what is not written yet, now (the window closes). */
    public void flush() {
        writer.flush();
    }

    public IntegerProperty indexProperty() {
        return index;
    }

    public StringProperty itemLabelProperty() {
        return itemLabel;
    }

    public StringProperty promptProperty() {
        return prompt;
    }

    public StringProperty answerProperty() {
        return answer;
    }

    /** The shown answer's rating on {@code dimension} ({@code null}: not rated). */
    public ObjectProperty<Double> ratingProperty(String dimension) {
        return ratings.get(dimension);
    }

    public StringProperty tagsProperty() {
        return tags;
    }

    public StringProperty commentProperty() {
        return comment;
    }

    public StringProperty progressProperty() {
        return progress;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public PairVotesViewModel pairs() {
        return pairs;
    }
}
