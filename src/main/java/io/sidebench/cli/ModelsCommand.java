package io.sidebench.cli;

import io.sidebench.logic.providers.secrets.ApiKeyResolver;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.logic.store.ProjectStores;
import io.sidebench.logic.util.Json;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.ModelParams;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "models", mixinStandardHelpOptions = true,
        description = "Add, list, remove and test the models of a project (API keys are never stored in it).",
        subcommands = {
            ModelsAddCommand.class,
            ModelsCommand.ListModels.class,
            ModelsCommand.RemoveModel.class,
            ModelsTestCommand.class,
            ModelsConcurrencyCommand.class,
        })
final class ModelsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "the project file or team project URL (postgresql://host/db?project=NAME)")
    String project;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "missing subcommand: add, list, remove, test or concurrency (try models PROJECT --help)");
    }

    /** The parameters of a model as "k=v" text, in --param syntax. */
    static String describeParams(ModelParams p) {
        List<String> parts = new ArrayList<>();
        if (p.temperature() != null) {
            parts.add("temperature=" + p.temperature());
        }
        if (p.topP() != null) {
            parts.add("top_p=" + p.topP());
        }
        if (p.maxTokens() != null) {
            parts.add("max_tokens=" + p.maxTokens());
        }
        if (p.seed() != null) {
            parts.add("seed=" + p.seed());
        }
        if (p.reasoning() != null) {
            parts.add("reasoning=" + (p.reasoning() ? "on" : "off"));
        }
        if (p.systemPrompt() != null) {
            String s = p.systemPrompt();
            parts.add("system=\"" + (s.length() > 30 ? s.substring(0, 27) + "..." : s) + "\"");
        }
        return String.join(" ", parts);
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the project's models.")
    static final class ListModels implements Callable<Integer> {
        @ParentCommand
        ModelsCommand parent;

        @Option(names = "--json", description = "print JSON")
        boolean json;

        @Override
        public Integer call() {
            List<ModelConfig> models;
            try (ProjectStore store = ProjectStores.open(parent.project)) {
                models = store.models().list();
            }
            ApiKeyResolver keys = ApiKeyResolver.standard();
            PrintWriter out = parent.spec.commandLine().getOut();
            if (json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (ModelConfig m : models) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("name", m.name());
                    row.put("displayName", m.displayName());
                    row.put("provider", m.provider().id());
                    row.put("baseline", m.isBaseline());
                    row.put("model", m.model());
                    row.put("baseUrl", m.baseUrl());
                    row.put("path", m.path());
                    row.put("apiKeyEnv", m.apiKeyEnv());
                    row.put("apiKeyAvailable", m.apiKeyEnv() == null ? null : keyAvailable(keys, m.apiKeyEnv()));
                    row.put("params", m.params());
                    row.put("profile", m.profile());
                    row.put("concurrency", io.sidebench.logic.run.EndpointPlan.overrideOf(m));
                    rows.add(row);
                }
                out.println(Json.pretty(rows));
                return 0;
            }
            if (models.isEmpty()) {
                out.println("No models yet; add one with: models " + CliProjects.shown(parent.project) + " add --name N --provider P ...");
                return 0;
            }
            out.printf("%-24s %-20s %-28s %-40s %-22s %s%n", "NAME", "PROVIDER", "MODEL", "WHERE", "KEY", "PARAMS");
            for (ModelConfig m : models) {
                String where = m.path() != null ? m.path() : m.baseUrl() == null ? "" : m.baseUrl();
                String key = m.apiKeyEnv() == null ? "" : m.apiKeyEnv()
                        + (keyAvailable(keys, m.apiKeyEnv()) ? "" : " (missing)");
                out.printf("%-24s %-20s %-28s %-40s %-22s %s%n", m.displayName(), m.provider().id(),
                        m.model() == null ? "" : m.model(), where, key, describeParams(m.params())
                        + (io.sidebench.logic.run.EndpointPlan.overrideOf(m) == null ? ""
                        : " concurrency=" + io.sidebench.logic.run.EndpointPlan.overrideOf(m)));
            }
            return 0;
        }

        private static boolean keyAvailable(ApiKeyResolver keys, String name) {
            try {
                return keys.find(name).isPresent();
            } catch (RuntimeException unreadable) {
                return false;
            }
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a model from the project.")
    static final class RemoveModel implements Callable<Integer> {
        @ParentCommand
        ModelsCommand parent;

        @Parameters(index = "0", paramLabel = "NAME", description = "the model's name")
        String name;

        @Override
        public Integer call() {
            try (ProjectStore store = ProjectStores.open(parent.project)) {
                store.models().remove(name);
            }
            parent.spec.commandLine().getOut().println("Removed model '" + name + "'");
            return 0;
        }
    }
}
