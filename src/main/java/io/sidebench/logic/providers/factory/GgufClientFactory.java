package io.sidebench.logic.providers.factory;

import io.sidebench.logic.providers.ModelClient;
import io.sidebench.logic.providers.ModelClientFactory;
import io.sidebench.logic.providers.gguf.GgufProcess;
import io.sidebench.model.ModelConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Clients for local GGUF models: one child JVM per model file (started on first use, kept while this
 * factory lives), reached through the same OpenAI-compatible client as remote models so that local
 * and remote speed are measured by the same code. Closing the factory stops every child.
 */
final class GgufClientFactory implements ModelClientFactory, AutoCloseable {
    private final BiFunction<ModelConfig, String, ModelClient> openAiCompatible;
    private final Function<Path, GgufProcess> starter;
    private final Map<Path, GgufProcess> processes = new LinkedHashMap<>();

    GgufClientFactory(BiFunction<ModelConfig, String, ModelClient> openAiCompatible,
                      Function<Path, GgufProcess> starter) {
        this.openAiCompatible = openAiCompatible;
        this.starter = starter;
    }

    @Override
    public synchronized ModelClient create(ModelConfig config) {
        if (config.path() == null || config.path().isBlank()) {
            throw new IllegalArgumentException("model '" + config.name() + "': no GGUF file (--path)");
        }
        Path file = Path.of(config.path()).toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("model '" + config.name() + "': GGUF file not found: " + file);
        }
        GgufProcess process = processes.get(file);
        if (process == null || !process.isAlive()) {
            process = starter.apply(file);
            processes.put(file, process);
        }
        ModelConfig local = new ModelConfig(config.id(), config.name(), config.provider(), process.baseUrl(),
                process.modelId(), null, config.path(), config.params(), config.profile());
        return openAiCompatible.apply(local, process.baseUrl());
    }

    @Override
    public synchronized void close() {
        processes.values().forEach(GgufProcess::close);
        processes.clear();
    }
}
