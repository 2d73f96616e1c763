package io.sidebench.gui.models;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.gui.core.Messages;
import io.sidebench.logic.exec.SameThreadTaskExecutor;
import io.sidebench.logic.providers.catalogue.LocalServerDiscovery;
import io.sidebench.logic.providers.catalogue.ModelLister;
import io.sidebench.logic.providers.catalogue.ProviderCatalogue;
import io.sidebench.logic.providers.gguf.GgufModelFile;
import io.sidebench.logic.providers.secrets.ApiKeyResolver;
import io.sidebench.logic.providers.secrets.CredentialsStore;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.ModelParams;
import io.sidebench.model.ProviderKind;
import io.sidebench.testsupport.ScriptedModelClients;
import io.sidebench.testsupport.StubLlmServer;
import io.sidebench.testsupport.TestProjects;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** API keys entered on a card, duplicating a model, the endpoint's model list and the remembered preset. */
class ModelKeysAndListsTest {
    private static final String SECRET = "sk-entered-in-gui-0123456789abcdef";
    @TempDir
    Path dir;
    private final Messages messages = new Messages(Locale.ENGLISH);

    private ModelServices services(CredentialsStore credentials) {
        ApiKeyResolver keys = new ApiKeyResolver(name -> null, credentials);
        ModelServices.Keys userKeys = new ModelServices.Keys() {
            @Override
            public boolean isSet(String variable) {
                return keys.find(variable).isPresent();
            }

            @Override
            public void save(String variable, String key) {
                credentials.put(variable, key);
            }
        };
        ModelServices.Discovery none = new ModelServices.Discovery() {
            @Override
            public List<LocalServerDiscovery.FoundServer> servers() {
                return List.of();
            }

            @Override
            public List<GgufModelFile> ggufFiles() {
                return List.of();
            }
        };
        return new ModelServices(ScriptedModelClients::echo, ProviderCatalogue.bundled(), userKeys, none,
                new ModelLister(keys, Duration.ofSeconds(5))::list);
    }

    @Test
    void aKeyEnteredForAModelGoesOnlyToTheOwnerOnlyCredentialsFile() throws Exception {
        CredentialsStore credentials = new CredentialsStore(dir.resolve("config").resolve(CredentialsStore.FILE_NAME));
        Path project = dir.resolve("p.sidebench");
        try (ProjectStore store = ProjectStore.create(project, "p")) {
            store.models().add(new ModelConfig(0, "qwen", ProviderKind.OPENAI_COMPATIBLE, "http://127.0.0.1:1/v1", "qwen",
                    "QWEN_KEY", null, null, null));
            TestProjects.openAi(store, "local", "http://127.0.0.1:1/v1", "m");
            ModelsViewModel vm = new ModelsViewModel(store, new SameThreadTaskExecutor(), messages, services(credentials));
            vm.load();
            ModelConfig qwen = vm.models().get(0);
            assertThat(vm.services().keyIsSet().test("QWEN_KEY")).isFalse();

            vm.saveKey(qwen, "QWEN_KEY", "  " + SECRET + "\n");
            assertThat(vm.keysChangedProperty().get()).isEqualTo(1);
            assertThat(vm.services().keyIsSet().test("QWEN_KEY")).isTrue();
            assertThat(credentials.get("QWEN_KEY")).contains(SECRET);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials.file())))
                    .isEqualTo("rw-------");
            assertThat(vm.statusProperty().get()).contains("QWEN_KEY").doesNotContain(SECRET);

            // a model without a key variable gets one (only its name goes into the project)
            ModelConfig local = vm.models().get(1);
            assertThat(ModelsViewModel.suggestKeyVariable(local)).isEqualTo("LOCAL_API_KEY");
            vm.saveKey(local, ModelsViewModel.suggestKeyVariable(local), SECRET);
            assertThat(store.models().find("local").orElseThrow().apiKeyEnv()).isEqualTo("LOCAL_API_KEY");
            assertThat(vm.models().get(1).apiKeyEnv()).isEqualTo("LOCAL_API_KEY");

            vm.saveKey(local, "sk-not-a-name-ABCDEFGHIJ0123456789", SECRET);
            assertThat(vm.statusProperty().get()).isEqualTo(messages.get("models.key.error.variable"));
            vm.saveKey(local, "LOCAL_API_KEY", " ");
            assertThat(vm.statusProperty().get()).isEqualTo(messages.get("models.key.error.empty"));
        }
        assertThat(new String(Files.readAllBytes(project), StandardCharsets.ISO_8859_1)).doesNotContain(SECRET)
                .doesNotContain(SECRET.substring(8, 24));
        for (Path side : List.of(dir.resolve("p.sidebench-wal"), dir.resolve("p.sidebench-journal"))) {
            if (Files.exists(side)) {
                assertThat(new String(Files.readAllBytes(side), StandardCharsets.ISO_8859_1)).doesNotContain(SECRET);
            }
        }
    }

    @Test
    void duplicatingAModelKeepsItsSettingsUnderANewName() throws Exception {
        try (ProjectStore store = ProjectStore.create(dir.resolve("d.sidebench"), "d")) {
            ModelConfig qwen = store.models().add(new ModelConfig(0, "qwen", ProviderKind.OPENAI_COMPATIBLE,
                    "http://127.0.0.1:1/v1", "qwen2.5", "QWEN_KEY", null, ModelParams.DEFAULTS.withTemperature(0.2), null));
            ModelsViewModel vm = new ModelsViewModel(store, new SameThreadTaskExecutor(), messages,
                    services(new CredentialsStore(dir.resolve("c.properties"))));
            vm.load();
            vm.duplicate(qwen);
            vm.duplicate(qwen);
            assertThat(vm.models()).extracting(ModelConfig::name).containsExactly("qwen", "qwen-2", "qwen-3");
            ModelConfig copy = store.models().find("qwen-2").orElseThrow();
            assertThat(copy.id()).isNotEqualTo(qwen.id());
            assertThat(copy.model()).isEqualTo("qwen2.5");
            assertThat(copy.apiKeyEnv()).isEqualTo("QWEN_KEY");
            assertThat(copy.params().temperature()).isEqualTo(0.2);
            assertThat(vm.selectedProperty().get().name()).isEqualTo("qwen-3");
        }
    }

    @Test
    void theModelBoxListsWhatTheEndpointOffers() {
        try (StubLlmServer server = StubLlmServer.start().advertise("qwen2.5-7b-instruct", "glm-4-9b")) {
            ModelServices services = services(new CredentialsStore(dir.resolve("c.properties")));
            AddModelViewModel form = new AddModelViewModel(messages, services.catalogue(), services.keyIsSet(),
                    name -> false, new SameThreadTaskExecutor(), services.listing(),
                    SourceMemory.inMemory(), services.sources());
            form.sourceProperty().set(form.sources().stream()
                    .filter(s -> !s.isPreset() && s.kind() == ProviderKind.OPENAI_COMPATIBLE).findFirst().orElseThrow());
            assertThat(form.canList()).isTrue();
            form.baseUrlProperty().set(server.openAiBaseUrl());
            form.listModels();
            assertThat(form.modelChoices()).contains("qwen2.5-7b-instruct", "glm-4-9b");
            assertThat(form.modelProperty().get()).isEqualTo(form.modelChoices().get(0));
            assertThat(form.listStatusProperty().get()).startsWith(form.modelChoices().size() + " models offered");
            form.modelProperty().set("glm-4-9b");
            form.listModels();
            assertThat(form.modelProperty().get()).as("a name the server offers stays").isEqualTo("glm-4-9b");
            form.modelProperty().set("gpt-4o-mini");
            form.listModels();
            assertThat(form.modelProperty().get()).as("else the first offered").isEqualTo(form.modelChoices().get(0));

            form.baseUrlProperty().set(server.baseUrl() + "/elsewhere");
            form.listModels();
            assertThat(form.listStatusProperty().get()).isEqualTo("Cannot list the models: the server at 127.0.0.1:"
                    + server.port() + " does not list its models (no /elsewhere/models); type the model name");
            assertThat(form.listingProperty().get()).isFalse();
        }
    }

    @Test
    void theNextAddFormStartsWithTheLastChosenSource() {
        SourceMemory memory = SourceMemory.inMemory();
        AddModelViewModel first = new AddModelViewModel(messages, ProviderCatalogue.bundled(), name -> false,
                name -> false, null, null, memory, io.sidebench.logic.providers.check.CredentialSources.none());
        AddModelViewModel.Source openAiFirst = first.sourceProperty().get();
        AddModelViewModel.Source ollama = first.sources().stream()
                .filter(s -> s.isPreset() && s.kind() == ProviderKind.OLLAMA).findFirst().orElseThrow();
        first.sourceProperty().set(ollama);
        first.reset();
        assertThat(first.sourceProperty().get()).isEqualTo(ollama);

        AddModelViewModel next = new AddModelViewModel(messages, ProviderCatalogue.bundled(), name -> false,
                name -> false, null, null, memory, io.sidebench.logic.providers.check.CredentialSources.none());
        assertThat(next.sourceProperty().get()).isNotEqualTo(openAiFirst).isEqualTo(ollama);
        assertThat(next.baseUrlProperty().get()).isEqualTo(ollama.preset().baseUrl());
        next.sourceProperty().set(next.sources().stream()
                .filter(s -> !s.isPreset() && s.kind() == ProviderKind.ANTHROPIC).findFirst().orElseThrow());
        assertThat(memory.last()).contains("custom:anthropic");
    }
}
