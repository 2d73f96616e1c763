package io.sidebench.gui.models;

import static org.assertj.core.api.Assertions.assertThat;

import io.sidebench.gui.DemoProject;
import io.sidebench.gui.core.Messages;
import io.sidebench.logic.exec.SameThreadTaskExecutor;
import io.sidebench.logic.store.ProjectStore;
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
}
