package io.sidebench.gui.models;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.gui.core.Messages;
import io.sidebench.logic.providers.catalogue.ProviderCatalogue;
import io.sidebench.model.ModelConfig;
import io.sidebench.model.ProviderKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AddModelViewModelTest {
    @TempDir
    Path dir;

    private final AddModelViewModel vm = new AddModelViewModel(new Messages(Locale.ENGLISH), ProviderCatalogue.bundled(),
            Set.of("DEEPSEEK_API_KEY")::contains, Set.of("taken")::contains);

    private AddModelViewModel.Source preset(String id) {
        return vm.sources().stream().filter(s -> s.isPreset() && s.preset().id().equals(id)).findFirst().orElseThrow();
    }

    private AddModelViewModel.Source custom(ProviderKind kind) {
        return vm.sources().stream().filter(s -> !s.isPreset() && s.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void aPresetPrefillsConnectionPricesWeightsAndJurisdiction() {
        vm.sourceProperty().set(preset("deepseek"));
        assertThat(vm.baseUrlProperty().get()).isEqualTo("https://api.deepseek.com/v1");
        assertThat(vm.modelProperty().get()).isEqualTo("deepseek-chat");
        assertThat(vm.modelChoices()).contains("deepseek-chat", "deepseek-reasoner");
        assertThat(vm.keyEnvProperty().get()).isEqualTo("DEEPSEEK_API_KEY");
        assertThat(vm.profile().priceInProperty().get()).isEqualTo("0.28");
        assertThat(vm.profile().priceOutProperty().get()).isEqualTo("0.42");
        assertThat(vm.profile().openWeightsProperty().get()).isEqualTo(ModelsViewModel.OpenWeights.YES);
        assertThat(vm.profile().jurisdictionProperty().get()).isEqualTo("China");
        assertThat(vm.nameProperty().get()).isEqualTo("deepseek-chat");
        assertThat(vm.keyStatusProperty().get()).isEqualTo("Key variable DEEPSEEK_API_KEY is set.");
        assertThat(vm.validationProperty().get()).isEmpty();

        vm.sourceProperty().set(preset("openai"));
        assertThat(vm.keyStatusProperty().get()).contains("OPENAI_API_KEY is NOT set");
        assertThat(vm.profile().openWeightsProperty().get()).isEqualTo(ModelsViewModel.OpenWeights.NO);
        vm.modelProperty().set("gpt-4.1-mini");
        assertThat(vm.profile().priceInProperty().get()).isEqualTo("0.4");
        vm.profile().priceInProperty().set("0.5");
        vm.params().temperatureProperty().set("0.3");
        vm.params().maxTokensProperty().set("256");
        vm.params().reasoningProperty().set(ParamsForm.Reasoning.OFF);
        ModelConfig config = vm.toConfig();
        assertThat(config.provider()).isEqualTo(ProviderKind.OPENAI_COMPATIBLE);
        assertThat(config.model()).isEqualTo("gpt-4.1-mini");
        assertThat(config.apiKeyEnv()).isEqualTo("OPENAI_API_KEY");
        assertThat(config.profile().pricePerMillionInput()).isEqualTo(0.5);
        assertThat(config.params().temperature()).isEqualTo(0.3);
        assertThat(config.params().maxTokens()).isEqualTo(256);
        assertThat(config.params().reasoning()).isFalse();
    }

    @Test
    void validatesEachFieldWithOneClearLine() {
        vm.sourceProperty().set(custom(ProviderKind.OPENAI_COMPATIBLE));
        vm.nameProperty().set("mine");
        assertThat(vm.validationProperty().get()).isEqualTo("The base URL must start with http:// or https://.");
        vm.baseUrlProperty().set("localhost:8080");
        assertThat(vm.validationProperty().get()).contains("http://");
        vm.baseUrlProperty().set("http://127.0.0.1:8080/v1");
        assertThat(vm.validationProperty().get()).isEqualTo("Enter the model name the provider uses.");
        vm.modelProperty().set("m");
        assertThat(vm.validationProperty().get()).isEmpty();
        vm.keyEnvProperty().set("sk-AbCdEf0123456789xyzXYZ");
        assertThat(vm.validationProperty().get()).contains("NAME of an environment variable")
                .doesNotContain("sk-AbCdEf");
        vm.keyEnvProperty().set("MY_KEY");
        vm.params().temperatureProperty().set("2.5");
        assertThat(vm.validationProperty().get()).isEqualTo("Temperature must be a number from 0 to 2.");
        vm.params().temperatureProperty().set("0,7");
        vm.params().topPProperty().set("1.2");
        assertThat(vm.validationProperty().get()).isEqualTo("Top p must be a number from 0 to 1.");
        vm.params().topPProperty().set("0.9");
        vm.params().maxTokensProperty().set("0");
        assertThat(vm.validationProperty().get()).startsWith("Max tokens must be a whole number");
        vm.params().maxTokensProperty().set("12.5");
        assertThat(vm.validationProperty().get()).startsWith("Max tokens must be a whole number");
        vm.params().maxTokensProperty().set("100");
        vm.params().seedProperty().set("x");
        assertThat(vm.validationProperty().get()).isEqualTo("The seed must be a whole number.");
        vm.params().seedProperty().set("42");
        vm.profile().priceOutProperty().set("-1");
        assertThat(vm.validationProperty().get()).isEqualTo("Prices must be numbers of at least 0.");
        vm.profile().priceOutProperty().set("");
        vm.nameProperty().set("taken");
        assertThat(vm.validationProperty().get()).contains("already exists");
        vm.nameProperty().set(" ");
        assertThat(vm.validationProperty().get()).isEqualTo("Give the model a name.");
        vm.nameProperty().set("ok");
        vm.params().systemPromptProperty().set("Be brief.");
        ModelConfig config = vm.toConfig();
        assertThat(config.params().temperature()).isEqualTo(0.7);
        assertThat(config.params().topP()).isEqualTo(0.9);
        assertThat(config.params().seed()).isEqualTo(42);
        assertThat(config.params().systemPrompt()).isEqualTo("Be brief.");
        assertThat(config.apiKeyEnv()).isEqualTo("MY_KEY");
    }

    @Test
    void ggufNeedsAnExistingFileAndBaselinesNeedOnlyAName() throws Exception {
        vm.sourceProperty().set(custom(ProviderKind.GGUF));
        vm.nameProperty().set("local");
        assertThat(vm.validationProperty().get()).isEqualTo("Choose an existing .gguf file.");
        Path file = Files.write(dir.resolve("tiny.gguf"), new byte[] {1});
        vm.pathProperty().set(file.toString());
        assertThat(vm.validationProperty().get()).isEmpty();
        ModelConfig gguf = vm.toConfig();
        assertThat(gguf.path()).isEqualTo(file.toAbsolutePath().toString());
        assertThat(gguf.baseUrl()).isNull();
        assertThat(gguf.profile().openWeights()).isTrue();

        vm.sourceProperty().set(custom(ProviderKind.BASELINE_REFERENCE));
        assertThat(vm.nameProperty().get()).isEqualTo("reference");
        ModelConfig baseline = vm.toConfig();
        assertThat(baseline.isBaseline()).isTrue();
        assertThat(baseline.apiKeyEnv()).isNull();
    }
}
