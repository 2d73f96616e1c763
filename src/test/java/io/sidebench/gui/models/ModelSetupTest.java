package io.sidebench.gui.models;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.gui.core.Messages;
import io.sidebench.logic.exec.SameThreadTaskExecutor;
import io.sidebench.logic.providers.FailureKind;
import io.sidebench.logic.providers.ModelResult;
import io.sidebench.logic.providers.catalogue.LocalServerDiscovery;
import io.sidebench.logic.providers.catalogue.ProviderCatalogue;
import io.sidebench.logic.providers.gguf.GgufModelFile;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.ProviderKind;
import io.sidebench.testsupport.ScriptedModelClients;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adding, removing, baselines, "Test connection" and discovery on the Models screen, without the FX toolkit. */
class ModelSetupTest {
    @TempDir
    Path dir;

    private static ModelServices services(ScriptedModelClients clients, ModelServices.Discovery discovery) {
        return new ModelServices(() -> clients, ProviderCatalogue.bundled(), name -> false, discovery);
    }

    private static ModelServices.Discovery finds(List<LocalServerDiscovery.FoundServer> servers, List<GgufModelFile> files) {
        return new ModelServices.Discovery() {
            @Override
            public List<LocalServerDiscovery.FoundServer> servers() {
                return servers;
            }

            @Override
            public List<GgufModelFile> ggufFiles() {
                return files;
            }
        };
    }

    @Test
    void baselinesAddRemoveAndConnectionTests() throws Exception {
        ScriptedModelClients clients = new ScriptedModelClients((m, r, call, l, c) -> m.name().equals("down")
                ? ModelResult.failed(FailureKind.CONNECTION, "connection refused: 127.0.0.1:9", null, List.of(), 0, 12, 0, null)
                : ScriptedModelClients.answer("I am ready to help you today.", l));
        try (ProjectStore store = ProjectStore.create(dir.resolve("p.sidebench"), "p")) {
            ModelsViewModel vm = new ModelsViewModel(store, new SameThreadTaskExecutor(), new Messages(Locale.ENGLISH),
                    services(clients, finds(List.of(), List.of())));
            vm.load();
            assertThat(vm.models()).isEmpty();
            vm.addBaselines();
            assertThat(vm.models()).extracting(ModelConfig::name).containsExactly("extractive", "reference");
            vm.addBaselines();
            assertThat(vm.models()).hasSize(2);

            vm.add(new ModelConfig(0, "up", ProviderKind.OPENAI_COMPATIBLE, "http://127.0.0.1:1/v1", "m", null, null,
                    null, null));
            vm.add(new ModelConfig(0, "down", ProviderKind.OPENAI_COMPATIBLE, "http://127.0.0.1:9/v1", "m", null, null,
                    null, null));
            assertThat(store.models().list()).hasSize(4);
            ModelConfig up = store.models().find("up").orElseThrow();
            ModelConfig down = store.models().find("down").orElseThrow();
            vm.checks().test(up);
            assertThat(vm.checks().results().get(up.id())).isEqualTo("TTFT 10 ms \u00B7 50.0 tokens/s \u00B7 total 30 ms");
            assertThat(vm.checks().succeeded().get(up.id())).isTrue();
            vm.checks().test(down);
            assertThat(vm.checks().results().get(down.id()))
                    .isEqualTo("Failed: connection refused: 127.0.0.1:9");
            assertThat(vm.checks().succeeded().get(down.id())).isFalse();
            assertThat(vm.checks().running()).isEmpty();

            vm.remove(down);
            assertThat(store.models().find("down")).isEmpty();
            assertThat(vm.models()).extracting(ModelConfig::name).doesNotContain("down");
            assertThat(vm.checks().results()).doesNotContainKey(down.id());
            assertThat(vm.uniqueName("up")).isEqualTo("up-2");
        }
    }

    @Test
    void aClientThatCannotBeBuiltFailsInOneLine() throws Exception {
        ScriptedModelClients unused = ScriptedModelClients.echo();
        try (ProjectStore store = ProjectStore.create(dir.resolve("k.sidebench"), "k")) {
            ModelServices services = new ModelServices(() -> config -> {
                throw new IllegalArgumentException("model 'x': no API key: set the environment variable X_KEY");
            }, ProviderCatalogue.bundled(), name -> true, finds(List.of(), List.of()));
            ModelsViewModel vm = new ModelsViewModel(store, new SameThreadTaskExecutor(), new Messages(Locale.ENGLISH),
                    services);
            vm.load();
            vm.add(new ModelConfig(0, "x", ProviderKind.ANTHROPIC, null, "claude", "X_KEY", null, null, null));
            ModelConfig x = vm.models().get(0);
            vm.checks().test(x);
            assertThat(vm.checks().results().get(x.id()))
                    .isEqualTo("Failed: model 'x': no API key: set the environment variable X_KEY");
            assertThat(unused.created).hasValue(0);
        }
    }

    @Test
    void discoveryListsServersModelsAndGgufFilesAndAddsOneInAClick() throws Exception {
        var server = new LocalServerDiscovery.FoundServer("ollama", "Ollama", ProviderKind.OLLAMA,
                "http://127.0.0.1:11434", List.of("llama3.2:3b", "qwen2.5:7b"));
        var file = new GgufModelFile(dir.resolve("tiny-q4.gguf"), "Folder", "tiny-q4", 2_000_000_000L, null);
        try (ProjectStore store = ProjectStore.create(dir.resolve("d.sidebench"), "d")) {
            ModelsViewModel vm = new ModelsViewModel(store, new SameThreadTaskExecutor(), new Messages(Locale.ENGLISH),
                    services(ScriptedModelClients.echo(), finds(List.of(server), List.of(file))));
            vm.load();
            vm.add(new ModelConfig(0, "llama3.2-3b", ProviderKind.BASELINE_REFERENCE, null, null, null, null, null, null));
            DiscoveryViewModel discovery = new DiscoveryViewModel(vm, new SameThreadTaskExecutor(),
                    new Messages(Locale.ENGLISH));
            discovery.discover();
            assertThat(discovery.found()).extracting(DiscoveryViewModel.Found::label)
                    .containsExactly("llama3.2:3b", "qwen2.5:7b", "tiny-q4");
            assertThat(discovery.statusProperty().get()).isEqualTo("3 found: click one to add it.");
            assertThat(discovery.found().get(2).detail()).isEqualTo("GGUF \u00B7 Folder \u00B7 2.00 GB");

            discovery.add(discovery.found().get(0));
            ModelConfig added = store.models().find("llama3.2-3b-2").orElseThrow();
            assertThat(added.provider()).isEqualTo(ProviderKind.OLLAMA);
            assertThat(added.model()).isEqualTo("llama3.2:3b");
            assertThat(added.baseUrl()).isEqualTo("http://127.0.0.1:11434");
            assertThat(added.profile().jurisdiction()).isEqualTo("Local (this machine)");
            assertThat(added.profile().openWeights()).isTrue();
            discovery.add(discovery.found().get(1));
            ModelConfig gguf = store.models().find("tiny-q4").orElseThrow();
            assertThat(gguf.provider()).isEqualTo(ProviderKind.GGUF);
            assertThat(gguf.path()).endsWith("tiny-q4.gguf");
            assertThat(discovery.found()).extracting(DiscoveryViewModel.Found::label).containsExactly("qwen2.5:7b");
        }
    }
}
