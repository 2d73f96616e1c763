package io.sidebench.gui.blind;

import io.sidebench.gui.blind.PairSchedule.Answer;
import io.sidebench.gui.blind.PairSchedule.Pair;
import io.sidebench.gui.core.AppPreferences;
import io.sidebench.gui.core.FxTaskExecutor;
import io.sidebench.gui.core.Messages;
import io.sidebench.logic.exec.TaskExecutor;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.CellKey;
import io.sidebench.model.Completion;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.Prompt;
import io.sidebench.model.Run;
import io.sidebench.model.Vote;
import io.sidebench.model.VoteOutcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Blind pairwise voting: two anonymous answers to one prompt, left and right in seeded random order.
 * A vote (A, B, tie, both bad) is stored with positions and the annotator's name; only then are the
 * model names revealed. Arrow keys move between comparisons.
 */
public final class BlindViewModel {
    /** What one comparison shows. */
    public record Shown(Pair pair, Prompt prompt, Completion left, Completion right) {
    }

    private final ProjectStore store;
    private final TaskExecutor executor;
    private final Messages messages;
    private final AppPreferences preferences;
    private final ObjectProperty<Shown> shown = new SimpleObjectProperty<>(this, "shown");
    private final IntegerProperty index = new SimpleIntegerProperty(this, "index", -1);
    private final IntegerProperty total = new SimpleIntegerProperty(this, "total", 0);
    private final IntegerProperty votedCount = new SimpleIntegerProperty(this, "votedCount", 0);
    private final ObjectProperty<VoteOutcome> outcome = new SimpleObjectProperty<>(this, "outcome");
    private final BooleanProperty revealed = new SimpleBooleanProperty(this, "revealed");
    private final StringProperty leftName = new SimpleStringProperty(this, "leftName", "");
    private final StringProperty rightName = new SimpleStringProperty(this, "rightName", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final Map<Integer, VoteOutcome> votes = new HashMap<>();
    private final Map<Long, String> modelNames = new HashMap<>();
    private List<Pair> pairs = List.of();
    private Run run;
    private boolean voting;

    public BlindViewModel(ProjectStore store, TaskExecutor executor, Messages messages, AppPreferences preferences) {
        this.store = store;
        this.executor = executor;
        this.messages = messages;
        this.preferences = preferences;
    }

    private record Loaded(List<Pair> pairs, Map<Long, String> names) {
    }

    /** Builds the schedule of comparisons for {@code next} (skipping pairs this annotator has judged). */
    public void open(Run next) {
        run = next;
        votes.clear();
        votedCount.set(0);
        if (next == null) {
            pairs = List.of();
            total.set(0);
            show(-1);
            return;
        }
        String voter = preferences.annotator();
        executor.submit("blind-schedule", () -> {
            Map<Long, CellKey> cells = store.completions().cells(next.id());
            Set<CellKey> ok = store.completions().finishedCells(next.id());
            Map<Long, List<Answer>> answers = new TreeMap<>();
            for (Map.Entry<Long, CellKey> e : cells.entrySet()) {
                CellKey cell = e.getValue();
                if (cell.repeat() == 0 && ok.contains(cell)) {
                    answers.computeIfAbsent(cell.promptId(), k -> new ArrayList<>())
                            .add(new Answer(cell.modelId(), e.getKey()));
                }
            }
            Set<String> voted = new HashSet<>();
            for (Vote v : store.votes().forRun(next.id())) {
                if (!v.judge() && v.voter().equals(voter)) {
                    voted.add(PairSchedule.key(v.promptId(), v.leftModelId(), v.rightModelId()));
                }
            }
            Map<Long, String> names = new HashMap<>();
            for (long id : next.modelIds()) {
                store.models().get(id).map(ModelConfig::displayName).ifPresent(n -> names.put(id, n));
            }
            return new Loaded(PairSchedule.build(answers, voted, next.seed()), names);
        }, loaded -> {
            pairs = loaded.pairs();
            modelNames.clear();
            modelNames.putAll(loaded.names());
            total.set(pairs.size());
            status.set(pairs.isEmpty() ? messages.get("blind.nothing") : "");
            show(pairs.isEmpty() ? -1 : 0);
        }, this::fail);
    }

    private void show(int i) {
        index.set(i);
        outcome.set(votes.get(i));
        revealed.set(votes.containsKey(i));
        updateNames();
        if (i < 0 || i >= pairs.size()) {
            shown.set(null);
            return;
        }
        Pair pair = pairs.get(i);
        executor.submit("blind-pair", () -> new Shown(pair, store.promptSets().prompt(pair.promptId()).orElseThrow(),
                store.completions().get(pair.left().completionId()).orElseThrow(),
                store.completions().get(pair.right().completionId()).orElseThrow()), loaded -> {
                    if (index.get() == i) {
                        shown.set(loaded);
                    }
                }, this::fail);
    }

    private void updateNames() {
        int i = index.get();
        if (revealed.get() && i >= 0 && i < pairs.size()) {
            leftName.set(modelNames.getOrDefault(pairs.get(i).left().modelId(), "?"));
            rightName.set(modelNames.getOrDefault(pairs.get(i).right().modelId(), "?"));
        } else {
            leftName.set(messages.get("blind.modelA"));
            rightName.set(messages.get("blind.modelB"));
        }
    }

    /** Records the vote on the comparison shown; a comparison takes one vote. */
    public void vote(VoteOutcome verdict) {
        Shown current = shown.get();
        int i = index.get();
        if (current == null || votes.containsKey(i) || voting) {
            return;
        }
        String voter = preferences.annotator();
        if (voter == null || voter.isBlank()) {
            status.set(messages.get("annotate.needName"));
            return;
        }
        Pair pair = current.pair();
        Vote vote = new Vote(0, run.id(), pair.promptId(), pair.left().completionId(), pair.right().completionId(),
                pair.left().modelId(), pair.right().modelId(), verdict, voter.strip(), false, null);
        voting = true;
        executor.submit("blind-vote", () -> store.votes().add(vote), saved -> {
            voting = false;
            votes.put(i, verdict);
            votedCount.set(votes.size());
            if (index.get() == i) {
                outcome.set(verdict);
                revealed.set(true);
                updateNames();
            }
            status.set(messages.format("blind.voted", votes.size(), pairs.size()));
        }, failure -> {
            voting = false;
            fail(failure);
        });
    }

    public void next() {
        if (index.get() + 1 < pairs.size()) {
            show(index.get() + 1);
        } else if (!pairs.isEmpty()) {
            status.set(messages.get("blind.end"));
        }
    }

    public void previous() {
        if (index.get() > 0) {
            show(index.get() - 1);
        }
    }

    private void fail(Throwable failure) {
        status.set(messages.format("status.error", FxTaskExecutor.reason(failure)));
    }

    public List<Pair> pairs() {
        return pairs;
    }

    public ObjectProperty<Shown> shownProperty() {
        return shown;
    }

    public IntegerProperty indexProperty() {
        return index;
    }

    public IntegerProperty totalProperty() {
        return total;
    }

    public IntegerProperty votedCountProperty() {
        return votedCount;
    }

    public ObjectProperty<VoteOutcome> outcomeProperty() {
        return outcome;
    }

    public BooleanProperty revealedProperty() {
        return revealed;
    }

    public StringProperty leftNameProperty() {
        return leftName;
    }

    public StringProperty rightNameProperty() {
        return rightName;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
