package io.sidebench.gui.annotate;

import io.sidebench.gui.core.Messages;
import io.sidebench.logic.packages.AnnotationPackage;
import io.sidebench.model.VoteOutcome;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The blind pairwise votes of an annotation package: two answers to the same prompt, left and right, and the
 * annotator's vote (left, right, tie, both bad), written into the package like the ratings.
 */
public final class PairVotesViewModel {
    private final PackageViewModel owner;
    private final Messages messages;
    private final Clock clock;
    private final IntegerProperty index = new SimpleIntegerProperty(this, "index", -1);
    private final StringProperty label = new SimpleStringProperty(this, "label", "");
    private final StringProperty prompt = new SimpleStringProperty(this, "prompt", "");
    private final StringProperty left = new SimpleStringProperty(this, "left", "");
    private final StringProperty right = new SimpleStringProperty(this, "right", "");
    private final ObjectProperty<VoteOutcome> vote = new SimpleObjectProperty<>(this, "vote");

    PairVotesViewModel(PackageViewModel owner, Messages messages, Clock clock) {
        this.owner = owner;
        this.messages = messages;
        this.clock = clock;
        index.addListener((o, a, b) -> show());
        if (!pairs().isEmpty()) {
            index.set(0);
        }
    }

    public List<AnnotationPackage.Pair> pairs() {
        return owner.current().pairs();
    }

    private Optional<AnnotationPackage.Item> item(String id) {
        return owner.current().items().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    private void show() {
        int i = index.get();
        if (i < 0 || i >= pairs().size()) {
            return;
        }
        AnnotationPackage.Pair pair = pairs().get(i);
        AnnotationPackage.Item a = item(pair.left()).orElse(null);
        AnnotationPackage.Item b = item(pair.right()).orElse(null);
        label.set(messages.format("package.pair", i + 1, pairs().size()));
        prompt.set(a == null ? "" : PackageViewModel.promptText(a, messages));
        left.set(a == null ? "" : PackageViewModel.answerText(a, messages));
        right.set(b == null ? "" : PackageViewModel.answerText(b, messages));
        vote.set(owner.current().votes().stream().filter(v -> v.pair().equals(pair.id())
                && v.voter().equals(owner.annotator())).map(AnnotationPackage.PairVote::outcome).findFirst()
                .orElse(null));
    }

    /** Votes on the shown pair and writes it into the package; then shows the next pair. */
    public void vote(VoteOutcome outcome) {
        int i = index.get();
        if (outcome == null || i < 0 || i >= pairs().size()) {
            return;
        }
        owner.replace(owner.current().vote(new AnnotationPackage.PairVote(pairs().get(i).id(), owner.annotator(),
                outcome, clock.instant().toString())));
        vote.set(outcome);
        if (i + 1 < pairs().size()) {
            index.set(i + 1);
        }
    }

    public void move(int delta) {
        if (!pairs().isEmpty()) {
            index.set(Math.max(0, Math.min(pairs().size() - 1, index.get() + delta)));
        }
    }

    public IntegerProperty indexProperty() {
        return index;
    }

    public StringProperty labelProperty() {
        return label;
    }

    public StringProperty promptProperty() {
        return prompt;
    }

    public StringProperty leftProperty() {
        return left;
    }

    public StringProperty rightProperty() {
        return right;
    }

    /** The annotator's vote on the shown pair, {@code null} before voting. */
    public ObjectProperty<VoteOutcome> voteProperty() {
        return vote;
    }
}
