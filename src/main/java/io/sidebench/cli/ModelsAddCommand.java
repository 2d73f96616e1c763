package io.sidebench.cli;

import io.sidebench.logic.providers.BaseUrlPolicy;
import io.sidebench.logic.providers.catalogue.ProviderCatalogue;
import io.sidebench.logic.providers.check.KeyVariableNames;
import io.sidebench.logic.providers.catalogue.ProviderPreset;
import io.sidebench.logic.providers.secrets.UserConfigDir;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.logic.store.ProjectStores;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.ModelParams;
import io.sidebench.model.ModelProfile;
import io.sidebench.model.ProviderKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "add", mixinStandardHelpOptions = true, description = {
    "Add a model (or a baseline) to the project.",
    "A preset (see: providers list) fills in the base URL, key variable, a default model and its profile.",
    "API keys: --api-key-env names the environment variable (or credentials entry) holding the key; the key "
            + "itself is never written to the project."})
final class ModelsAddCommand implements Callable<Integer> {
    @ParentCommand
    ModelsCommand parent;

    @Option(names = "--name", required = true, paramLabel = "N", description = "the model's name in this project")
    String name;

    @Option(names = "--provider", paramLabel = "P", description = "openai-compatible, ollama, anthropic, gemini, "
            + "azure-openai, bedrock, vertex, gguf, baseline-extractive or baseline-reference")
    String provider;

    @Option(names = "--preset", paramLabel = "NAME", description = "a provider preset, e.g. deepseek, ollama")
    String preset;

    @Option(names = "--base-url", paramLabel = "U", description = "the API's base URL")
    String baseUrl;

    @Option(names = "--model", paramLabel = "M", description = "the provider's model name")
    String model;

    @Option(names = "--api-key-env", paramLabel = "VAR", description = "the NAME of the variable holding the key")
    String apiKeyEnv;

    @Option(names = "--path", paramLabel = "FILE", description = "the .gguf file (provider gguf)")
    Path path;

    @Option(names = "--param", paramLabel = "k=v", description = "temperature, top_p, max_tokens, seed, system, "
            + "reasoning=on|off (repeatable)")
    List<String> params = new ArrayList<>();

    @Mixin
    ConnectionOptions connection = new ConnectionOptions();

    @Override
    public Integer call() {
        Optional<ProviderPreset> fromPreset = Optional.empty();
        ProviderCatalogue catalogue = ProviderCatalogue.load(UserConfigDir.resolve().resolve("providers.json"));
        if (preset != null) {
            fromPreset = Optional.of(catalogue.find(preset).orElseThrow(() -> new CliException("unknown preset '"
                    + preset + "' (known: " + String.join(", ", catalogue.presets().stream().map(ProviderPreset::id)
                    .toList()) + ")")));
        }
        ProviderKind kind = provider != null ? ProviderKind.fromId(provider)
                : fromPreset.map(ProviderPreset::kind).orElseThrow(() -> new CliException(
                        "--provider or --preset is required"));
        String url = baseUrl != null ? baseUrl : fromPreset.map(ProviderPreset::baseUrl).orElse(null);
        String keyEnv = apiKeyEnv != null ? apiKeyEnv : fromPreset.map(ProviderPreset::apiKeyEnv).orElse(null);
        String modelName = model != null ? model
                : fromPreset.flatMap(ProviderPreset::defaultModel).map(m -> m.name()).orElse(null);
        checkKeyEnv(keyEnv);
        String file = null;
        if (kind.isBaseline()) {
            url = null;
            keyEnv = null;
            modelName = null;
        } else {
            switch (kind) {
                case OPENAI_COMPATIBLE -> {
                    require(url, "--base-url (or --preset)");
                    require(modelName, "--model");
                }
                case OLLAMA, ANTHROPIC, GEMINI -> require(modelName, "--model");
                case VERTEX -> require(modelName, "--model (e.g. gemini-2.0-flash-001)");
                case BEDROCK -> require(modelName, "--model (the Bedrock model id, e.g. anthropic.claude-3-5-haiku-20241022-v1:0)");
                case AZURE_OPENAI -> {
                    require(url, "--base-url (the resource endpoint, e.g. https://NAME.openai.azure.com)");
                    require(modelName, "--model (the deployment name)");
                }
                case GGUF -> file = checkGguf();
                default -> { }
            }
        }
        Optional<String> urlWarning = Optional.empty();
        if (url != null) {
            try {
                BaseUrlPolicy.Verdict verdict = BaseUrlPolicy.check(url);
                url = verdict.url();
                urlWarning = verdict.warning();
            } catch (IllegalArgumentException e) {
                throw new CliException(e.getMessage(), e);
            }
        }
        ModelParams modelParams = ModelParamsParser.parse(params, ModelParams.DEFAULTS);
        ModelProfile profile = profile(catalogue, fromPreset, kind, url, modelName);
        io.sidebench.model.ConnectionSettings settings = connection.settings(kind);
        ModelConfig config = new ModelConfig(0, name, kind, url, modelName, keyEnv, file, modelParams,
                ConnectionOptions.withRegion(profile, settings), settings);
        ModelConfig added;
        try (ProjectStore store = ProjectStores.open(parent.project)) {
            added = store.models().add(config);
        }
        String what = kind.isBaseline() ? "baseline" : "model";
        String detail = kind.isBaseline() ? kind.id() + ", a baseline, not a model"
                : kind.id() + (modelName == null ? "" : ", " + modelName)
                + (file != null ? " from " + file : url != null ? " at " + url : "")
                + (keyEnv != null ? ", key from " + keyEnv : "") + ConnectionOptions.describe(settings);
        urlWarning.ifPresent(parent.spec.commandLine().getErr()::println);
        parent.spec.commandLine().getOut().println("Added " + what + " '" + added.name() + "' (" + detail + ")");
        return 0;
    }

    private static ModelProfile profile(ProviderCatalogue catalogue, Optional<ProviderPreset> preset, ProviderKind kind,
                                        String url, String modelName) {
        if (kind.isBaseline() || kind == ProviderKind.GGUF) {
            return kind == ProviderKind.GGUF
                    ? new ModelProfile(true, null, "Local (this machine)", null, 0.0, 0.0, null, null, List.of())
                    : ModelProfile.EMPTY;
        }
        Optional<ProviderPreset> match = preset.isPresent() ? preset : catalogue.presets().stream()
                .filter(p -> p.kind() == kind && url != null && sameUrl(p.baseUrl(), url)).findFirst();
        return match.map(p -> p.profileFor(modelName)).orElse(ModelProfile.EMPTY);
    }

    private static boolean sameUrl(String a, String b) {
        return strip(a).equalsIgnoreCase(strip(b));
    }

    private static String strip(String url) {
        String u = url.trim().replace("://localhost", "://127.0.0.1");
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }

    private static void require(String value, String option) {
        if (value == null || value.isBlank()) {
            throw new CliException("missing " + option);
        }
    }

    private String checkGguf() {
        if (path == null) {
            throw new CliException("missing --path FILE (the .gguf model file)");
        }
        if (!Files.isRegularFile(path)) {
            throw new CliException(path + ": file not found");
        }
        if (!path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gguf")) {
            throw new CliException(path + ": not a .gguf file");
        }
        return path.toAbsolutePath().normalize().toString();
    }

    /** Refuses a key pasted where its variable's name belongs, without repeating the key. */
    static void checkKeyEnv(String keyEnv) {
        if (keyEnv == null) {
            return;
        }
        if (!KeyVariableNames.isVariableName(keyEnv)) {
            throw new CliException("--api-key-env takes the NAME of an environment variable (like OPENAI_API_KEY), "
                    + "not the key itself; the value given was not stored");
        }
    }
}
