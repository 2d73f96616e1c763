package io.sidebench.testsupport;

import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.ModelParams;
import io.sidebench.model.Prompt;
import io.sidebench.model.PromptSet;
import io.sidebench.model.ProviderKind;
import io.sidebench.model.Turn;
import java.util.List;
import java.util.Map;

/** Builds small projects for run tests. */
public final class TestProjects {
    private TestProjects() {
    }

    /** A set of {@code n} single-turn prompts whose text is "question i" (i from 0). */
    public static PromptSet promptSet(ProjectStore store, String name, int n) throws Exception {
        return store.promptSets().importSet(name, "test", "test", sink -> {
            for (int i = 0; i < n; i++) {
                sink.add(Prompt.single("q" + i, "question " + i, "answer " + i));
            }
        });
    }

    public static PromptSet promptSet(ProjectStore store, String name, List<Prompt> prompts) throws Exception {
        return store.promptSets().importSet(name, "test", "test", sink -> prompts.forEach(sink::add));
    }

    public static Prompt multiTurn(String key, String... users) {
        return new Prompt(0, key, 0, null, java.util.Arrays.stream(users).map(Turn::of).toList(), null, Map.of(),
                List.of());
    }

    public static ModelConfig model(ProjectStore store, String name, ProviderKind kind, String baseUrl, String model,
                                    ModelParams params) {
        return store.models().add(new ModelConfig(0, name, kind, baseUrl, model, null, null, params, null));
    }

    public static ModelConfig openAi(ProjectStore store, String name, String baseUrl, String model) {
        return model(store, name, ProviderKind.OPENAI_COMPATIBLE, baseUrl, model, ModelParams.DEFAULTS);
    }
}
