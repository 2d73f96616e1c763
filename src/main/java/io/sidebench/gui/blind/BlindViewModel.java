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
 * Blind pairwise voting over a {@link PairSchedule} plan: every pair of models on every prompt, balanced over
 * prompts and sides. Two anonymous answers to one prompt are shown; a vote (A, B, tie, both bad) is stored
 * with positions and the annotator's name, the names are told, and the next comparison not yet voted follows.
 * With {@link #hideVotedProperty() hide my earlier votes} (the default) comparisons this annotator judged
 * before are left out, so earlier choices are neither shown nor asked again; without it the whole plan is
 * shown, earlier votes revealed in place. Arrow keys move between comparisons.
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
    private final IntegerProperty planned = new SimpleIntegerProperty(this, "planned", 0);
    private final IntegerProperty votedCount = new SimpleIntegerProperty(this, "votedCount", 0);
    private final ObjectProperty<VoteOutcome> outcome = new SimpleObjectProperty<>(this, "outcome");
    private final BooleanProperty revealed = new SimpleBooleanProperty(this, "revealed");
    private final BooleanProperty hideVoted = new SimpleBooleanProperty(this, "hideVoted", true);
    private final StringProperty leftName = new SimpleStringProperty(this, "leftName", "");
    private final StringProperty rightName = new SimpleStringProperty(this, "rightName", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    /** This annotator's votes on the run, by {@link Pair#key()}. */
    private final Map<String, Vote> myVotes = new HashMap<>();
    private final Map<Long, String> modelNames = new HashMap<>();
    private List<Pair> plan = List.of();
    private List<Pair> pairs = List.of();
    private Run run;
    private boolean voting;
    private int opening;

    public BlindViewModel(ProjectStore store, TaskExecutor executor, Messages messages, AppPreferences preferences) {
        this.store = store;
        this.executor = executor;
        this.messages = messages;
        this.preferences = preferences;
        hideVoted.addListener((o, old, now) -> rebuildQueue());
    }

    private record Loaded(List<Pair> plan, Map<String, Vote> mine, Map<Long, String> names) {
    }

    /** Plans the comparisons of {@code next} and shows the first one this annotator has not judged. */
    public void open(Run next) {
        int open = ++opening;
        run = next;
        myVotes.clear();
        votedCount.set(0);
        if (next == null) {
            plan = List.of();
            pairs = List.of();
            planned.set(0);
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
            Map<String, Vote> mine = new HashMap<>();
            for (Vote v : store.votes().forRun(next.id())) {
                if (!v.judge() && voter != null && v.voter().equals(voter.strip())) {
                    mine.put(PairSchedule.key(v.promptId(), v.leftModelId(), v.rightModelId()), v);
                }
            }
            Map<Long, String> names = new HashMap<>();
            for (long id : next.modelIds()) {
                store.models().get(id).map(ModelConfig::displayName).ifPresent(n -> names.put(id, n));
            }
            return new Loaded(PairSchedule.plan(answers, next.seed()), mine, names);
        }, loaded -> {
            if (open != opening) {
                return;
            }
            plan = loaded.plan();
            myVotes.putAll(loaded.mine());
            modelNames.clear();
            modelNames.putAll(loaded.names());
            planned.set(plan.size());
            rebuildQueue();
        }, this::fail);
    }

    /** The comparisons shown: the plan, without those judged before when earlier votes are hidden. */
    private void rebuildQueue() {
        pairs = hideVoted.get() ? plan.stream().filter(p -> !myVotes.containsKey(p.key())).toList() : plan;
        total.set(pairs.size());
        votedCount.set((int) plan.stream().filter(p -> myVotes.containsKey(p.key())).count());
        if (plan.isEmpty()) {
            status.set(messages.get("blind.nothing"));
        } else if (pairs.isEmpty() || firstOpen(0) < 0) {
            status.set(messages.format("blind.allVoted", votedCount.get(), plan.size()));
        } else {
            status.set("");
        }
        int first = firstOpen(0);
        show(pairs.isEmpty() ? -1 : first < 0 ? 0 : first);
    }

    /** The first comparison from {@code from} on that this annotator has not judged, or -1. */
    private int firstOpen(int from) {
        for (int i = Math.max(0, from); i < pairs.size(); i++) {
            if (!myVotes.containsKey(pairs.get(i).key())) {
                return i;
            }
        }
        return -1;
    }

    private void show(int i) {
        index.set(i);
        Pair pair = i < 0 || i >= pairs.size() ? null : pairs.get(i);
        outcome.set(pair == null ? null : shownOutcome(pair));
        revealed.set(pair != null && myVotes.containsKey(pair.key()));
        updateNames();
        if (pair == null) {
            shown.set(null);
            return;
        }
        executor.submit("blind-pair", () -> new Shown(pair, store.promptSets().prompt(pair.promptId()).orElseThrow(),
                store.completions().get(pair.left().completionId()).orElseThrow(),
                store.completions().get(pair.right().completionId()).orElseThrow()), loaded -> {
                    if (index.get() == i && pairs.size() > i && pairs.get(i) == pair) {
                        shown.set(loaded);
                    }
                }, this::fail);
    }

    /** The vote on {@code pair} as its sides are shown now (an earlier vote may have had them swapped). */
    private VoteOutcome shownOutcome(Pair pair) {
        Vote v = myVotes.get(pair.key());
        if (v == null) {
            return null;
        }
        if (v.outcome() == VoteOutcome.LEFT || v.outcome() == VoteOutcome.RIGHT) {
            Long winner = v.winnerModelId();
            return winner != null && winner == pair.left().modelId() ? VoteOutcome.LEFT : VoteOutcome.RIGHT;
        }
        return v.outcome();
    }

    private void updateNames() {
        int i = index.get();
        if (revealed.get() && i >= 0 && i < pairs.size()) {
            leftName.set(name(pairs.get(i).left()));
            rightName.set(name(pairs.get(i).right()));
        } else {
            leftName.set(messages.get("blind.modelA"));
            rightName.set(messages.get("blind.modelB"));
        }
    }

    private String name(Answer answer) {
        return modelNames.getOrDefault(answer.modelId(), "?");
    }

    /**
     * Records the vote on the comparison shown (a comparison takes one vote), says which model was which, and
     * moves on to the next comparison not yet judged.
     */
    public void vote(VoteOutcome verdict) {
        Shown current = shown.get();
        int i = index.get();
        if (current == null || voting || myVotes.containsKey(current.pair().key())) {
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
            myVotes.put(pair.key(), vote);
            votedCount.set(votedCount.get() + 1);
            String told = messages.format("blind.voted", votedCount.get(), plan.size(), name(pair.left()),
                    name(pair.right()));
            if (index.get() != i) {
                status.set(told);
                return;
            }
            int next = firstOpen(i + 1);
            if (next < 0) {
                next = firstOpen(0);
            }
            if (next < 0) {
                outcome.set(verdict);
                revealed.set(true);
                updateNames();
                status.set(told + " " + messages.format("blind.allVoted", votedCount.get(), plan.size()));
            } else {
                show(next);
                status.set(told);
            }
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

    /** Comparisons shown (the plan, less earlier votes when they are hidden). */
    public IntegerProperty totalProperty() {
        return total;
    }

    /** Comparisons in the whole plan (voted or not). */
    public IntegerProperty plannedProperty() {
        return planned;
    }

    /** Hide my earlier votes: leave out the comparisons this annotator judged before (default on). */
    public BooleanProperty hideVotedProperty() {
        return hideVoted;
    }

    /** Comparisons of the plan this annotator has judged (before and now). */
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
