package io.sidebench.cli;

import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.Run;
import java.util.List;

/** Finds the run a {@code --run} option names: its id, or its name when unique. */
final class RunArgs {
    private RunArgs() {
    }

    /** @param spec id or name; {@code null} for the latest run */
    static Run resolve(ProjectStore store, String spec) {
        List<Run> runs = store.runs().list();
        if (runs.isEmpty()) {
            throw new CliException(store.location() + ": the project has no runs yet");
        }
        if (spec == null || spec.isBlank()) {
            return runs.get(0); // newest first
        }
        if (spec.chars().allMatch(Character::isDigit)) {
            long id = Long.parseLong(spec);
            return store.runs().get(id).orElseThrow(() -> new CliException(store.location() + ": no run with id " + id));
        }
        List<Run> named = runs.stream().filter(r -> spec.equals(r.name())).toList();
        if (named.isEmpty()) {
            throw new CliException(store.location() + ": no run named '" + spec + "' (use the id from `runs`)");
        }
        if (named.size() > 1) {
            throw new CliException(store.location() + ": " + named.size() + " runs are named '" + spec + "'; use the id");
        }
        return named.get(0);
    }

    static String describe(Run run) {
        return "run " + run.id() + (run.name() == null || run.name().isBlank() ? "" : " \"" + run.name() + "\"");
    }
}
