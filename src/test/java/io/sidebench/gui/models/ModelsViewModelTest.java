package io.sidebench.gui.models;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.gui.DemoProject;
import io.sidebench.gui.core.Messages;
import io.sidebench.logic.exec.SameThreadTaskExecutor;
import io.sidebench.logic.store.ProjectStore;
import io.sidebench.model.ModelParams;
import io.sidebench.model.ModelProfile;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelsViewModelTest {
    @TempDir
    Path dir;

    @Test
    void editsAndSavesTheProfileWithItsRiskRegister() throws Exception {
        try (ProjectStore store = DemoProject.seed(dir.resolve("m.sidebench"), 2, 3)) {
            ModelsViewModel vm = new ModelsViewModel(store, new SameThreadTaskExecutor(), new Messages(Locale.ENGLISH));
            vm.load();
            assertThat(vm.models()).hasSize(3);
            vm.selectedProperty().set(vm.models().get(1));
            assertThat(vm.licenceProperty().get()).isEqualTo("proprietary");
            vm.openWeightsProperty().set(ModelsViewModel.OpenWeights.YES);
            vm.licenceProperty().set("MIT");
            vm.jurisdictionProperty().set("CN");
            vm.priceInProperty().set("abc");
            assertThat(vm.validationProperty().get()).contains("Prices");
            vm.priceInProperty().set("0,27");
            vm.priceOutProperty().set("1.1");
            RiskRow risk = vm.addRisk();
            risk.categoryProperty().set("data residency");
            risk.descriptionProperty().set("Prompts are processed in another jurisdiction");
            risk.impactProperty().set("high");
            risk.mitigationProperty().set("Self-host the open weights");
            vm.save();
            ModelProfile saved = store.models().get(vm.models().get(1).id()).orElseThrow().profile();
            assertThat(saved.openWeights()).isTrue();
            assertThat(saved.licence()).isEqualTo("MIT");
            assertThat(saved.jurisdiction()).isEqualTo("CN");
            assertThat(saved.pricePerMillionInput()).isEqualTo(0.27);
            assertThat(saved.pricePerMillionOutput()).isEqualTo(1.1);
            assertThat(saved.risks()).hasSize(1);
            assertThat(saved.risks().get(0).impact()).isEqualTo("high");
            assertThat(vm.statusProperty().get()).contains("saved");
        }
    }

    @Test
    void editsTheParametersOfAModelAndSaysWhenRunsUsedTheOldOnes() throws Exception {
        try (ProjectStore store = DemoProject.seed(dir.resolve("p.sidebench"), 2, 3)) {
            ModelsViewModel vm = new ModelsViewModel(store, new SameThreadTaskExecutor(), new Messages(Locale.ENGLISH));
            vm.load();
            vm.selectedProperty().set(vm.models().get(1));
            ParamsForm params = vm.params();
            params.temperatureProperty().set("3");
            assertThat(vm.validationProperty().get()).contains("Temperature");
            params.temperatureProperty().set("0,2");
            params.seedProperty().set("seven");
            assertThat(vm.validationProperty().get()).contains("seed");
            params.seedProperty().set("7");
            params.maxTokensProperty().set("512");
            params.systemPromptProperty().set("Answer briefly.");
            params.reasoningProperty().set(ParamsForm.Reasoning.OFF);
            assertThat(vm.validationProperty().get()).isEmpty();
            vm.save();
            long id = vm.models().get(1).id();
            ModelParams saved = store.models().get(id).orElseThrow().params();
            assertThat(saved).isEqualTo(new ModelParams(0.2, null, 512, 7, "Answer briefly.", false));
            assertThat(vm.statusProperty().get()).contains("old parameters");

            vm.selectedProperty().set(vm.models().get(2));
            assertThat(params.temperatureProperty().get()).isEmpty();
            vm.selectedProperty().set(vm.models().get(1));
            assertThat(params.temperatureProperty().get()).isEqualTo("0.2");
            assertThat(params.reasoningProperty().get()).isEqualTo(ParamsForm.Reasoning.OFF);
            vm.save();
            assertThat(vm.statusProperty().get()).as("nothing changed in the parameters")
                    .doesNotContain("old parameters").contains("saved");
        }
    }
}
