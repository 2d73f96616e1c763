package io.sidebench.cli;

import io.sidebench.logic.run.EndpointPlan;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.logic.store.ProjectStores;
import io.sidebench.model.ConnectionSettings;
import io.sidebench.model.ModelConfig;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "concurrency", mixinStandardHelpOptions = true, description = {
    "Set a model's own limit of requests in flight, below its endpoint's (run --concurrency), or clear it.",
    "Models on one base URL share the endpoint's limit; a model's own limit caps it lower."})
final class ModelsConcurrencyCommand implements Callable<Integer> {
    @ParentCommand
    ModelsCommand parent;

    @Parameters(index = "0", paramLabel = "NAME", description = "the model's name")
    String name;

    @Parameters(index = "1", paramLabel = "N|none", description = "requests in flight at most, or none for the "
            + "endpoint's limit")
    String value;

    @Override
    public Integer call() {
        String stored = parse(value);
        try (ProjectStore store = ProjectStores.open(parent.project)) {
            ModelConfig m = store.models().find(name).orElseThrow(() -> new CliException(CliProjects.shown(parent.project)
                    + ": no model '" + name + "' (see: sidebench models " + CliProjects.shown(parent.project) + " list)"));
            ModelConfig changed = m.withConnection(m.connection().withOption(ConnectionSettings.CONCURRENCY_OPTION,
                    stored));
            store.models().update(changed);
            parent.spec.commandLine().getOut().println(stored == null
                    ? "Model '" + name + "' now uses its endpoint's limit (run --concurrency)"
                    : "Model '" + name + "': at most " + EndpointPlan.overrideOf(changed)
                    + " requests in flight (and never more than its endpoint's limit)");
        }
        return 0;
    }

    /** The stored value: a positive whole number, or null for none. */
    static String parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("none") || t.equals("default") || t.equals("0")) {
            return null;
        }
        try {
            int n = Integer.parseInt(t);
            if (n >= 1) {
                return Integer.toString(n);
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new CliException("concurrency takes a whole number from 1 (or none), not '" + text + "'");
    }
}
